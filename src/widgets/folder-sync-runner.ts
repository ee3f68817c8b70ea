/**
 * Runs the sync folder while the app is open: once on open, when the learner comes back to it (focus, the tab
 * shown again), 30 s after this device's own changes pause, and every few minutes (the timings and the skipping
 * of unchanged files are in domain/sync-folder-schedule.ts). One run at a time per tab; runs in several tabs
 * queue on the database's exclusive lock. Loaded only once a folder has been chosen, and the merge engine only
 * when a run starts.
 */
import { rowTableNames } from '../domain/tables';
import { nextFolderSyncAt, runsOnReturn } from '../domain/sync-folder-schedule';
import { folderFiles, folderPermission } from '../platform/sync-folder';
import type { AppStore } from '../store/app-store';
import type { FolderRun } from '../sync/folder-sync';

export type FolderSyncEvent =
  | { kind: 'ran'; run: FolderRun }
  /** Access to the folder must be asked back with a click; nothing is read or written until then. */
  | { kind: 'needs-permission'; name: string }
  | { kind: 'failed'; message: string }
  | { kind: 'no-folder' };

const listeners = new Set<(event: FolderSyncEvent) => void>();
let store: AppStore | null = null;
let lastRunAt: number | null = null;
let lastChangeAt: number | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<FolderSyncEvent> | null = null;
let lastEvent: FolderSyncEvent | null = null;

/**
 * Tells the section what each run did, whoever started it, beginning with the last run: the one on open has
 * often finished before the section is on screen.
 */
export function onFolderSync(listener: (event: FolderSyncEvent) => void): () => void {
  listeners.add(listener);
  if (lastEvent) listener(lastEvent);
  return () => listeners.delete(listener);
}

function schedule() {
  clearTimeout(timer);
  if (lastRunAt === null || !store) return;
  const at = nextFolderSyncAt({ lastRunAt, lastChangeAt });
  const appStore = store;
  timer = setTimeout(() => void runFolderSync(appStore), Math.max(0, at - Date.now()));
}

function failureText(error: unknown, name: string): string {
  const kind = (error as { name?: string }).name;
  if (kind === 'NotFoundError') {
    return `The folder “${name}” is gone or was moved, so nothing was synced. Choose it again, or stop using it.`;
  }
  if (kind === 'QuotaExceededError') {
    return 'Your device is out of storage space, so the folder was not synced. Free some space; it syncs again by itself.';
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `The folder “${name}” could not be synced (${reason}). Files merged before this stay merged; it tries again by itself.`;
}

async function run(appStore: AppStore, ask: boolean): Promise<FolderSyncEvent> {
  const withSync = appStore.getState().withSyncDatabase;
  const { readSyncStatus } = await import('../sync/sync-status');
  const status = await withSync(async (db) => ({ ...(await readSyncStatus(db)), touched: {} }));
  const folder = status?.folder;
  if (!folder) return { kind: 'no-folder' };
  try {
    if ((await folderPermission(folder.handle, ask)) !== 'granted') {
      return { kind: 'needs-permission', name: folder.name };
    }
    const { syncWithFolder } = await import('../sync/folder-sync');
    const result = await withSync((db) => syncWithFolder(db, folderFiles(folder.handle), Date.now()));
    return result?.run ? { kind: 'ran', run: result.run } : { kind: 'no-folder' };
  } catch (error) {
    return { kind: 'failed', message: failureText(error, folder.name) };
  }
}

/**
 * Reads and writes the folder now. `ask` (from a click only) asks the browser for access again when it was
 * lost; a run started by a timer or a focus never asks, it says access is needed.
 */
export function runFolderSync(appStore: AppStore, { ask = false } = {}): Promise<FolderSyncEvent> {
  if (running && !ask) return running;
  const started = (running ?? Promise.resolve()).then(() => run(appStore, ask));
  running = started;
  void started.then((event) => {
    if (running === started) running = null;
    // With no folder (let go here or in another tab) nothing is due until one is chosen again.
    if (event.kind === 'no-folder') clearTimeout(timer);
    else {
      lastRunAt = Date.now();
      schedule();
    }
    lastEvent = event;
    for (const listener of listeners) listener(event);
  });
  return started;
}

const onReturn = () => {
  if (store && document.visibilityState === 'visible' && runsOnReturn(lastRunAt, Date.now())) {
    void runFolderSync(store);
  }
};

/** Starts the schedule for this tab (once), with a run now. */
export function startFolderSync(appStore: AppStore): void {
  if (store) return;
  store = appStore;
  window.addEventListener('focus', onReturn);
  document.addEventListener('visibilitychange', onReturn);
  appStore.subscribe((state, previous) => {
    if (rowTableNames.some((name) => state[name] !== previous[name]) || state.setup !== previous.setup) {
      lastChangeAt = Date.now();
      schedule();
    }
  });
  void runFolderSync(appStore);
}
