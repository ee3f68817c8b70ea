/**
 * The one sync row read on every open: whether this device chose a sync folder. Apart from sync-state.ts so a
 * first visit loads this read alone.
 */
import type { SyncFolderRecord } from '../domain/device-rows';
import type { StudyDatabase } from './database';

export async function readSyncFolder(db: StudyDatabase): Promise<SyncFolderRecord | null> {
  const row = await db.syncState.get('folder');
  return row?.key === 'folder' ? row : null;
}
