import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/app-store';
import '../styles/global.css';
import { App } from './app';
import { openDatabase } from './open-database';
import { syncTheme } from './theme';

async function start() {
  const root = document.getElementById('root')!;
  const db = await openDatabase();
  const handle = createAppStore({ db, channelName: 'ml-pro-study-tracker:rows' });
  try {
    // Hydration gates the first render: an action that ran before it would overwrite saved rows.
    await handle.hydrate();
  } catch (error) {
    console.error(error);
    root.textContent =
      'Your saved study data could not be read. Reload the page; if this keeps happening, open /data to export a backup.';
    return;
  }
  syncTheme(handle.store);
  createRoot(root).render(
    <StrictMode>
      <App store={handle.store} />
    </StrictMode>,
  );
}

void start();
