import { createElement, Suspense, use, type ComponentType, type ReactNode } from 'react';

export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the code; resolves once the part can render without suspending. */
  preload(): Promise<void>;
}

/**
 * A part of a view whose code loads only when it is shown: for parts that show the learner's data and have
 * nothing to show on a first visit (the miss log's list and charts, a collapsing-lane warning), so a first visit
 * does not download them. `preload()` lets the app fetch them while the store hydrates, so a returning learner's
 * first render already has them and nothing pops in afterwards. The tree is the same whether the code was
 * preloaded or not (a Suspense boundary around the part), so loading never remounts the part or loses its state.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): LazyPart<P> {
  // The promise says when it has settled, the way React marks promises it has seen, so `use` reads a part that
  // was preloaded without suspending; and the part calls `use` on every render, as React requires of a
  // component that once suspended on it.
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    if (loading) return loading;
    const promise: Promise<ComponentType<P>> = load().then(
      (component) => {
        Reflect.set(promise, 'status', 'fulfilled');
        Reflect.set(promise, 'value', component);
        return component;
      },
      (error: unknown) => {
        // Offline before the chunk was cached: a later render may fetch it again.
        loading = null;
        throw error;
      },
    );
    return (loading = promise);
  };
  const Loaded = (props: P) => createElement(use(start()), props);
  const Part = (props: P) => createElement(Suspense, { fallback }, createElement(Loaded, props));
  Part.preload = () => start().then(() => undefined);
  return Part;
}
