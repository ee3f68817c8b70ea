import { useMemo } from 'react';
import { laneRepair, type CollapsingLane, type LaneRepair } from '../domain/miss-booking';
import { useRoute } from '../store/selectors';
import { useAppStore } from '../store/use-app-store';

/** How far the collapsing lane's repair lessons are ticked since that set (null while no lane collapses). */
export function useLaneRepair(collapse: CollapsingLane | null): LaneRepair | null {
  const route = useRoute();
  const ticks = useAppStore((s) => s.ticks);
  const extraTasks = useAppStore((s) => s.extraTasks);
  return useMemo(() => {
    if (!collapse) return null;
    const tasks = [...route.weeks.flatMap((week) => week.tasks), ...Object.values(extraTasks)];
    return laneRepair(
      collapse,
      tasks.map((task) => ({ lessons: task.lessons, tickedAt: ticks[task.id]?.tickedAt ?? null })),
    );
  }, [collapse, route, ticks, extraTasks]);
}
