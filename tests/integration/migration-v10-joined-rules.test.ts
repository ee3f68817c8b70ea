import { afterEach, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { StudyDatabase } from '../../src/db/database';
import { sampleBackupData } from '../backup-sample';
import { openVersion9Database } from '../support/released-database';

let db: StudyDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

it('upgrades a version-9 database with its rules joined into one sentence and misses of deleted sessions detached, nothing else changed', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const data = sampleBackupData();
  data.misses = data.misses.map((miss, index) =>
    index === 0
      ? {
          ...miss,
          rule: 'Check the feature lookup.\nThen compare\r\ntraining windows',
          saferAction: 'Pause. Then ask.',
        }
      : miss,
  );
  // Written in a session that was deleted while it still pointed at it.
  const orphan = {
    ...data.misses[1]!,
    id: 'session-gone',
    setId: null,
    sessionId: 'gone',
    rule: 'Check it.',
  };
  data.misses.push(orphan);
  const v9 = openVersion9Database(name);
  await v9.transaction('rw', v9.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await v9.table(table).bulkAdd(rows as unknown[]);
    await v9.table('drafts').put({ id: 'miss:new', value: { rule: 'Draft one.\nDraft two.' }, updatedAt: 1 });
  });
  v9.close();

  db = new StudyDatabase(name);
  await db.open();
  const stored = await readAllRows(db);
  // Read back in key order: compared as sets of rows.
  const rows = (tables: object) =>
    Object.fromEntries(
      Object.entries(tables).map(([table, list]) => [
        table,
        (list as unknown[]).map((row) => JSON.stringify(row)).sort(),
      ]),
    );
  const [first, ...others] = data.misses.filter((miss) => miss !== orphan);
  expect(rows({ misses: stored.misses })).toEqual(
    rows({
      misses: [
        {
          ...first,
          rule: 'Check the feature lookup; Then compare; training windows',
          saferAction: 'Pause; Then ask.',
        },
        ...others,
        { ...orphan, sessionId: null },
      ],
    }),
  );
  expect(rows({ ...stored, misses: [] })).toEqual(rows({ ...data, misses: [] }));
  // A draft is what a form holds, however unfinished: the form checks it when it is saved.
  expect(await db.drafts.get('miss:new')).toMatchObject({ value: { rule: 'Draft one.\nDraft two.' } });
});
