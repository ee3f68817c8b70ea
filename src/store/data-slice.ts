/**
 * Whole-data actions: export, import (replace everything) and reset. After an import or a reset the store is
 * rebuilt from what the database actually holds, never from what was asked for, so the screen cannot show a
 * backup that did not land.
 */
import type { StateCreator } from 'zustand';
import { readAllRows, replaceAllRows } from '../db/backup-repository';
import type { StudyDatabase } from '../db/database';
import type { BackupData } from '../domain/backup-format';
import { rowTableNames, tableNames } from '../domain/tables';
import { emptyData, mergeRows, type DataState } from './data-state';
import { describeWriteError, isQuotaError, type TouchedKeys } from './persistence';
import type { StoreContext } from './store-context';
import type { Store } from './store-types';

export interface DataSlice {
  /** Every stored row; in memory mode, the rows the store holds. */
  exportData(): Promise<BackupData>;
  /** Replaces all data in one transaction. Resolves with a message when nothing changed, null when stored. */
  replaceAllData(data: BackupData): Promise<string | null>;
  /** Deletes the database and starts empty. Resolves with a message when it failed, null when done. */
  resetAllData(): Promise<string | null>;
}

export interface DataSliceDeps {
  db: StudyDatabase | null;
  /** Tell other tabs which rows changed. */
  announce(keys: TouchedKeys): void;
}

export function stateFromRows(data: BackupData): DataState {
  let state: DataState = { ...emptyData };
  for (const table of tableNames) {
    state = { ...state, ...mergeRows(state, table, data[table], []) };
  }
  return state;
}

function rowsFromState(state: DataState, now: number): BackupData {
  const rows = Object.fromEntries(rowTableNames.map((name) => [name, Object.values(state[name])]));
  return {
    ...(rows as Omit<BackupData, 'settings'>),
    settings: [
      { key: 'setup', value: state.setup, updatedAt: now },
      { key: 'preferences', value: state.preferences, updatedAt: now },
      { key: 'backups', value: state.backups, updatedAt: now },
    ],
  };
}

export const createDataSlice =
  (ctx: StoreContext, { db, announce }: DataSliceDeps): StateCreator<Store, [], [], DataSlice> =>
  (set, get) => ({
    async exportData() {
      return db ? readAllRows(db) : rowsFromState(get(), ctx.now());
    },
    async replaceAllData(data) {
      if (!db) {
        set(stateFromRows(data));
        return null;
      }
      try {
        const touched = await replaceAllRows(db, data);
        set(stateFromRows(await readAllRows(db)));
        announce(touched);
        return null;
      } catch (error) {
        // The transaction rolled back; show what is stored, which is what was there before.
        const stored = await readAllRows(db).catch(() => null);
        if (stored) set(stateFromRows(stored));
        return isQuotaError(error)
          ? 'Your device is out of storage space, so the backup was not imported and nothing changed. Free some space, then import again.'
          : describeWriteError(error).replace('The last change', 'The backup');
      }
    },
    async resetAllData() {
      if (!db) {
        set({ ...emptyData });
        return null;
      }
      try {
        // Other tabs get a versionchange event, save and reload onto the empty database.
        await db.delete();
        await db.open();
        set({ ...emptyData });
        return null;
      } catch (error) {
        return `Your data could not be reset (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`;
      }
    },
  });
