import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { StudyDatabase } from '../../src/db/database';
import { createAppStore, type AppStore } from '../../src/store/app-store';
import { AppStoreContext } from '../../src/store/use-app-store';

/** Renders a view against a store hydrated from a fresh fake-indexeddb database, as the app does at start. */
export async function renderWithStore(ui: ReactNode, { path = '/', now = () => Date.now() } = {}) {
  const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  const handle = createAppStore({ db, now });
  await handle.hydrate();
  const view = renderInStore(handle.store, ui, path);
  return { ...view, db, store: handle.store, idle: handle.idle, reload: handle.reload };
}

/** Renders a view against a store already open, as a reload of the page does with what is stored. */
export function renderInStore(store: AppStore, ui: ReactNode, path = '/') {
  return render(
    <AppStoreContext value={store}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppStoreContext>,
  );
}
