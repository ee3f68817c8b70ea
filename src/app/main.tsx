import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/app-store';
import '../styles/global.css';
import { App } from './app';
import { openDatabase } from './open-database';
import { requestPersistenceOnFirstData } from './persist-storage';
import { syncTheme } from './theme';
import { reloadOnVersionChange } from './version-change';

async function start() {
  const root = document.getElementById('root')!;
  const { db, memoryReason } = await openDatabase();
  const handle = createAppStore({ db, memoryReason, channelName: 'ml-pro-study-tracker:rows' });
  if (db) reloadOnVersionChange(db, handle.store);
  try {
    // Hydration gates the first render: an action that ran before it would overwrite saved rows.
    await handle.hydrate();
    performance.mark('hydrated'); // npm run bench times hydration up to here
  } catch (error) {
    console.error(error);
    root.textContent =
      'Your saved study data could not be read. Reload the page; if this keeps happening, open /data to export a backup.';
    return;
  }
  syncTheme(handle.store);
  if (db) requestPersistenceOnFirstData(handle.store);
  createRoot(root).render(
    <StrictMode>
      <App store={handle.store} />
    </StrictMode>,
  );
}

void start();
