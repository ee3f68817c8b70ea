import type { StateCreator } from 'zustand';
import type { RehearsalOptionProblems, RehearsalOptions } from '../domain/practice-exam';
import { blankMiss, type RehearsalRecord } from '../domain/records';
import { pausedClock, resumedClock } from '../domain/session-timer';
import { newId } from './ids';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

export type RehearsalStart =
  { ok: true; id: string } | { ok: false; errors: RehearsalOptionProblems; message?: string };

export type RehearsalFinish = { ok: true; setId: string } | { ok: false; message: string };

export interface RehearsalSlice {
  /** Starts a practice exam; refused (in the transaction, so in any tab) while another is in progress. */
  startRehearsal(options: RehearsalOptions): Promise<RehearsalStart>;
  /** The learner is on `question` now. */
  markQuestion(id: string, question: number): Promise<WriteOutcome>;
  toggleFlag(id: string, question: number): Promise<WriteOutcome>;
  /** Only an untimed run pauses: the exam's clock does not stop. */
  pauseRehearsal(id: string): Promise<WriteOutcome>;
  resumeRehearsal(id: string): Promise<WriteOutcome>;
  /** Saves the run as a mixed set with its score and removes the run, in one write. */
  finishRehearsal(id: string, correct: number): Promise<RehearsalFinish>;
  abandonRehearsal(id: string): Promise<WriteOutcome>;
  /** A miss of `setId` left blank, to fill in later: it shows as "needs details" in the miss log. */
  leaveMissForLater(setId: string): Promise<WriteOutcome>;
}

const unchanged: WriteOutcome = { ok: true };

/** The exam maths load with the rehearsal screen, not with the first page: most visits never start one. */
const examMaths = () => import('../domain/practice-exam');

export const rehearsalInProgress =
  'A practice exam is already in progress (perhaps started in another tab); it is shown here now.';

export function rehearsalOf(rehearsals: Record<string, RehearsalRecord>): RehearsalRecord | null {
  return Object.values(rehearsals)[0] ?? null;
}

export const createRehearsalSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], RehearsalSlice> =>
  (set, get) => {
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
        const { rehearsalOptionProblems, startedRehearsal } = await examMaths();
        const errors = rehearsalOptionProblems(options);
        if (Object.keys(errors).length > 0) return { ok: false, errors };
        if (rehearsalOf(get().rehearsals)) return { ok: false, errors: {}, message: rehearsalInProgress };
        const run = startedRehearsal(newId(), options, deps.now());
        set({ rehearsals: { [run.id]: run } });
        const outcome = await deps.persistence.write([
          { table: 'rehearsals', put: [run], refuseIf: { test: () => true, message: rehearsalInProgress } },
        ]);
        return outcome.ok ? { ok: true, id: run.id } : { ok: false, errors: {}, message: outcome.message };
      },
      async markQuestion(id, question) {
        const { markedQuestion } = await examMaths();
        return update(id, (run, now) => markedQuestion(run, question, now));
      },
      async toggleFlag(id, question) {
        const { toggledFlag } = await examMaths();
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
        const { practiceExamSet } = await examMaths();
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
  };
