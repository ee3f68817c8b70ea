/**
 * The one zustand store. It mirrors the database row by row: hydration reads every table before the first
 * render, actions change state and write the changed rows at once, and rows written by another tab are read
 * back by key when that tab announces them. Field updates this tab has not stored yet are laid over every
 * read-back, so the learner's latest keystroke never flickers away.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readRows, readSnapshot } from '../db/backup-repository';
import { isRowsOnLeaveKey } from '../db/rows-on-leave';
import type { StudyDatabase } from '../db/database';
import { primaryKeyOf, type TableName } from '../domain/tables';
import { createWholeDataSlice } from './whole-data-slice';
import { emptyMirroredData, mergeRows, rowImageOf, stateFromRows } from './mirrored-data';
import { createMissesSlice } from './misses-slice';
import { createPersistence, type RowUpdate, type TouchedKeys } from './persistence';
import { createPlanSlice } from './plan-slice';
import { createRehearsalSlice } from './rehearsal-slice';
import { createReviewSlice } from './review-slice';
import { createSessionSlice } from './session-slice';
import { createSettingsSlice } from './settings-slice';
import { createStudyLogSlice } from './study-log-slice';
import type { SliceDeps } from './slice-deps';
import type { MemoryReason } from '../db/connection';
import type { Store } from './store-types';

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
  /** Resolves once every write started so far has settled. */
  idle(): Promise<void>;
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

  /** Hydration, written once: also what a tab does when another tab replaced every row. */
  async function hydrate() {
    if (!db) return;
    await deps.persistence.storeLeftBehind();
    const { rows, generation } = await readSnapshot(db);
    deps.persistence.generation = generation;
    store.setState(stateFromRows(rows));
  }

  /** The rows of this tab's copy an update derives from, as its write will read them from the database. */
  function relatedRows({ table, index, value }: NonNullable<RowUpdate['from']>): unknown[] {
    const rows: readonly object[] = Object.values(store.getState()[table]);
    return rows.filter((row) => (row as Record<string, unknown>)[index] === value);
  }

  /** The stored row (undefined when absent) with this tab's unstored field updates applied in order. */
  function overlay(table: TableName, key: string, row: unknown): unknown {
    let next = row;
    for (const update of deps.persistence.pendingUpdates(table, key)) {
      const applied = update.apply(next, update.from ? relatedRows(update.from) : []);
      if (applied === null) next = undefined;
      else if (applied !== undefined) next = applied;
    }
    return next;
  }

  async function reload(keys: TouchedKeys) {
    if (!db) return;
    for (const [table, tableKeys] of Object.entries(keys) as [TableName, string[]][]) {
      const { rows, generation } = await readRows(db, table, tableKeys);
      if (generation !== deps.persistence.generation) {
        // Another tab replaced every row: everything this tab holds is stale, not just these keys.
        await hydrate();
        return;
      }
      const present = new Map(rows.map((row) => [primaryKeyOf(table, row), row]));
      const shown: unknown[] = [];
      const missing: string[] = [];
      for (const key of tableKeys) {
        const row = overlay(table, key, present.get(key));
        if (row === undefined) missing.push(key);
        else shown.push(row);
      }
      store.setState((state) => mergeRows(state, table, shown, missing));
    }
  }

  const deps: SliceDeps = {
    now,
    persistence: createPersistence(db, {
      onWriteError: (message) => store.setState({ storageError: message }),
      reload,
      announce: (keys) => channel?.postMessage(keys),
    }),
  };

  const store = createStore<Store>()((...a) => ({
    ...emptyMirroredData,
    persistence: deps.persistence.mode,
    memoryReason: db ? null : (memoryReason ?? 'unavailable'),
    storageError: null,
    dismissStorageError: () => a[0]({ storageError: null }),
    ...createSettingsSlice(deps)(...a),
    ...createPlanSlice(deps)(...a),
    ...createMissesSlice(deps)(...a),
    ...createSessionSlice(deps)(...a),
    ...createStudyLogSlice(deps)(...a),
    ...createReviewSlice(deps)(...a),
    ...createRehearsalSlice(deps)(...a),
    ...createWholeDataSlice(deps, { db, announce: (keys) => channel?.postMessage(keys), hydrate })(...a),
  }));

  if (channel) channel.onmessage = (event: MessageEvent<TouchedKeys>) => void reload(event.data);

  // A change still queued when the page goes (a tick, then the tab closed at once; a phone that kills a hidden
  // tab) would never reach the database: the queue's promise chain does not run on in a page that is gone. So
  // whatever is queued is stored at once, as the screen shows it, when the page is hidden or leaves.
  const storeQueued = () =>
    deps.persistence.storePendingNow((table, key) => rowImageOf(store.getState(), table, key, now()));
  const storeQueuedWhenHidden = () => {
    if (document.visibilityState === 'hidden') storeQueued();
  };
  // A tab already open stores another tab's left-behind rows at once, and shows them.
  const storeLeftBehind = (event: StorageEvent) => {
    if (isRowsOnLeaveKey(event.key) && event.newValue !== null)
      void deps.persistence.storeLeftBehind().then(reload, () => undefined);
  };
  // A page brought back from the back-forward cache slept through other tabs' messages: it reads everything again.
  const rereadWhenRestored = (event: PageTransitionEvent) => {
    if (event.persisted) void hydrate().catch(() => undefined);
  };
  if (db && typeof window !== 'undefined') {
    window.addEventListener('pageshow', rereadWhenRestored);
    window.addEventListener('pagehide', storeQueued);
    document.addEventListener('visibilitychange', storeQueuedWhenHidden);
    window.addEventListener('storage', storeLeftBehind);
  }

  return {
    store,
    reload,
    hydrate,
    idle: () => deps.persistence.idle(),
    dispose() {
      channel?.close();
      if (typeof window === 'undefined') return;
      window.removeEventListener('pageshow', rereadWhenRestored);
      window.removeEventListener('pagehide', storeQueued);
      document.removeEventListener('visibilitychange', storeQueuedWhenHidden);
      window.removeEventListener('storage', storeLeftBehind);
    },
  };
}
