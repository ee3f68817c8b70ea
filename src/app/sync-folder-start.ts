import { readSyncFolder } from '../db/sync-folder-row';
import type { StudyDatabase } from '../db/database';
import { syncFolderSupported } from '../platform/engine-features';
import type { AppStore } from '../store/app-store';

/**
 * Starts the sync folder's schedule once the first view is up, only on a device where one was chosen: elsewhere
 * this costs one IndexedDB read and loads no sync code at all.
 */
export function startSyncFolderIfChosen(db: StudyDatabase, store: AppStore): void {
  if (!syncFolderSupported()) return;
  void readSyncFolder(db)
    .then(async (folder) => {
      if (folder) (await import('../widgets/folder-sync-runner')).startFolderSync(store);
    })
    .catch((error: unknown) => console.warn('The sync folder could not be read.', error));
}
