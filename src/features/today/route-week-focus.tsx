import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { countOf, nouns } from '../../domain/plural';
import { weekIndexOf } from '../../domain/route';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { TaskCheckbox } from '../../widgets/task-checkbox';

const nextTaskCount = 3;

/** A route week's next tasks (its own and any added to it), with what is still open from earlier weeks. */
export function RouteWeekFocus({ weekIndex, upNext = false }: { weekIndex: number; upNext?: boolean }) {
  const ticks = useAppStore((s) => s.ticks);
  const extraTasks = useAppStore((s) => s.extraTasks);
  const route = useRoute();
  const week = route.weeks[weekIndex];
  // Extra tasks (repairs from the miss log) sit in the week the plan shows them in.
  const weekExtras = useMemo(
    () =>
      Object.values(extraTasks)
        .filter((extra) => weekIndexOf(route, extra.weekOf) === weekIndex)
        .sort((a, b) => a.createdAt - b.createdAt),
    [extraTasks, route, weekIndex],
  );
  if (!week) return null;
  const nextTasks = [...week.tasks, ...weekExtras]
    .filter((task) => !(task.id in ticks))
    .slice(0, nextTaskCount);
  // Behind pace only while the route runs: work from its earlier weeks that is still unticked.
  const overdue = upNext
    ? 0
    : route.weeks
        .slice(0, weekIndex)
        .flatMap((w) => w.tasks)
        .filter((task) => !(task.id in ticks)).length;

  return (
    <>
      {overdue > 0 && (
        <p className="banner warning">
          Behind pace: {countOf(overdue, nouns.task)} from earlier weeks still unticked.{' '}
          <Link to="/plan">Catch up on your plan</Link>
        </p>
      )}
      <section className="card" aria-labelledby="this-week-heading">
        <h2 id="this-week-heading">
          {upNext ? 'Up next' : 'This week'}: week {week.number}, {week.focus}
        </h2>
        <p>
          What to do: <span className="what-to-do">{week.whatToDo}</span>
        </p>
        {nextTasks.length > 0 ? (
          <ul className="task-list" aria-label="Next tasks">
            {nextTasks.map((task) => (
              <li key={task.id}>
                <TaskCheckbox id={task.id} label={task.label} lessons={task.lessons} />
              </li>
            ))}
          </ul>
        ) : (
          <p>Every task of this week is ticked.</p>
        )}
        <p className="actions">
          <Link className="button" to="/session">
            Start a 60-minute session
          </Link>
          <Link to={`/plan#week-${week.number}`}>See the whole week</Link>
        </p>
      </section>
    </>
  );
}
