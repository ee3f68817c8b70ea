import { useMemo } from 'react';
import { planTaskIds, progressOf, type Progress } from '../domain/progress';
import { routeTaskIds } from '../domain/route';
import { useRoute, useRouteTicks, useRouteExtras } from '../store/selectors';

/** "n of m done" for the whole plan, the one count Today and /plan both show. */
export function usePlanProgress(): Progress {
  const route = useRoute();
  const ticks = useRouteTicks();
  const extraTasks = useRouteExtras();
  return useMemo(
    () => progressOf(planTaskIds(routeTaskIds(route), Object.keys(extraTasks)), (id) => id in ticks),
    [route, ticks, extraTasks],
  );
}
