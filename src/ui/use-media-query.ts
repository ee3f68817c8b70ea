import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, re-rendering when it flips (a phone turned sideways). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
  );
}

/** The breakpoint under which the layout is a phone's: one column, bottom navigation, folded filters. */
export const phoneQuery = '(max-width: 47.99rem)';
