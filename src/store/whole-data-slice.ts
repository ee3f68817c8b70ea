/**
 * Whole-data actions: export, import (replace everything) and reset. Both replacements hold the database
 * exclusively (other tabs' writes wait) and bump its generation (writes those tabs prepared before are refused,
 * never applied to the new data). Afterwards the store is rebuilt from what the database actually holds, never
 * from what was asked for, so the screen cannot show a backup that did not land.
 */
import type { StateCreator } from 'zustand';
import { readAllRows, replaceAllRows, withExclusiveDatabase } from '../db/backup-repository';
import type { StudyDatabase } from '../db/database';
import type { BackupData } from '../domain/backup-format';
import { emptyTableRows, rowTableNames } from '../domain/tables';
import { settingsRowsOf, stateFromRows, type MirroredData } from './mirrored-data';
import { isQuotaError, stored, type TouchedKeys, type WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

export interface WholeDataSlice {
  /** Every stored row; in memory mode, the rows the store holds. */
  exportData(): Promise<BackupData>;
  /**
   * Replaces all data in one transaction; on failure nothing changed. `restoredFrom`, a backup file's own rows,
   * is kept for the next sync to start its document from (see src/sync).
   */
  replaceAllData(data: BackupData, restoredFrom?: BackupData): Promise<WriteOutcome>;
  /**
   * Runs sync work on the database held exclusively, as an import is, after this tab's queued writes; then
   * shows what is stored and tells other tabs which rows the work touched. Null in memory mode (no database).
   */
  withSyncDatabase<T extends { touched: TouchedKeys }>(
    work: (db: StudyDatabase) => Promise<T>,
  ): Promise<T | null>;
  /** Deletes every row and draft and starts empty; on failure nothing changed. */
  resetAllData(): Promise<WriteOutcome>;
}

export interface WholeDataDeps {
  db: StudyDatabase | null;
  /** Tell other tabs which rows changed. */
  announce(keys: TouchedKeys): void;
  /** Read every table back into the store. */
  hydrate(): Promise<void>;
}

function rowsFromState(state: MirroredData, now: number): BackupData {
  const rows = Object.fromEntries(rowTableNames.map((name) => [name, Object.values(state[name])]));
  return { ...(rows as Omit<BackupData, 'settings'>), settings: settingsRowsOf(state, now) };
}

function failure(error: unknown, what: 'import' | 'reset'): WriteOutcome {
  if (isQuotaError(error)) {
    return {
      ok: false,
      message:
        what === 'import'
          ? 'Your device is out of storage space, so the backup was not imported and nothing changed. Free some space, then import again.'
          : 'Your device is out of storage space, so your data was not reset and nothing changed. Free some space, then try again.',
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    message:
      what === 'import'
        ? `The backup could not be imported (${reason}). Nothing changed.`
        : `Your data could not be reset (${reason}). Nothing changed; reload the page and try again.`,
  };
}

export const createWholeDataSlice =
  (deps: SliceDeps, { db, announce, hydrate }: WholeDataDeps): StateCreator<Store, [], [], WholeDataSlice> =>
  (set, get) => {
    async function replace(
      data: BackupData,
      what: 'import' | 'reset',
      restoredFrom?: BackupData,
    ): Promise<WriteOutcome> {
      if (!db) {
        set(stateFromRows(data));
        return stored;
      }
      // This tab's own queued writes land first; they belong before the replace.
      await deps.persistence.idle();
      try {
        const { touched } = await withExclusiveDatabase(() =>
          replaceAllRows(db, data, { clearDrafts: what === 'reset', restoredFrom }),
        );
        await hydrate();
        announce(touched);
        return stored;
      } catch (error) {
        // The transaction rolled back; show what is stored, which is what was there before.
        await hydrate().catch(() => undefined);
        return failure(error, what);
      }
    }

    return {
      async exportData() {
        // A change made just before "Export" (a theme picked, a tick) is in the file: its write lands first.
        await deps.persistence.idle();
        return db ? readAllRows(db) : rowsFromState(get(), deps.now());
      },
      replaceAllData: (data, restoredFrom) => replace(data, 'import', restoredFrom),
      async withSyncDatabase(work) {
        if (!db) return null;
        await deps.persistence.idle();
        let touched = true;
        try {
          const result = await withExclusiveDatabase(() => work(db));
          touched = Object.keys(result.touched).length > 0;
          if (touched) announce(result.touched);
          return result;
        } finally {
          // Also after a failure: the screen shows what is stored, whatever the work got to.
          if (touched) await hydrate().catch(() => undefined);
        }
      },
      resetAllData: () => replace(emptyTableRows(), 'reset'),
    };
  };
