import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createBackup, type BackupData } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { addDays, type IsoDate } from '../../src/domain/dates';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import { phaseIds } from '../../src/domain/seed-ids';
import { primaryKeyOf, tableNames } from '../../src/domain/tables';
import { storesForTests } from '../support/test-stores';

const now = Date.UTC(2026, 10, 26, 12);
const today: IsoDate = '2026-11-26';
const stores = storesForTests(now);
const openStore = () => stores.openStore(stores.freshDb());

type Store = Awaited<ReturnType<typeof openStore>>;

// Text as people type and paste it: invisible characters, quotes, line breaks, emoji, long runs.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '\u200b\u200b',
    '"Quoted" rule.',
    'Two lines\nof text',
    '🚀 Canary first.',
    'x'.repeat(250),
  ),
);
const day = fc.integer({ min: -400, max: 400 }).map((offset) => addDays(today, offset));

/** One thing a learner can do, as the forms and buttons call the store. Refusals are part of the run. */
const action: fc.Arbitrary<(store: Store) => Promise<unknown>> = fc.oneof(
  fc.tuple(fc.constantFrom('w1-sparkml-pipelines', 'w2-feature-tables', 'last-7:day-3'), fc.boolean()).map(
    ([task, ticked]) =>
      (store: Store) =>
        store.getState().setTicked(task, ticked),
  ),
  fc
    .record({ startDate: fc.option(day), examDate: fc.option(day) })
    .map((patch) => (store: Store) => store.getState().updateSetup(patch)),
  fc.tuple(day, fc.integer({ min: -5, max: 900 }), text).map(
    ([date, minutes, what]) =>
      (store: Store) =>
        store.getState().saveStudyLog({ date, minutes: String(minutes), what }, today),
  ),
  fc.tuple(day, text, fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 })).map(
    ([date, label, questions, correct]) =>
      (store: Store) =>
        store.getState().saveSet({ date, label, questions: String(questions), correct: String(correct) }),
  ),
  fc.tuple(text, text).map(([rule, saferAction]) => async (store: Store) => {
    const setId = Object.keys(store.getState().sets)[0];
    if (!setId) return;
    await store.getState().saveMiss({
      ...emptyMissDraft(setId),
      domain: 'deployment',
      failureMode: 'unsafe-rollout',
      rule,
      saferAction,
    });
  }),
  fc.tuple(fc.constantFrom(...phaseIds), text).map(([phase, note]) => async (store: Store) => {
    const started = await store.getState().startSession();
    const running = Object.values(store.getState().sessions).find((s) => s.status === 'running');
    const id = started.ok ? started.id : running?.id;
    if (!id) return;
    if (phase === 'rules') await store.getState().saveSessionMiss(id, { rule: note });
    else await store.getState().setSessionNote(id, phase, note);
  }),
  fc.boolean().map((thenDelete) => async (store: Store) => {
    const running = Object.values(store.getState().sessions).find((s) => s.status === 'running');
    if (!running) return;
    // A worksheet miss half recorded: a failure mode, its rule still to come.
    await store.getState().saveSessionMiss(running.id, { failureMode: 'leakage' });
    await store.getState().endSession(running.id, 'finished-early');
    if (thenDelete) await store.getState().deleteSession(running.id);
  }),
);

function sorted(data: BackupData) {
  return Object.fromEntries(
    tableNames.map((name) => [
      name,
      [...(data[name] as unknown[])].sort((a, b) =>
        primaryKeyOf(name, a).localeCompare(primaryKeyOf(name, b)),
      ),
    ]),
  );
}

it('whatever the actions store exports into a backup that imports, and imports back equal', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
      const store = await openStore();
      for (const act of actions) await act(store);
      const exported = await store.getState().exportData();
      const parsed = parseBackup(JSON.stringify(createBackup(exported, '0.2.0', now)), { now });
      expect(parsed.ok ? 'imports' : parsed.message).toBe('imports');
      if (!parsed.ok) return;
      const other = await openStore();
      expect(await other.getState().replaceAllData(parsed.backup.data)).toEqual({ ok: true });
      expect(sorted(await other.getState().exportData())).toEqual(sorted(exported));
    }),
    { numRuns: 25 },
  );
}, 120_000);
