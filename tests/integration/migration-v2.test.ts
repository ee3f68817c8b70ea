import { afterEach, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { StudyDatabase } from '../../src/db/database';
import { sampleBackupData } from '../backup-sample';
import { openReleasedDatabase } from '../support/released-database';

let db: StudyDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

it('upgrades a version-2 database to the drafts and meta tables with nothing lost', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const v2 = openReleasedDatabase(name, 2);
  // Only the tables a version-2 database had; later tables start empty.
  const data = Object.fromEntries(
    Object.entries(sampleBackupData()).filter(([table]) => v2.tables.some((t) => t.name === table)),
  ) as Partial<ReturnType<typeof sampleBackupData>>;
  await v2.transaction('rw', v2.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await v2.table(table).bulkAdd(rows as unknown[]);
  });
  v2.close();

  db = new StudyDatabase(name);
  await db.open();
  const byKey = (rows: unknown[]) => JSON.stringify([...rows].map((row) => JSON.stringify(row)).sort());
  const stored = await readAllRows(db);
  for (const table of Object.keys(data) as (keyof typeof data)[]) {
    expect(byKey(stored[table])).toBe(byKey(data[table]!));
  }
  expect(await db.drafts.count()).toBe(0);
  await db.drafts.put({ id: 'miss:new', value: { rule: 'kept' }, updatedAt: 1 });
  expect(await db.drafts.get('miss:new')).toMatchObject({ value: { rule: 'kept' } });
});
