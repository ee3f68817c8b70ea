import { writesInFlight } from '../db/backup-repository';
import type { StudyDatabase } from '../db/database';
import type { AppStore } from '../store/app-store';
import { flushUnsavedText, hasTextOutsideDrafts } from '../platform/unsaved-text';

/**
 * When a newer tab upgrades (or deletes) the database, this tab must let go at once: holding the connection
 * would block the other tab, and reopening would run this tab's old code on the new schema. Drafts are saved
 * and writes already started finish (closing waits for them), then the tab reloads onto the new version; if
 * some typed text could not be saved, it says so instead and lets the learner copy it first.
 */
export function reloadOnVersionChange(db: StudyDatabase, store: AppStore): void {
  db.on('versionchange', () => {
    // Saving drafts starts writes whose transactions Dexie opens a moment later; let them open before closing.
    // With nothing to save, close inside the event, which keeps the other tab from even seeing "blocked".
    if (flushUnsavedText() > 0) setTimeout(() => closeAndReload(db, store), 0);
    else closeAndReload(db, store);
    // Stops Dexie's default handler, which would reopen the database later with this tab's old schema.
    return false;
  });
}

function closeAndReload(db: StudyDatabase, store: AppStore) {
  const flushed = writesInFlight(db);
  db.close({ disableAutoOpen: true });
  void flushed.then(() => {
    // Text kept as a draft comes back after the reload ("Restored your unsaved draft").
    if (hasTextOutsideDrafts()) {
      store.setState({
        storageError:
          'The app was updated or reset in another tab, so this tab can no longer save. Copy any text you are typing, then reload this page.',
      });
    } else {
      window.location.reload();
    }
  });
}
