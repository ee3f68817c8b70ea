import { useMemo } from 'react';
import { collapsingLane, isNarrowing } from '../domain/miss-booking';
import { useAppStore } from '../store/use-app-store';

/** The computed booking signal, recomputed only when misses or sets change. */
export function useNarrowing() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  return useMemo(() => isNarrowing(Object.values(misses), Object.values(sets)), [misses, sets]);
}

export function useCollapsingLane() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  return useMemo(() => collapsingLane(Object.values(misses), Object.values(sets)), [misses, sets]);
}
