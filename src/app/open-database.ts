import { StudyDatabase } from '../db/database';

import type { MemoryReason } from '../store/store-types';

/**
 * Opens IndexedDB, or says why it could not (some private modes block storage; a newer version of the app in
 * another tab may already have upgraded the schema past this code), so the app can still run in memory and
 * tell the learner the real reason instead of showing a blank page.
 */
export async function openDatabase(): Promise<{
  db: StudyDatabase | null;
  memoryReason: MemoryReason | null;
}> {
  if (typeof indexedDB === 'undefined') return { db: null, memoryReason: 'unavailable' };
  const db = new StudyDatabase();
  try {
    await db.open();
    return { db, memoryReason: null };
  } catch (error) {
    console.warn('IndexedDB could not be opened; running in memory.', error);
    const newer = (error as { name?: string }).name === 'VersionError';
    return { db: null, memoryReason: newer ? 'newer-version' : 'unavailable' };
  }
}
