import { closeOnVersionChange } from '../db/connection';
import type { StudyDatabase } from '../db/database';
import type { AppStore } from '../store/app-store';
import { flushUnsavedText, hasTextOutsideDrafts } from '../platform/unsaved-text';

/**
 * A newer version (or a reset) in another tab takes the database: drafts are saved, the connection is let go
 * (see db/connection.ts), then the tab reloads onto the new version; if some typed text could not be saved, it
 * says so instead and lets the learner copy it first.
 */
export function reloadOnVersionChange(db: StudyDatabase, store: AppStore): void {
  closeOnVersionChange(db, {
    beforeClose: () => flushUnsavedText() > 0,
    afterClose() {
      // Text kept as a draft comes back after the reload ("Restored your unsaved draft").
      if (hasTextOutsideDrafts()) {
        store.setState({
          storageError:
            'The app was updated or reset in another tab, so this tab can no longer save. Copy any text you are typing, then reload this page.',
        });
      } else {
        window.location.reload();
      }
    },
  });
}
