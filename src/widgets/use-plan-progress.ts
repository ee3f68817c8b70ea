import { useMemo } from 'react';
import { planTaskIds, progressOf, type Progress } from '../domain/progress';
import { routeTaskIds } from '../domain/route';
import { useRoute } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';

/** "n of m done" for the whole plan, the one count Today and /plan both show. */
export function usePlanProgress(): Progress {
  const route = useRoute();
  const ticks = useAppStore((s) => s.ticks);
  const extraTasks = useAppStore((s) => s.extraTasks);
  return useMemo(
    () => progressOf(planTaskIds(routeTaskIds(route), Object.keys(extraTasks)), (id) => id in ticks),
    [route, ticks, extraTasks],
  );
}
