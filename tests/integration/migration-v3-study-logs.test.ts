import { afterEach, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { readAllRows } from '../../src/db/backup-repository';
import { sampleBackupData } from '../backup-sample';
import { openReleasedDatabase } from '../support/released-database';

let db: StudyDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

it('upgrades a full version-2 database in place to version 3 and keeps every row', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const {
    studyLogs: _logs,
    reviewCards: _cards,
    reviewLogs: _reviews,
    rehearsals: _runs,
    ...data
  } = sampleBackupData();
  const v2 = openReleasedDatabase(name, 2);
  await v2.transaction('rw', v2.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await v2.table(table).bulkAdd(rows);
  });
  v2.close();

  db = new StudyDatabase(name);
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(3);
  const stored = await readAllRows(db);
  const byKey = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  expect(byKey(stored.settings, (r) => r.key)).toEqual(byKey(data.settings, (r) => r.key));
  for (const table of ['ticks', 'extraTasks', 'signals', 'sessions', 'sets', 'misses'] as const) {
    expect(byKey(stored[table] as { id: string }[], (r) => r.id)).toEqual(
      byKey(data[table] as { id: string }[], (r) => r.id),
    );
  }
  expect(stored.studyLogs).toEqual([]);

  // The new table works and is indexed by date.
  await db.studyLogs.add({
    id: 'l1',
    date: '2026-11-21',
    minutes: 30,
    what: 'Docs',
    createdAt: 1,
    updatedAt: 1,
  });
  expect(await db.studyLogs.where('date').equals('2026-11-21').primaryKeys()).toEqual(['l1']);
});
