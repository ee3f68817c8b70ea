/**
 * The one zustand store. It mirrors the database row by row: hydration reads every table before the first
 * render, actions change state and write the changed rows at once, and rows written by another tab are read
 * back by key when that tab announces them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StudyDatabase } from '../db/database';
import { primaryKeyOf, tableNames, type TableName } from '../domain/tables';
import { createDataSlice } from './data-slice';
import { emptyData, mergeRows, type DataState } from './data-state';
import { createMissesSlice } from './misses-slice';
import { createPersistence, type TouchedKeys } from './persistence';
import { createPlanSlice } from './plan-slice';
import { createReviewSlice } from './review-slice';
import { createSessionSlice } from './session-slice';
import { createSettingsSlice } from './settings-slice';
import type { StoreContext } from './store-context';
import type { MemoryReason, Store } from './store-types';

export type AppStore = StoreApi<Store>;

export interface AppStoreOptions {
  /** Null runs in memory only, for browsers without IndexedDB. */
  db: StudyDatabase | null;
  now?: () => number;
  /** Other tabs of the same app listen on this channel; null turns cross-tab sync off. */
  channelName?: string | null;
  /** With no db: why, for the banner. */
  memoryReason?: MemoryReason | null;
}

export interface AppStoreHandle {
  store: AppStore;
  /** Reads every table into the store. Resolves before the first render. */
  hydrate(): Promise<void>;
  /** Re-reads these rows, e.g. after another tab wrote them. */
  reload(keys: TouchedKeys): Promise<void>;
  dispose(): void;
}

export function createAppStore({
  db,
  now = Date.now,
  channelName = null,
  memoryReason = null,
}: AppStoreOptions): AppStoreHandle {
  const channel =
    db && channelName && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName) : null;

  async function reload(keys: TouchedKeys) {
    if (!db) return;
    for (const [table, tableKeys] of Object.entries(keys) as [TableName, string[]][]) {
      const found = (await db.table(table).bulkGet(tableKeys)) as unknown[];
      const rows = found.filter((row) => row !== undefined);
      const present = new Set(rows.map((row) => primaryKeyOf(table, row)));
      const missing = tableKeys.filter((key) => !present.has(key));
      store.setState((state) => mergeRows(state, table, rows, missing));
    }
  }

  const ctx: StoreContext = {
    now,
    persistence: createPersistence(db, {
      onWriteError: (message) => store.setState({ storageError: message }),
      reload,
      announce: (keys) => channel?.postMessage(keys),
    }),
  };

  const store = createStore<Store>()((...a) => ({
    ...emptyData,
    persistence: ctx.persistence.mode,
    memoryReason: db ? null : (memoryReason ?? 'unavailable'),
    storageError: null,
    dismissStorageError: () => a[0]({ storageError: null }),
    ...createSettingsSlice(ctx)(...a),
    ...createPlanSlice(ctx)(...a),
    ...createMissesSlice(ctx)(...a),
    ...createSessionSlice(ctx)(...a),
    ...createReviewSlice(ctx)(...a),
    ...createDataSlice(ctx, { db, announce: (keys) => channel?.postMessage(keys) })(...a),
  }));

  if (channel) channel.onmessage = (event: MessageEvent<TouchedKeys>) => void reload(event.data);

  return {
    store,
    reload,
    async hydrate() {
      if (!db) return;
      let data: Partial<DataState> = {};
      await db.transaction('r', db.tables, async () => {
        for (const name of tableNames) {
          const rows = await db.table(name).toArray();
          data = { ...data, ...mergeRows({ ...emptyData, ...data }, name, rows, []) };
        }
      });
      store.setState(data);
    },
    dispose() {
      channel?.close();
    },
  };
}
