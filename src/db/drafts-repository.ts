/** Unsaved form text, one row per form, for the drafts service (src/platform/drafts.ts). */
import type { DraftRecord } from '../domain/device-rows';
import type { StudyDatabase } from './database';

export function draftStorage(db: StudyDatabase) {
  return {
    read: (id: string): Promise<DraftRecord | undefined> => db.drafts.get(id),
    write: async (row: DraftRecord): Promise<void> => {
      await db.drafts.put(row);
    },
    delete: (id: string): Promise<void> => db.drafts.delete(id),
  };
}
