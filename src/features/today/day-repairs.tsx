import { useMemo } from 'react';
import { formatShortDate } from '../../domain/dates';
import { isAfterRoute } from '../../domain/route';
import { useRoute, useRouteTicks, useRouteExtras } from '../../store/selectors';
import { useToday } from '../../ui/use-now';
import { TaskCheckbox } from '../../widgets/task-checkbox';

/**
 * Repair lessons added once the route's weeks were over (judgment rule 4): they belong to a day, and Today is
 * where that day's work is ticked. Open ones stay until ticked; ticked ones stay for the day they were added.
 */
export function DayRepairs() {
  const route = useRoute();
  const today = useToday();
  const extraTasks = useRouteExtras();
  const ticks = useRouteTicks();
  const repairs = useMemo(
    () =>
      Object.values(extraTasks)
        .filter((extra) => isAfterRoute(route, extra.weekOf))
        .filter((extra) => !(extra.id in ticks) || extra.weekOf === today)
        .sort((a, b) => a.createdAt - b.createdAt),
    [extraTasks, route, ticks, today],
  );
  if (repairs.length === 0) return null;
  return (
    <ul className="task-list" aria-label="Repair lessons">
      {repairs.map((extra) => (
        <li key={extra.id}>
          {/* The label is the lesson's own name: listing the lesson under it again would say it twice. */}
          <TaskCheckbox
            id={extra.id}
            label={
              extra.weekOf === today ? extra.label : `${extra.label} (added ${formatShortDate(extra.weekOf)})`
            }
          />
        </li>
      ))}
    </ul>
  );
}
