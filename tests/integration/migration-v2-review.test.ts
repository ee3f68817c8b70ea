import { afterEach, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { StudyDatabase } from '../../src/db/database';
import { localInstant } from '../../src/domain/dates';
import type { MissRecord } from '../../src/domain/records';
import { ruleHash } from '../../src/domain/review-records';
import { sampleBackupData } from '../backup-sample';
import { openReleasedDatabase } from '../support/released-database';

let db: StudyDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const at = (day: string) => localInstant(day, '08:30');

it('upgrades a version-2 database with answered day-1/3/7 retests into review rows, losing nothing', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const data = sampleBackupData();
  const set = { ...data.sets[0]!, id: 'set-nov-10', date: '2026-11-10' };
  const base = data.misses[0]!;
  const misses: MissRecord[] = [
    // Typed two days after its set: the carried-over card counts from the set's date.
    {
      ...base,
      id: 'held-twice',
      setId: set.id,
      rule: 'Promote by alias.',
      createdAt: at('2026-11-12'),
      retests: [
        { day: 1, held: true, at: at('2026-11-13') },
        { day: 3, held: true, at: at('2026-11-15') },
      ],
    },
    {
      ...base,
      id: 'slipped-then-held',
      setId: set.id,
      rule: 'Canary before full rollout.',
      retests: [
        { day: 1, held: false, at: at('2026-11-11') },
        { day: 3, held: false, at: at('2026-11-13') },
        { day: 7, held: true, at: at('2026-11-17') },
      ],
    },
    { ...base, id: 'never-retested', setId: set.id, rule: 'Compare drift to a baseline.', retests: [] },
    // A later version may add fields (a cue, say); the upgrade passes them through untouched.
    {
      ...base,
      id: 'session-miss',
      setId: null,
      sessionId: 'session1',
      createdAt: at('2026-11-05'),
      rule: 'Roll back before you retrain.',
      retests: [{ day: 1, held: false, at: at('2026-11-06') }],
      ...{ cue: 'Drift alert at 2 am' },
    },
    {
      ...base,
      id: 'no-rule',
      setId: set.id,
      rule: '',
      retests: [{ day: 1, held: true, at: at('2026-11-11') }],
    },
  ];
  const old = openReleasedDatabase(name, 2);
  await old.transaction('rw', old.tables, async () => {
    for (const table of old.tables) {
      const rows =
        table.name === 'misses'
          ? misses
          : table.name === 'sets'
            ? [...data.sets, set]
            : data[table.name as keyof typeof data];
      await table.bulkAdd(rows as unknown[]);
    }
  });
  old.close();

  db = new StudyDatabase(name);
  await db.open();
  expect(db.verno).toBe(10);
  const stored = await readAllRows(db);

  // Every earlier row is exactly as it was.
  expect(stored.settings).toEqual([...data.settings].sort((a, b) => a.key.localeCompare(b.key)));
  expect(stored.ticks).toEqual([...data.ticks].sort((a, b) => a.id.localeCompare(b.id)));
  expect(stored.extraTasks).toEqual(data.extraTasks);
  expect(stored.signals).toEqual(data.signals);
  expect(stored.sessions).toEqual(data.sessions);
  expect(stored.sets).toEqual([...data.sets, set].sort((a, b) => a.id.localeCompare(b.id)));
  expect(stored.misses).toEqual([...misses].sort((a, b) => a.id.localeCompare(b.id)));

  // Each answered retest became that review: held = Good (3), slipped = Again (1), at the moment it was answered.
  const logs = stored.reviewLogs.map((l) => [l.missId, l.rating, l.reviewedAt, l.source]);
  expect(logs.sort()).toEqual(
    [
      ['held-twice', 3, at('2026-11-13'), 'retest'],
      ['held-twice', 3, at('2026-11-15'), 'retest'],
      ['session-miss', 1, at('2026-11-06'), 'retest'],
      ['slipped-then-held', 1, at('2026-11-11'), 'retest'],
      ['slipped-then-held', 1, at('2026-11-13'), 'retest'],
      ['slipped-then-held', 3, at('2026-11-17'), 'retest'],
    ].sort(),
  );
  expect(new Set(stored.reviewLogs.map((l) => l.id)).size).toBe(6);

  // One card per retested rule, due when the old schedule would have brought it back, memory replayed later.
  const cards = Object.fromEntries(stored.reviewCards.map((c) => [c.missId, c]));
  expect(Object.keys(cards).sort()).toEqual(['held-twice', 'session-miss', 'slipped-then-held']);
  expect(cards['held-twice']).toMatchObject({
    memory: null,
    due: localInstant('2026-11-17'),
    slips: 0,
    ruleHash: ruleHash('Promote by alias.'),
  });
  expect(cards['slipped-then-held']).toMatchObject({ due: localInstant('2026-11-24'), slips: 2 });
  expect(cards['session-miss']).toMatchObject({ due: localInstant('2026-11-08'), slips: 1 });
});
