/**
 * The practice exam's store actions, loaded with the first one used: most visits never start a practice exam,
 * so none of this (nor the exam maths) is in the entry.
 */
import {
  markedQuestion,
  practiceExamSet,
  rehearsalOptionProblems,
  startedRehearsal,
  toggledFlag,
} from '../domain/practice-exam';
import { blankMiss, type RehearsalRecord } from '../domain/records';
import { pausedClock, resumedClock } from '../domain/session-timer';
import { newId } from './ids';
import type { WriteOutcome } from './persistence';
import type { RehearsalActions } from './rehearsal-slice';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

const unchanged: WriteOutcome = { ok: true };

export const rehearsalInProgress =
  'A practice exam is already in progress (perhaps started in another tab); it is shown here now.';

export function rehearsalActions(
  deps: SliceDeps,
  set: (patch: Partial<Store>) => void,
  get: () => Store,
): RehearsalActions {
  /**
   * Applies a change to this tab's copy at once and to the row as stored when the write runs, so a flag set
   * in one tab and a question marked in another both stay.
   */
  function update(id: string, change: (run: RehearsalRecord, now: number) => RehearsalRecord) {
    const run = get().rehearsals[id];
    if (!run) return Promise.resolve(unchanged);
    const now = deps.now();
    const local = change(run, now);
    if (local === run) return Promise.resolve(unchanged);
    set({ rehearsals: { ...get().rehearsals, [id]: local } });
    return deps.persistence.write([
      {
        table: 'rehearsals',
        update: [
          {
            key: id,
            apply: (stored) => {
              const row = stored as RehearsalRecord | undefined;
              const next = row && change(row, now);
              return next === row ? undefined : next;
            },
          },
        ],
      },
    ]);
  }

  return {
    async startRehearsal(options) {
      const errors = rehearsalOptionProblems(options);
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      if (Object.keys(get().rehearsals).length > 0)
        return { ok: false, errors: {}, message: rehearsalInProgress };
      const run = startedRehearsal(newId(), options, deps.now());
      set({ rehearsals: { [run.id]: run } });
      const outcome = await deps.persistence.write([
        { table: 'rehearsals', put: [run], refuseIf: { test: () => true, message: rehearsalInProgress } },
      ]);
      return outcome.ok ? { ok: true, id: run.id } : { ok: false, errors: {}, message: outcome.message };
    },
    markQuestion(id, question) {
      return update(id, (run, now) => markedQuestion(run, question, now));
    },
    toggleFlag(id, question) {
      return update(id, (run, now) => toggledFlag(run, question, now));
    },
    pauseRehearsal(id) {
      return update(id, (run, now) =>
        run.timed || run.status !== 'running'
          ? run
          : { ...run, ...pausedClock(run, now), status: 'paused', endedAt: null, updatedAt: now },
      );
    },
    resumeRehearsal(id) {
      return update(id, (run, now) =>
        run.status !== 'paused'
          ? run
          : { ...run, ...resumedClock(run, now), status: 'running', endedAt: null, updatedAt: now },
      );
    },
    async finishRehearsal(id, correct) {
      const run = get().rehearsals[id];
      if (!run) return { ok: false, message: 'This practice exam is no longer in progress.' };
      if (!Number.isInteger(correct) || correct < 0 || correct > run.questions) {
        return {
          ok: false,
          message: `Enter how many you got right: a whole number from 0 to ${run.questions}.`,
        };
      }
      const row = practiceExamSet(run, correct, { id: newId(), now: deps.now() });
      const { [id]: _finished, ...rest } = get().rehearsals;
      set({ sets: { ...get().sets, [row.id]: row }, rehearsals: rest });
      const outcome = await deps.persistence.write([
        { table: 'sets', put: [row] },
        { table: 'rehearsals', delete: [id] },
      ]);
      return outcome.ok ? { ok: true, setId: row.id } : outcome;
    },
    abandonRehearsal(id) {
      const { [id]: removed, ...rest } = get().rehearsals;
      if (!removed) return Promise.resolve(unchanged);
      set({ rehearsals: rest });
      return deps.persistence.write([{ table: 'rehearsals', delete: [id] }]);
    },
    leaveMissForLater(setId) {
      if (!get().sets[setId]) {
        return Promise.resolve({ ok: false, message: 'That set no longer exists.' });
      }
      const miss = blankMiss(newId(), { setId, sessionId: null }, deps.now());
      set({ misses: { ...get().misses, [miss.id]: miss } });
      return deps.persistence.write([{ table: 'misses', put: [miss] }]);
    },
  };
}
