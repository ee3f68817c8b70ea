/**
 * The database connection's life: opening it (or saying why the app must run in memory), letting go of it when
 * another tab upgrades or deletes the database, and opening it again after the browser dropped it. Everything
 * that touches Dexie's open/close state lives here; the app only says what the learner sees meanwhile.
 */
import { writesInFlight } from './backup-repository';
import { StudyDatabase } from './database';
import { installedVersion } from './installed-version';

/** Why the app runs in memory: storage is blocked, or a newer app version owns the database. */
export type MemoryReason = 'unavailable' | 'newer-version';

/**
 * Opens IndexedDB, or says why it could not, so the app can still run in memory and tell the learner the real
 * reason instead of showing a blank page: some private modes block storage, and a newer version of the app in
 * another tab may already have upgraded the schema past this code. The installed version is read before
 * opening, because opening a newer database would let Dexie adopt it and even bump its version, after which
 * this older code would write into a schema it does not know.
 */
export async function openDatabase(
  onBlocked: () => void,
  { onSlow, slowAfterMs = 8_000 }: { onSlow?: () => void; slowAfterMs?: number } = {},
): Promise<{
  db: StudyDatabase | null;
  memoryReason: MemoryReason | null;
}> {
  if (typeof indexedDB === 'undefined') return { db: null, memoryReason: 'unavailable' };
  const db = new StudyDatabase();
  // An open waits, without any event, for another connection's upgrade to finish. When that upgrade never
  // finishes (a tab stuck mid-upgrade), the learner is told and offered a way on instead of a loading screen
  // for ever; the open carries on, and the app starts by itself if it completes.
  const slow = onSlow ? setTimeout(onSlow, slowAfterMs) : undefined;
  const leaving = cancelOpenOnLeave(db);
  try {
    const installed = await installedVersion(db.name);
    if (installed !== null && installed > db.nativeVersion)
      return { db: null, memoryReason: 'newer-version' };
    db.on('blocked', onBlocked);
    if (leaving.left) return { db: null, memoryReason: 'unavailable' };
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
  } finally {
    clearTimeout(slow);
    leaving.stop();
  }
}

/**
 * When a newer tab upgrades (or deletes) the database, this tab must let go at once: holding the connection
 * would block the other tab, and reopening would run this tab's old code on the new schema. `beforeClose`
 * saves what it can and says whether it started writes; those get a moment for their transactions to open
 * (Dexie opens them a tick later). Writes already started finish (closing waits for them), then `afterClose`.
 */
export function closeOnVersionChange(
  db: StudyDatabase,
  { beforeClose, afterClose }: { beforeClose(): boolean; afterClose(): void },
): void {
  const close = () => {
    const flushed = writesInFlight(db);
    db.close({ disableAutoOpen: true });
    void flushed.then(afterClose);
  };
  db.on('versionchange', () => {
    // With nothing to save, close inside the event, which keeps the other tab from even seeing "blocked".
    if (beforeClose()) setTimeout(close, 0);
    else close();
    // Stops Dexie's default handler, which would reopen the database later with this tab's old schema.
    return false;
  });
}

/**
 * When the browser drops the connection (Chromium does on a full disk: "Internal error opening backing
 * store"), Dexie reopens it once, and if that fails too it refuses every later transaction with the old error
 * until the page reloads. Opening again here lets the next write (the learner's "Try again" once space is
 * freed) succeed without a reload. A connection this app closed on purpose (a version change) stays closed.
 * Null when the connection needs nothing.
 */
export function reopenIfDropped(db: StudyDatabase): Promise<unknown> | null {
  return !db.isOpen() && db.hasFailed() && !db.hasBeenClosed() ? db.open() : null;
}

/**
 * A page left while its open is still running (a first visit creates the schema in an upgrade) must not take
 * that open with it into the back-forward cache, where a frozen page's unfinished upgrade would hold every later
 * page of the app on "Loading your study plan...". So leaving cancels the open, which aborts its upgrade; a
 * page brought back from that cache reloads, since its open was given up.
 */
function cancelOpenOnLeave(db: StudyDatabase): { readonly left: boolean; stop(): void } {
  const state = { left: false, stop: (): void => undefined };
  if (typeof window === 'undefined') return state;
  const leave = () => {
    state.left = true;
    db.close();
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) window.location.reload();
    });
  };
  window.addEventListener('pagehide', leave);
  state.stop = () => window.removeEventListener('pagehide', leave);
  return state;
}
