import type { StudyDatabase } from '../db/database';
import type { AppStore } from '../store/app-store';
import { hasUnsavedText } from '../ui/unsaved-text';

/**
 * When a newer tab upgrades (or a reset deletes) the database, this tab must let go at once: holding the
 * connection would block the other tab, and reopening would run this tab's old code on the new schema. Writes
 * already started finish first, then the tab reloads onto the new version, unless the learner is typing
 * something unsaved, in which case it says so and lets them copy it before reloading themselves.
 */
export function reloadOnVersionChange(db: StudyDatabase, store: AppStore): void {
  db.on('versionchange', () => {
    void (async () => {
      // A read over every table is queued behind every write already started, so awaiting it flushes them.
      await db.transaction('r', db.tables, () => undefined).catch(() => undefined);
      db.close({ disableAutoOpen: true });
      if (hasUnsavedText()) {
        store.setState({
          storageError:
            'The app was updated or reset in another tab, so this tab can no longer save. Copy any text you are typing, then reload this page.',
        });
      } else {
        window.location.reload();
      }
    })();
    // Stops Dexie's default handler, which would reopen the database later with this tab's old schema.
    return false;
  });
}
