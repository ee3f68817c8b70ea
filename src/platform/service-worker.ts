import { useEffect, useRef, useState } from 'react';

/**
 * The offline service worker, registered by hand: what the app needs from it is small (register, say when the
 * first install makes the app work offline, offer a waiting update, apply it on request, notice when it took
 * over), and doing it here keeps workbox-window (2.2 kB gzip, plus its wrapper) out of every first visit.
 * The worker vite-plugin-pwa generates waits after installing until a page posts `SKIP_WAITING`.
 */
export interface ServiceWorkerEvents {
  /** A new version has installed and waits for its turn. */
  onNeedRefresh(): void;
  /** The first install finished: the app now opens offline. */
  onOfflineReady(): void;
  /** A new version took over this page (applied here or in another tab): the page should reload when it can. */
  onNeedReload(): void;
}

type Container = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
type Registration = Pick<ServiceWorkerRegistration, 'waiting' | 'installing' | 'addEventListener'>;

/**
 * Follows one registration. An update is only ever offered while an older version controls the page: Firefox
 * also reports a very first install as waiting when the learner moves to another page while it is still
 * installing (measured with Firefox ESR 153), and "updating" then would only reload the page.
 * Returns how to apply the waiting version.
 */
export function watchServiceWorker(
  container: Container,
  registration: Registration,
  events: ServiceWorkerEvents,
): { applyUpdate(): void } {
  const hadController = container.controller !== null;
  let waiting: ServiceWorker | null = null;
  const offer = (worker: ServiceWorker) => {
    waiting = worker;
    events.onNeedRefresh();
  };
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state !== 'installed') return;
      if (container.controller) offer(installing);
      else events.onOfflineReady();
    });
  });
  container.addEventListener('controllerchange', () => {
    // A first install never takes over an open page (the worker does not claim clients), so a change of
    // controller here is always a new version replacing an old one.
    if (hadController) events.onNeedReload();
  });
  return {
    applyUpdate: () => waiting?.postMessage({ type: 'SKIP_WAITING' }),
  };
}

/**
 * Registers the worker once per page and reports its news to the update prompt. In development there is no
 * worker to register (the dev server serves none).
 */
export function useServiceWorker({
  onNeedReload,
  onRegisterError,
}: {
  onNeedReload(): void;
  onRegisterError(error: unknown): void;
}) {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const [worker, setWorker] = useState<{ applyUpdate(): void } | null>(null);
  // The latest callbacks, without registering again when the prompt re-renders.
  const callbacks = useRef({ onNeedReload, onRegisterError });
  useEffect(() => {
    callbacks.current = { onNeedReload, onRegisterError };
  });

  useEffect(() => {
    const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!container || import.meta.env.DEV) return;
    let active = true;
    container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then(
      (registration) => {
        if (!active) return;
        setWorker(
          watchServiceWorker(container, registration, {
            onNeedRefresh: () => setNeedRefresh(true),
            onOfflineReady: () => setOfflineReady(true),
            onNeedReload: () => callbacks.current.onNeedReload(),
          }),
        );
      },
      (error: unknown) => callbacks.current.onRegisterError(error),
    );
    return () => {
      active = false;
    };
  }, []);

  return {
    needRefresh: [needRefresh, setNeedRefresh] as const,
    offlineReady: [offlineReady, setOfflineReady] as const,
    updateServiceWorker: () => worker?.applyUpdate(),
  };
}
