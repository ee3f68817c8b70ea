import type { StateCreator } from 'zustand';
import type { RehearsalOptionProblems, RehearsalOptions } from '../domain/practice-exam';
import type { RehearsalRecord } from '../domain/records';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

export type RehearsalStart =
  { ok: true; id: string } | { ok: false; errors: RehearsalOptionProblems; message?: string };

export type RehearsalFinish = { ok: true; setId: string } | { ok: false; message: string };

/** What a practice exam can do; loaded with the first use (see `rehearsal` below). */
export interface RehearsalActions {
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

const loadActions = () => import('./rehearsal-actions');

export function rehearsalOf(rehearsals: Record<string, RehearsalRecord>): RehearsalRecord | null {
  return Object.values(rehearsals)[0] ?? null;
}

export interface RehearsalSlice {
  /** The practice exam's actions: they and the exam maths load on first use, so the entry carries none of them. */
  rehearsal(): Promise<RehearsalActions>;
}

export const createRehearsalSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], RehearsalSlice> =>
  (set, get) => {
    let loaded: Promise<RehearsalActions> | null = null;
    return {
      rehearsal: () => (loaded ??= loadActions().then((m) => m.rehearsalActions(deps, set, get))),
    };
  };
