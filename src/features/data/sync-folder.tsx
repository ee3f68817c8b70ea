import { useContext, useEffect, useEffectEvent, useState } from 'react';
import { folderRunText } from '../../domain/sync-folder-text';
import { syncFolderSupported } from '../../platform/engine-features';
import type { AppStore } from '../../store/app-store';
import { AppStoreContext } from '../../store/use-app-store';
import type { FolderRun } from '../../sync/folder-sync';
import type { SyncStatus } from '../../sync/sync-status';
import type { FolderSyncEvent } from '../../widgets/folder-sync-runner';
import { useHeldAction } from './use-held-action';

// Loaded once a folder is in use or chosen: the runner, and through it the merge engine only when a run starts.
const folderRunner = () => import('../../widgets/folder-sync-runner');
const folderAccess = () => import('../../platform/sync-folder');
const syncStatus = () => import('../../sync/sync-status');
const when = (at: number) => new Date(at).toLocaleString();

/**
 * The sync folder part of "Your other devices": choose a folder a cloud drive or Syncthing already syncs, and
 * this device writes its own file there and merges every other device's, by itself. Access lost after a restart
 * is asked back with one button; where the browser has no folder access, it says so and the file stays the way.
 */
export function SyncFolder({
  status,
  onRan,
  refresh,
}: {
  status: SyncStatus | null;
  onRan(run: FolderRun, folderName: string): void;
  refresh(): Promise<void>;
}) {
  const store = useContext(AppStoreContext) as AppStore;
  const [needsAccess, setNeedsAccess] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const { act, busy, error, setError } = useHeldAction({ onStart: () => setNote(null) });
  const folder = status?.folder ?? null;
  const folderName = folder?.name ?? null;

  const onEvent = useEffectEvent((event: FolderSyncEvent) => {
    setNeedsAccess(event.kind === 'needs-permission');
    setError(event.kind === 'failed' ? event.message : null);
    if (event.kind === 'ran' && folderName) onRan(event.run, folderName);
    void refresh();
  });

  useEffect(() => {
    if (!folderName) return;
    let live = true;
    let unsubscribe = () => {};
    void folderRunner().then((runner) => {
      if (!live) return;
      unsubscribe = runner.onFolderSync(onEvent);
      runner.startFolderSync(store);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [folderName, store]);

  const storeFolder = (chosen: { handle: FileSystemDirectoryHandle; name: string } | null) =>
    store.getState().withSyncDatabase(async (db) => {
      const { storeSyncFolder } = await syncStatus();
      await storeSyncFolder(db, chosen);
      return { touched: {} };
    });

  const choose = () =>
    act(async () => {
      const handle = await (await folderAccess()).chooseSyncFolder();
      if (!handle) return;
      await storeFolder({ handle, name: handle.name });
      await refresh();
      const runner = await folderRunner();
      runner.startFolderSync(store);
      await runner.runFolderSync(store);
    });

  const allow = (handle: FileSystemDirectoryHandle) =>
    act(async () => {
      // Asked first, inside the click: the browser shows its prompt only while the click is fresh.
      if ((await (await folderAccess()).folderPermission(handle, true)) !== 'granted') {
        setNeedsAccess(true);
        return setNote('Access was not allowed, so the folder is not synced. Allow it when you are ready.');
      }
      await (await folderRunner()).runFolderSync(store);
    });

  const syncNow = () => act(async () => void (await (await folderRunner()).runFolderSync(store)));

  const stop = (name: string) =>
    act(async () => {
      await storeFolder(null);
      setNeedsAccess(false);
      await refresh();
      setNote(
        `This device no longer syncs with “${name}”. Its own file stays in the folder: delete it there if no other device needs it.`,
      );
    });

  return (
    <div className="stack">
      <h3>Sync folder</h3>
      {!syncFolderSupported() && !folder ? (
        <p>
          This browser cannot keep a sync folder (Chrome or Edge on a computer or Android can), so save and
          merge a sync file instead.
        </p>
      ) : folder ? (
        <>
          <p>
            This device syncs with the folder “{folder.name}”: it writes its own file there and merges your
            other devices’ files when you open the app, come back to it, after your changes and every few
            minutes.
          </p>
          {needsAccess && (
            <div className="card highlight stack">
              <p>
                The browser needs your permission again to use “{folder.name}”. Nothing is synced until then.
              </p>
              <p>
                <button type="button" disabled={busy} onClick={() => void allow(folder.handle)}>
                  Allow access to {folder.name} again
                </button>
              </p>
            </div>
          )}
          {folder.last && <p>{folderRunText(folder.last, when)}</p>}
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={busy || needsAccess}
              onClick={() => void syncNow()}
            >
              Sync with the folder now
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void stop(folder.name)}
            >
              Stop using this folder
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Choose a folder your cloud drive or Syncthing already keeps on every device. This device then
            writes its own file there and merges the others’ by itself, with no file to send.
          </p>
          <p>
            <button type="button" disabled={busy} onClick={() => void choose()}>
              Choose a sync folder
            </button>
          </p>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {note && <p className="message">{note}</p>}
    </div>
  );
}
