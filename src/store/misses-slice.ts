import type { StateCreator } from 'zustand';
import {
  parseMissDraft,
  parseSetDraft,
  type MissDraft,
  type MissErrors,
  type SetDraft,
  type SetErrors,
} from '../domain/miss-validation';
import type { MissRecord, MixedSetRecord } from '../domain/records';
import { newId } from './ids';
import type { StoreContext } from './store-context';
import type { Store } from './store-types';

export type SaveResult<E> = { ok: true; id: string } | { ok: false; errors: E };

export interface MissesSlice {
  /** Adds a set, or updates it when `id` is given. Invalid input returns field messages and saves nothing. */
  saveSet(draft: SetDraft, id?: string): SaveResult<SetErrors>;
  /** Adds a miss, or updates it when `id` is given (filling in a session miss's missing details). */
  saveMiss(draft: MissDraft, id?: string): SaveResult<MissErrors>;
  /** Returns the removed row so the view can offer undo. */
  deleteMiss(id: string): MissRecord | null;
  restoreMiss(row: MissRecord): void;
  setRevisited(id: string, revisited: boolean): void;
}

export const createMissesSlice =
  (ctx: StoreContext): StateCreator<Store, [], [], MissesSlice> =>
  (set, get) => {
    const putMiss = (row: MissRecord) => {
      set({ misses: { ...get().misses, [row.id]: row } });
      void ctx.persistence.write([{ table: 'misses', put: [row] }]);
    };

    return {
      saveSet(draft, id) {
        const parsed = parseSetDraft(draft);
        if (!parsed.ok) return parsed;
        const existing = id ? get().sets[id] : undefined;
        const now = ctx.now();
        const row: MixedSetRecord = {
          id: existing?.id ?? newId(),
          ...parsed.value,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        set({ sets: { ...get().sets, [row.id]: row } });
        void ctx.persistence.write([{ table: 'sets', put: [row] }]);
        return { ok: true, id: row.id };
      },
      saveMiss(draft, id) {
        const existing = id ? get().misses[id] : undefined;
        const parsed = parseMissDraft(draft, existing?.sessionId != null);
        if (!parsed.ok) return parsed;
        if (parsed.value.setId && !get().sets[parsed.value.setId]) {
          return { ok: false, errors: { setId: 'That set no longer exists; choose another.' } };
        }
        const now = ctx.now();
        const row: MissRecord = {
          id: existing?.id ?? newId(),
          sessionId: existing?.sessionId ?? null,
          revisited: existing?.revisited ?? false,
          retests: existing?.retests ?? [],
          createdAt: existing?.createdAt ?? now,
          ...parsed.value,
          updatedAt: now,
        };
        putMiss(row);
        return { ok: true, id: row.id };
      },
      deleteMiss(id) {
        const { [id]: removed, ...misses } = get().misses;
        if (!removed) return null;
        set({ misses });
        void ctx.persistence.write([{ table: 'misses', delete: [id] }]);
        return removed;
      },
      restoreMiss(row) {
        putMiss({ ...row, updatedAt: ctx.now() });
      },
      setRevisited(id, revisited) {
        const miss = get().misses[id];
        if (!miss || miss.revisited === revisited) return;
        putMiss({ ...miss, revisited, updatedAt: ctx.now() });
      },
    };
  };
