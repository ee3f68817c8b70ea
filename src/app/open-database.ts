import { StudyDatabase } from '../db/database';
import { installedVersion } from '../db/installed-version';

import type { MemoryReason } from '../store/store-types';

/**
 * Opens IndexedDB, or says why it could not, so the app can still run in memory and tell the learner the real
 * reason instead of showing a blank page: some private modes block storage, and a newer version of the app in
 * another tab may already have upgraded the schema past this code. The installed version is read before
 * opening, because opening a newer database would let Dexie adopt it and even bump its version, after which
 * this older code would write into a schema it does not know.
 */
export async function openDatabase(onBlocked: () => void): Promise<{
  db: StudyDatabase | null;
  memoryReason: MemoryReason | null;
}> {
  if (typeof indexedDB === 'undefined') return { db: null, memoryReason: 'unavailable' };
  const db = new StudyDatabase();
  try {
    const installed = await installedVersion(db.name);
    if (installed !== null && installed > db.nativeVersion)
      return { db: null, memoryReason: 'newer-version' };
    db.on('blocked', onBlocked);
    await db.open();
    if (db.backendDB().version > db.nativeVersion) {
      // A newer tab upgraded between the check and the open: let go before anything is written.
      db.close();
      return { db: null, memoryReason: 'newer-version' };
    }
    return { db, memoryReason: null };
  } catch (error) {
    console.warn('IndexedDB could not be opened; running in memory.', error);
    const newer = (error as { name?: string }).name === 'VersionError';
    return { db: null, memoryReason: newer ? 'newer-version' : 'unavailable' };
  }
}

/**
 * An upgrade waits while another tab holds the database with an older version that does not let go (a build
 * from before tabs learned to). Said on the loading screen the moment the browser reports it.
 */
export function showBlockedUpgrade(): void {
  const status = document.querySelector('.boot');
  if (!status) return;
  status.textContent =
    'The app was updated, but another tab still has the old version open and is holding your data. Close the other ML-PRO Study Tracker tabs or reload them; this page continues by itself once they let go.';
}
