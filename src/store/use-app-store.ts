import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './app-store';
import type { Store } from './store-types';

export const AppStoreContext = createContext<AppStore | null>(null);

/**
 * Read the store through a selector. Selectors must return primitives or references the store already holds:
 * zustand 5 re-renders forever on a selector that builds a new array each call (use `useShallow` for tuples).
 */
export function useAppStore<T>(selector: (state: Store) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreContext provider.');
  return useStore(store, selector);
}
