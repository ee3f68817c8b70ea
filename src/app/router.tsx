import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** Each view is its own chunk, loaded when first visited and precached for offline use. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <p role="status">Loading…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('../features/today/today-route') },
          { path: 'plan', lazy: () => import('../features/plan/plan-route') },
          { path: 'session', lazy: () => import('../features/session/session-route') },
          { path: 'misses', lazy: () => import('../features/misses/misses-route') },
          { path: 'data', lazy: () => import('../features/data/data-route') },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
