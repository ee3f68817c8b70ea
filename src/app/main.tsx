import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/app-store';
import '../styles/global.css';
import '../styles/print.css';
import { App } from './app';
import { openDatabase } from '../db/connection';
import { showBlockedUpgrade, showSlowOpen } from './boot-status';
import { draftStorage } from '../db/drafts-repository';
import { connectDrafts } from '../platform/drafts';
import { pageNow } from '../platform/page-clock';
import { preloadView } from './router';
import { handOverFromShell } from './shell-handover';
import { requestPersistenceOnFirstData } from './persist-storage';
import { startSyncFolderIfChosen } from './sync-folder-start';
import { syncTheme } from './theme';
import { reloadOnVersionChange } from './version-change';

async function start() {
  const root = document.getElementById('root')!;
  handOverFromShell(root);
  const viewParts = preloadView(window.location.pathname);
  const { db, memoryReason } = await openDatabase(showBlockedUpgrade, { onSlow: showSlowOpen });
  connectDrafts(db && draftStorage(db));
  const handle = createAppStore({ db, memoryReason, now: pageNow, channelName: 'ml-pro-study-tracker:rows' });
  if (db) reloadOnVersionChange(db, handle.store);
  try {
    // Hydration gates the first render: an action that ran before it would overwrite saved rows.
    await handle.hydrate();
    performance.mark('hydrated'); // npm run bench times hydration up to here
    await viewParts(handle.store.getState());
  } catch (error) {
    console.error(error);
    root.textContent =
      'Your saved study data could not be read. Reload the page; if this keeps happening, open /data to export a backup.';
    return;
  }
  syncTheme(handle.store);
  if (db) requestPersistenceOnFirstData(handle.store);
  // A transition lets React render the first view in slices, so a slow phone gets no long task before the
  // page can answer a tap; the boot message stays on screen until the view is ready.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App store={handle.store} />
      </StrictMode>,
    ),
  );
  if (db) startSyncFolderIfChosen(db, handle.store);
}

void start();
