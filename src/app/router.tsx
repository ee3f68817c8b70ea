import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import type { Store } from '../store/store-types';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';
import { addClosingSlash, viewPath } from './sub-path';

/** Each view is its own chunk, loaded when first visited and precached for offline use. */
const loadToday = () => import('../features/today/today-route');
const loadPlan = () => import('../features/plan/plan-route');
const loadSession = () => import('../features/session/session-route');
const loadMisses = () => import('../features/misses/misses-route');
const loadData = () => import('../features/data/data-route');
const loadProgress = () => import('../features/progress/progress-route');
const loadReview = () => import('../features/review/review-route');
const loadRehearsal = () => import('../features/rehearsal/rehearsal-route');

/** What a view's route module may offer beside its component: the code its data needs, to fetch early. */
interface ViewModule {
  Component?: ComponentType;
  preloadParts?(state: Store): Promise<unknown>;
}

const viewsByPath: Record<string, () => Promise<ViewModule>> = {
  '/': loadToday,
  '/plan': loadPlan,
  '/session': loadSession,
  '/misses': loadMisses,
  '/data': loadData,
  '/progress': loadProgress,
  '/review': loadReview,
  '/rehearsal': loadRehearsal,
};

/**
 * Starts fetching the view for the address being opened. Called before the database opens, so the chunk
 * downloads while the store hydrates instead of after it (the router's own import reuses this one). The
 * returned function, called once the store has hydrated, resolves when the parts of the view that this
 * learner's data needs are loaded too, so the first render has them (a first visit has none to wait for).
 */
export function preloadView(pathname: string): (state: Store) => Promise<void> {
  const view = viewsByPath[viewPath(pathname, import.meta.env.BASE_URL)]?.();
  // A view that fails to load here is reported by the router when it asks for it again.
  view?.catch(() => undefined);
  return (state) =>
    (view ?? Promise.resolve<ViewModule>({}))
      .then((module) => module.preloadParts?.(state))
      .then(
        () => undefined,
        () => undefined,
      );
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
          { path: 'rehearsal', lazy: loadRehearsal },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

addClosingSlash(window.location, window.history, import.meta.env.BASE_URL);
export const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
