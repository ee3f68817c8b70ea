/**
 * What the "Your other devices" section shows before anything is synced. Kept apart from the merge engine so
 * opening the data view reads it without loading Yjs.
 */
import type { SyncPeer } from '../domain/device-rows';
import type { StudyDatabase } from '../db/database';
import { planIdOf, readSyncState } from '../db/sync-state';

export interface SyncStatus {
  deviceName: string | null;
  planId: string | null;
  peers: SyncPeer[];
  undo: { from: string; mergedAt: number } | null;
}

export async function readSyncStatus(db: StudyDatabase): Promise<SyncStatus> {
  const state = await readSyncState(db);
  return {
    deviceName: state.device?.name ?? null,
    planId: planIdOf(state),
    peers: [...(state.peers?.peers ?? [])].sort((a, b) => b.mergedAt - a.mergedAt),
    undo: state.undo ? { from: state.undo.from, mergedAt: state.undo.mergedAt } : null,
  };
}
