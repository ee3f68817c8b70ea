/** Unsaved form text, one row per form and tab, for the drafts service (src/platform/drafts.ts). */
import type { DraftRecord } from '../domain/device-rows';
import type { StudyDatabase } from './database';

export function draftStorage(db: StudyDatabase) {
  return {
    read: (id: string): Promise<DraftRecord | undefined> => db.drafts.get(id),
    /** Every draft whose id starts with `prefix`. */
    readStartingWith: (prefix: string): Promise<DraftRecord[]> =>
      db.drafts.where('id').startsWith(prefix).toArray(),
    write: async (row: DraftRecord): Promise<void> => {
      await db.drafts.put(row);
    },
    delete: (id: string): Promise<void> => db.drafts.delete(id),
    /**
     * For a page that may be about to go: puts these rows (a null value deletes) in one transaction whose
     * requests are all made before this returns, which the browser finishes even as it tears the page down.
     */
    writeNow(rows: readonly { id: string; row: DraftRecord | null }[]): void {
      if (rows.length === 0) return;
      try {
        const drafts = db.backendDB().transaction('drafts', 'readwrite').objectStore('drafts');
        for (const { id, row } of rows) {
          if (row) drafts.put(row);
          else drafts.delete(id);
        }
      } catch {
        // The connection is closing (an upgrade or a reset in another tab): the queued write still runs.
      }
    },
  };
}
