/**
 * Write-through of changed rows. The store updates itself first (the UI never waits on disk), then this writes
 * exactly the rows that changed in one transaction. If the write fails (a full disk, a closed database), the
 * store is put back to what is actually stored and the learner is told, so the screen never shows data that a
 * reload would lose. Other tabs hear about the written keys and read those rows back.
 */
import type { StudyDatabase } from '../db/database';
import { primaryKeyOf, type TableName } from '../domain/tables';

export interface RowChange {
  table: TableName;
  put?: readonly unknown[];
  delete?: readonly string[];
}

/** Keys touched per table: what other tabs and rollbacks read back. */
export type TouchedKeys = Partial<Record<TableName, string[]>>;

export type PersistenceMode = 'indexeddb' | 'memory';

export interface Persistence {
  mode: PersistenceMode;
  /** Resolves true once stored; false when the write failed and the store was rolled back. */
  write(changes: readonly RowChange[]): Promise<boolean>;
}

export function touchedKeys(changes: readonly RowChange[]): TouchedKeys {
  const touched: TouchedKeys = {};
  for (const change of changes) {
    const keys = (touched[change.table] ??= []);
    for (const row of change.put ?? []) keys.push(primaryKeyOf(change.table, row));
    keys.push(...(change.delete ?? []));
  }
  return touched;
}

export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const named = current as { name?: string; inner?: unknown; cause?: unknown };
    // Dexie keeps the browser's name on its own wrapper, so one check covers both.
    if (named.name === 'QuotaExceededError') return true;
    current = named.inner ?? named.cause;
  }
  return false;
}

export function describeWriteError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your device is out of storage space, so the last change was not saved. Export a backup from Data, then free some space.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `The last change could not be saved (${message}). It has been undone so what you see is what is stored.`;
}

export interface PersistenceHooks {
  onWriteError(message: string): void;
  /** Re-read these keys from the database into the store. */
  reload(keys: TouchedKeys): Promise<void>;
  /** Tell other tabs which rows changed. */
  announce(keys: TouchedKeys): void;
}

export function createPersistence(db: StudyDatabase | null, hooks: PersistenceHooks): Persistence {
  if (!db) return { mode: 'memory', write: async () => true };
  return {
    mode: 'indexeddb',
    async write(changes) {
      const keys = touchedKeys(changes);
      const tables = Object.keys(keys).map((name) => db.table(name));
      try {
        await db.transaction('rw', tables, async () => {
          for (const change of changes) {
            const table = db.table(change.table);
            if (change.delete?.length) await table.bulkDelete([...change.delete]);
            if (change.put?.length) await table.bulkPut([...change.put]);
          }
        });
        hooks.announce(keys);
        return true;
      } catch (error) {
        hooks.onWriteError(describeWriteError(error));
        await hooks.reload(keys).catch(() => undefined);
        return false;
      }
    },
  };
}
