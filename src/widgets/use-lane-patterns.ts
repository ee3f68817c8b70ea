/** The lane patterns the booking rules read from the miss log and the mixed sets, memoised per store change. */
import { useMemo } from 'react';
import {
  collapsingLane,
  latestJudgedSet,
  laneStateOf,
  narrowingOf,
  type LaneState,
} from '../domain/miss-booking';
import { plannedRepairLessons, repairPlace } from '../domain/route';
import type { LessonId } from '../domain/seed-ids';
import { useRoute, useRouteExtras, useRouteTicks } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';
import { useToday } from '../ui/use-now';

/** The lane still collapsing in the latest set, if any, before any repair work is read. */
function useCollapsingLane() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  return useMemo(() => collapsingLane(Object.values(misses), Object.values(sets)), [misses, sets]);
}

/**
 * The one lane verdict every card shows (judgment rule 8): clear, collapsing, or repaired and waiting for a light
 * set. Repair work is every task with lessons, route and added alike, ticked since the collapsing set.
 */
export function useLaneState(): LaneState {
  const collapse = useCollapsingLane();
  const route = useRoute();
  const ticks = useAppStore((s) => s.ticks);
  const extraTasks = useAppStore((s) => s.extraTasks);
  return useMemo(() => {
    const tasks = [...route.weeks.flatMap((week) => week.tasks), ...Object.values(extraTasks)];
    return laneStateOf(
      collapse,
      tasks.map((task) => ({ lessons: task.lessons, tickedAt: ticks[task.id]?.tickedAt ?? null })),
    );
  }, [collapse, route, ticks, extraTasks]);
}

/** Whether misses narrow into a few lanes (the computed booking check), in step with the lane verdict. */
export function useNarrowing() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const lane = useLaneState();
  return useMemo(() => narrowingOf(Object.values(misses), Object.values(sets), lane), [misses, sets, lane]);
}

/**
 * Where repair added today goes (this week, or today once the route's weeks are over), and the lessons already
 * added there, so no card asks to add them again.
 */
export function usePlannedRepairLessons(): { place: ReturnType<typeof repairPlace>; lessons: Set<LessonId> } {
  const route = useRoute();
  const today = useToday();
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const ticks = useRouteTicks();
  const extraTasks = useRouteExtras();
  return useMemo(
    () => ({
      place: repairPlace(route, today),
      lessons: plannedRepairLessons(
        route,
        Object.values(extraTasks),
        (id) => ticks[id]?.tickedAt ?? null,
        today,
        latestJudgedSet(Object.values(misses), Object.values(sets))?.createdAt ?? 0,
      ),
    }),
    [route, extraTasks, ticks, today, misses, sets],
  );
}
