/**
 * What the "Your other devices" section shows before anything is synced. Kept apart from the merge engine so
 * opening the data view reads it without loading Yjs.
 */
import type { FolderRunSummary, SyncPeer } from '../domain/device-rows';
import type { StudyDatabase } from '../db/database';
import { planIdOf, readSyncState, writeSync } from '../db/sync-state';

export interface SyncStatus {
  deviceName: string | null;
  planId: string | null;
  peers: SyncPeer[];
  /** The devices whose files the undo takes back: one, or every file of the last folder run. */
  undo: { from: string[]; mergedAt: number } | null;
  folder: { handle: FileSystemDirectoryHandle; name: string; last: FolderRunSummary | null } | null;
}

export async function readSyncStatus(db: StudyDatabase): Promise<SyncStatus> {
  const state = await readSyncState(db);
  return {
    deviceName: state.device?.name ?? null,
    planId: planIdOf(state),
    peers: [...(state.peers?.peers ?? [])].sort((a, b) => b.mergedAt - a.mergedAt),
    undo: state.undo
      ? { from: [state.undo.from, ...(state.undo.alsoFrom ?? [])], mergedAt: state.undo.mergedAt }
      : null,
    folder: state.folder
      ? { handle: state.folder.handle, name: state.folder.name, last: state.folder.last }
      : null,
  };
}

/** Keeps the chosen folder (a new choice starts reading it afresh), or lets it go. */
export async function storeSyncFolder(
  db: StudyDatabase,
  folder: { handle: FileSystemDirectoryHandle; name: string } | null,
): Promise<void> {
  if (!folder) return writeSync(db, { changes: [], put: [], delete: ['folder'] });
  await writeSync(db, {
    changes: [],
    put: [{ key: 'folder', ...folder, seen: {}, writtenHash: null, last: null }],
  });
}
