import { afterEach, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { StudyDatabase } from '../../src/db/database';
import { createBackup } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { sampleBackupData } from '../backup-sample';
import { openReleasedDatabase } from '../support/released-database';

let db: StudyDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

it('the upgrade mends the dates and instants the first release let in, so the data exports into a backup that imports', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const {
    studyLogs: _logs,
    reviewCards: _cards,
    reviewLogs: _reviews,
    ...data
  } = {
    ...sampleBackupData(),
    settings: sampleBackupData().settings.filter((row) => row.key === 'setup' || row.key === 'preferences'),
  };
  const setup = data.settings.find((row) => row.key === 'setup')!;
  if (setup.key === 'setup') setup.value = { ...setup.value, startDate: '9999-01-04' };
  data.misses[0] = { ...data.misses[0]!, createdAt: 8.64e15 };
  data.sets[0] = { ...data.sets[0]!, date: '9999-12-01' };
  const v1 = openReleasedDatabase(name, 2);
  await v1.transaction('rw', v1.tables, async () => {
    for (const table of v1.tables) await table.bulkAdd(data[table.name as keyof typeof data]);
  });
  v1.close();

  db = new StudyDatabase(name);
  await db.open();
  const stored = await readAllRows(db);
  const storedSetup = stored.settings.find((row) => row.key === 'setup');
  expect(storedSetup?.key === 'setup' && storedSetup.value.startDate).toBeNull();
  const miss = stored.misses.find((row) => row.id === data.misses[0]!.id)!;
  expect(miss.createdAt).toBeLessThanOrEqual(Date.now());
  expect(miss.rule).toBe(data.misses[0]!.rule);
  // A set's day is required: it becomes the day the set was recorded.
  const set = stored.sets.find((row) => row.id === data.sets[0]!.id)!;
  expect(set.date).not.toBe('9999-12-01');
  // Rows that were fine are stored exactly as they were.
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(stored.ticks)).toEqual(byId(data.ticks));
  expect(byId(stored.sessions)).toEqual(byId(data.sessions));

  const parsed = parseBackup(JSON.stringify(createBackup(stored, '0.2.0', Date.now())));
  expect(parsed.ok ? 'imports' : parsed.message).toBe('imports');
});
