import { useMemo } from 'react';
import { buildRoute, onCurrentRoute, recommendRoute, type Route } from '../domain/route';
import type { ExtraTaskRecord, TickRecord } from '../domain/records';
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

/** Ticked on the current route: a tick from a route before a retake is not done on this one. */
export function useIsTicked(id: string): boolean {
  return useAppStore((s) => {
    const tick = s.ticks[id];
    return tick !== undefined && onCurrentRoute(tick.tickedAt, s.setup);
  });
}

/** Only the rows of `rows` made since the current route began; the same object when every row is. */
function useOnRoute<T>(
  rows: Readonly<Record<string, T>>,
  at: (row: T) => number,
): Readonly<Record<string, T>> {
  const since = useAppStore((s) => s.setup.routeStartedAt);
  return useMemo(() => {
    if (since == null) return rows;
    return Object.fromEntries(Object.entries(rows).filter(([, row]) => at(row) >= since));
  }, [rows, since, at]);
}

const tickedAt = (tick: TickRecord) => tick.tickedAt;
const createdAt = (extra: ExtraTaskRecord) => extra.createdAt;

/** The ticks that count as done on the current route. */
export function useRouteTicks(): Readonly<Record<string, TickRecord>> {
  return useOnRoute(
    useAppStore((s) => s.ticks),
    tickedAt,
  );
}

/** The tasks added to the current route (repairs added on an earlier route stay with it). */
export function useRouteExtras(): Readonly<Record<string, ExtraTaskRecord>> {
  return useOnRoute(
    useAppStore((s) => s.extraTasks),
    createdAt,
  );
}

/** Whether a table holds any row: stops at the first, so it costs the same with ten thousand. */
export function hasRows(rows: Readonly<Record<string, unknown>>): boolean {
  for (const key in rows) if (Object.hasOwn(rows, key)) return true;
  return false;
}

export function useHasRows(table: RowTable): boolean {
  return useAppStore((s) => hasRows(s[table]));
}
