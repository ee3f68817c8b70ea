import { useMemo } from 'react';
import { formatShortDate } from '../domain/dates';
import { isAfterRoute } from '../domain/route';
import { useRoute, useRouteTicks, useRouteExtras } from '../store/selectors';
import { useToday } from '../ui/use-now';
import { TaskCheckbox } from './task-checkbox';

/**
 * Repair lessons added once the route's weeks were over (judgment rule 4): they belong to a day, not to a week
 * already past. Open ones stay until ticked; ticked ones stay for the day they were added. Today and /plan list
 * the same rows.
 */
function useDayRepairs() {
  const route = useRoute();
  const today = useToday();
  const extraTasks = useRouteExtras();
  const ticks = useRouteTicks();
  return useMemo(
    () =>
      Object.values(extraTasks)
        .filter((extra) => isAfterRoute(route, extra.weekOf))
        .filter((extra) => !(extra.id in ticks) || extra.weekOf === today)
        .sort((a, b) => a.createdAt - b.createdAt),
    [extraTasks, route, ticks, today],
  );
}

export function DayRepairs() {
  const today = useToday();
  const repairs = useDayRepairs();
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

/** On /plan, after the route's weeks: the repairs Today lists, under a heading, only while there are some. */
export function AfterRouteRepairs() {
  const repairs = useDayRepairs();
  if (repairs.length === 0) return null;
  return (
    <section className="card" aria-labelledby="after-route-repairs-heading" id="after-route">
      <h2 id="after-route-repairs-heading">After the route&apos;s weeks: repair lessons</h2>
      <p>
        Added once the route&apos;s weeks were over, each on the day it was added for; Today lists them too.
      </p>
      <DayRepairs />
    </section>
  );
}
