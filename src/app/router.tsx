import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** Each view is its own chunk, loaded when first visited and precached for offline use. */
const loadToday = () => import('../features/today/today-route');
const loadPlan = () => import('../features/plan/plan-route');
const loadSession = () => import('../features/session/session-route');
const loadMisses = () => import('../features/misses/misses-route');
const loadData = () => import('../features/data/data-route');
const loadProgress = () => import('../features/progress/progress-route');
const loadReview = () => import('../features/review/review-route');

const viewsByPath: Record<string, () => Promise<unknown>> = {
  '/': loadToday,
  '/plan': loadPlan,
  '/session': loadSession,
  '/misses': loadMisses,
  '/data': loadData,
  '/progress': loadProgress,
  '/review': loadReview,
};

/**
 * Starts fetching the view for the address being opened. Called before the database opens, so the chunk
 * downloads while the store hydrates instead of after it (the router's own import reuses this one).
 */
export function preloadView(pathname: string): void {
  void viewsByPath[pathname.replace(/\/+$/, '') || '/']?.().catch(() => undefined);
}

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
          { index: true, lazy: loadToday },
          { path: 'plan', lazy: loadPlan },
          { path: 'session', lazy: loadSession },
          { path: 'misses', lazy: loadMisses },
          { path: 'data', lazy: loadData },
          { path: 'progress', lazy: loadProgress },
          { path: 'review', lazy: loadReview },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
