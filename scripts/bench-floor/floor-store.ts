import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FloorDatabase } from './floor-database';

export interface FloorState {
  count: number;
  add(): void;
}

export type FloorStore = StoreApi<FloorState>;

/** A vanilla store written through to Dexie and read by a context hook, as src/store does it. */
export function createFloorStore(db: FloorDatabase, count: number): FloorStore {
  return createStore<FloorState>()((set, get) => ({
    count,
    add: () => {
      set({ count: get().count + 1 });
      void db.rows.put({ id: 'count', value: get().count });
    },
  }));
}

export const FloorStoreContext = createContext<FloorStore | null>(null);

export function useFloorStore<T>(selector: (state: FloorState) => T): T {
  const store = useContext(FloorStoreContext);
  if (!store) throw new Error('useFloorStore needs a FloorStoreContext provider.');
  return useStore(store, selector);
}
