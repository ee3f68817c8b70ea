import type { StateCreator } from 'zustand';
import type { MissDraft, MissErrors, SetDraft, SetErrors } from '../domain/miss-validation';
import type { MissRecord, MixedSetRecord } from '../domain/records';
import { newId } from './ids';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';
import { deleteRow } from './delete-row';

/**
 * Invalid input gives field messages and saves nothing; a failed write gives no field messages but the reason
 * (`message`), and the store already shows what is stored again, so the form keeps the learner's text to retry.
 */
export type SaveResult<E> = { ok: true; id: string } | { ok: false; errors: E; message?: string };

export interface MissesSlice {
  /** Adds a set, or updates it when `id` is given. Resolves once stored. */
  saveSet(draft: SetDraft, id?: string): Promise<SaveResult<SetErrors>>;
  /** Adds a miss, or updates it when `id` is given (filling in a session miss's missing details). */
  saveMiss(draft: MissDraft, id?: string): Promise<SaveResult<MissErrors>>;
  /** Returns the removed row at once so the view can offer undo; a failed delete puts the row back. */
  deleteMiss(id: string): Promise<WriteOutcome>;
  restoreMiss(row: MissRecord): Promise<WriteOutcome>;
  setRevisited(id: string, revisited: boolean): Promise<WriteOutcome>;
}

const unchanged: WriteOutcome = { ok: true };

/** The form checks load with the first save, not with the first page: most visits never save a set or a miss. */
const formChecks = () => import('../domain/miss-validation');

export const createMissesSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], MissesSlice> =>
  (set, get) => {
    const putMiss = (row: MissRecord) => {
      set({ misses: { ...get().misses, [row.id]: row } });
      return deps.persistence.write([{ table: 'misses', put: [row] }]);
    };
    const saved = async <E>(id: string, written: Promise<WriteOutcome>): Promise<SaveResult<E>> => {
      const outcome = await written;
      return outcome.ok ? { ok: true, id } : { ok: false, errors: {} as E, message: outcome.message };
    };

    return {
      async saveSet(draft, id) {
        const parsed = (await formChecks()).parseSetDraft(draft);
        if (!parsed.ok) return parsed;
        const existing = id ? get().sets[id] : undefined;
        const now = deps.now();
        const row: MixedSetRecord = {
          id: existing?.id ?? newId(),
          ...parsed.value,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        set({ sets: { ...get().sets, [row.id]: row } });
        return saved(row.id, deps.persistence.write([{ table: 'sets', put: [row] }]));
      },
      async saveMiss(draft, id) {
        const checks = await formChecks();
        const existing = id ? get().misses[id] : undefined;
        const parsed = checks.parseMissDraft(draft, existing?.sessionId != null);
        if (!parsed.ok) return parsed;
        if (parsed.value.setId && !get().sets[parsed.value.setId]) {
          return { ok: false, errors: { setId: 'That set no longer exists; choose another.' } };
        }
        const now = deps.now();
        const row: MissRecord = {
          id: existing?.id ?? newId(),
          sessionId: existing?.sessionId ?? null,
          revisited: existing?.revisited ?? false,
          retests: existing?.retests ?? [],
          createdAt: existing?.createdAt ?? now,
          ...parsed.value,
          updatedAt: now,
        };
        return saved(row.id, putMiss(row));
      },
      deleteMiss: (id) => deleteRow(deps, get, set, 'misses', id),
      restoreMiss(row) {
        return putMiss({ ...row, updatedAt: deps.now() });
      },
      setRevisited(id, revisited) {
        const miss = get().misses[id];
        if (!miss || miss.revisited === revisited) return Promise.resolve(unchanged);
        return putMiss({ ...miss, revisited, updatedAt: deps.now() });
      },
    };
  };
