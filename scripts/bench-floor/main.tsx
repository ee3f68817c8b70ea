// The floor for the first-load JavaScript ratio: the app's runtime packages used the way src/app uses them
// (a browser router with a lazy route, a vanilla zustand store behind a context hook, a Dexie database read
// before the first render, the service-worker prompt), with no product code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NavLink, Outlet, RouterProvider, createBrowserRouter, useNavigation } from 'react-router-dom';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { FloorDatabase } from './floor-database';
import { FloorStoreContext, createFloorStore } from './floor-store';

function Layout() {
  const navigation = useNavigation();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  return (
    <>
      <nav aria-label="Main">
        <NavLink to="/">Home</NavLink>
      </nav>
      <main aria-busy={navigation.state === 'loading'}>
        {needRefresh && (
          <button type="button" onClick={() => void updateServiceWorker(true)}>
            Update
          </button>
        )}
        <Outlet />
      </main>
    </>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [{ index: true, lazy: () => import('./floor-route') }],
  },
]);

async function start() {
  const db = new FloorDatabase();
  await db.open();
  const rows = await db.transaction('r', db.rows, () => db.rows.toArray());
  const store = createFloorStore(db, rows[0]?.value ?? 0);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <FloorStoreContext value={store}>
        <RouterProvider router={router} />
      </FloorStoreContext>
    </StrictMode>,
  );
}

void start();
