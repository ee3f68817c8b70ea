/** The lane patterns the booking rules read from the miss log and the mixed sets, memoised per store change. */
import { useMemo } from 'react';
import { collapsingLane, narrowingOf } from '../domain/miss-booking';
import { useAppStore } from '../store/use-app-store';

/** Whether misses narrow into a few lanes (the computed booking check), recomputed only when misses or sets change. */
export function useNarrowing() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  return useMemo(() => narrowingOf(Object.values(misses), Object.values(sets)), [misses, sets]);
}

/** The lane still collapsing in the latest set, if any (the final-72-hours warning). */
export function useCollapsingLane() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  return useMemo(() => collapsingLane(Object.values(misses), Object.values(sets)), [misses, sets]);
}
