/**
 * Sync's own rows on this device (see SyncStateRecord) and the one transaction a merge or its undo writes in:
 * the merged rows and the new sync state land together or not at all, on a strictly durable connection like
 * an import's. Rows are written with plain puts and deletes, and the generation is not bumped: a merge is an
 * edit of some rows, so other tabs read back just those (and a change they queued still lands on top).
 */
import type { SyncStateKey, SyncStateRecord } from '../domain/device-rows';
import { fnv1a32 } from '../domain/fnv-hash';
import type { TableName } from '../domain/tables';
import { StudyDatabase } from './database';

export type SyncState = { [K in SyncStateKey]?: Extract<SyncStateRecord, { key: K }> };

export async function readSyncState(db: StudyDatabase): Promise<SyncState> {
  const rows = await db.syncState.toArray();
  return Object.fromEntries(rows.map((row) => [row.key, row])) as SyncState;
}

/**
 * The study plan a device's data belongs to, if it has one yet. A backup restored on a device with no plan is
 * named by its content, so two devices that restore one backup share it.
 */
export const planIdOf = (state: SyncState): string | null =>
  state.document?.planId ??
  state.restored?.planId ??
  (state.restored ? `backup-${fnv1a32(JSON.stringify(state.restored.data)).toString(36)}` : null);

export interface SyncWrite {
  changes: readonly { table: TableName; put: readonly unknown[]; delete: readonly string[] }[];
  put: readonly SyncStateRecord[];
  delete?: readonly SyncStateKey[];
}

/** Stores merged rows and sync state in one strictly durable transaction. */
export async function writeSync(db: StudyDatabase, { changes, put, delete: remove = [] }: SyncWrite) {
  const strict = new StudyDatabase(db.name, { strictDurability: true });
  try {
    await strict.open();
    const tables = [...new Set(changes.map((change) => change.table))].map((name) => strict.table(name));
    await strict.transaction('rw', [...tables, strict.syncState], async () => {
      for (const change of changes) {
        const table = strict.table(change.table);
        if (change.delete.length) await table.bulkDelete([...change.delete]);
        if (change.put.length) await table.bulkPut([...change.put]);
      }
      if (remove.length) await strict.syncState.bulkDelete([...remove]);
      if (put.length) await strict.syncState.bulkPut([...put]);
    });
  } finally {
    strict.close();
  }
}
