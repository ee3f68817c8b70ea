import { useMemo } from 'react';
import { buildRoute, recommendRoute, type Route } from '../domain/route';
import type { RowTable } from '../domain/tables';
import { useAppStore } from './use-app-store';

/** The dated route for the saved set-up; rebuilt only when the set-up changes. */
export function useRoute(): Route {
  const setup = useAppStore((s) => s.setup);
  return useMemo(() => buildRoute(setup), [setup]);
}

export function useRecommendation() {
  const hoursBand = useAppStore((s) => s.setup.hoursBand);
  const startingPoint = useAppStore((s) => s.setup.startingPoint);
  return useMemo(() => recommendRoute({ hoursBand, startingPoint }), [hoursBand, startingPoint]);
}

export function useIsTicked(id: string): boolean {
  return useAppStore((s) => id in s.ticks);
}

/** Whether a table holds any row: stops at the first, so it costs the same with ten thousand. */
export function hasRows(rows: Readonly<Record<string, unknown>>): boolean {
  for (const key in rows) if (Object.hasOwn(rows, key)) return true;
  return false;
}

export function useHasRows(table: RowTable): boolean {
  return useAppStore((s) => hasRows(s[table]));
}
