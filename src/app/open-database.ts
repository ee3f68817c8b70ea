import { StudyDatabase } from '../db/database';

/**
 * Opens IndexedDB, or returns null where it is unavailable (some private modes, blocked storage) so the app
 * can still run in memory and say so instead of showing a blank page.
 */
export async function openDatabase(): Promise<StudyDatabase | null> {
  if (typeof indexedDB === 'undefined') return null;
  const db = new StudyDatabase();
  try {
    await db.open();
    return db;
  } catch (error) {
    console.warn('IndexedDB is unavailable; running in memory.', error);
    return null;
  }
}
