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

it('opens a full version-1 database with the current schema and keeps every row', async () => {
  const name = `test-${crypto.randomUUID()}`;
  // Version 1 had no studyLogs table and no examOutcome settings row.
  const { studyLogs: _logs, ...data } = {
    ...sampleBackupData(),
    settings: sampleBackupData().settings.filter((row) => row.key !== 'examOutcome'),
  };
  const v1 = openReleasedDatabase(name, 1);
  // A miss from an early build with neither updatedAt nor retests, and a set without updatedAt.
  const {
    updatedAt: _u,
    retests: _r,
    ...oldMiss
  } = { ...data.misses[1]!, id: 'old-miss', failureMode: 'leakage' as const };
  const { updatedAt: _s, ...oldSet } = { ...data.sets[0]!, id: 'old-set' };
  const manyTicks = Array.from({ length: 500 }, (_, i) => ({ id: `bulk-${i}`, tickedAt: i }));
  await v1.transaction('rw', v1.tables, async () => {
    // Only the tables version 1 had: later tables start empty and are filled by their own upgrades.
    for (const table of v1.tables) await table.bulkAdd(data[table.name as keyof typeof data]);
    await v1.table('misses').add(oldMiss);
    await v1.table('sets').add(oldSet);
    await v1.table('ticks').bulkAdd(manyTicks);
  });
  v1.close();

  db = new StudyDatabase(name);
  await db.open();
  expect(db.verno).toBe(10);

  const stored = await readAllRows(db);
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(stored.settings).toEqual([...data.settings].sort((a, b) => a.key.localeCompare(b.key)));
  expect(byId(stored.ticks)).toEqual(byId([...data.ticks, ...manyTicks]));
  expect(stored.extraTasks).toEqual(data.extraTasks);
  expect(stored.signals).toEqual(data.signals);
  expect(stored.studyLogs).toEqual([]);
  expect(stored.sessions).toEqual(data.sessions);
  expect(byId(stored.sets)).toEqual(byId([...data.sets, { ...oldSet, updatedAt: oldSet.createdAt }]));
  expect(byId(stored.misses)).toEqual(
    byId([...data.misses, { ...oldMiss, updatedAt: oldMiss.createdAt, retests: [] }]),
  );

  // The new indexes hold every miss that has the field, including the backfilled one.
  expect((await db.misses.where('failureMode').equals('leakage').primaryKeys()).sort()).toEqual([
    'miss1',
    'old-miss',
  ]);
  expect(await db.misses.orderBy('updatedAt').primaryKeys()).toEqual(['miss1', 'miss2', 'old-miss']);
});
