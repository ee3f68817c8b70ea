import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { countText } from '../../domain/count-text';
import { weekIndexOf } from '../../domain/route';
import { useRoute, useRouteTicks, useRouteExtras } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { TaskCheckbox } from '../../widgets/task-checkbox';
import './today.css';

const nextTaskCount = 3;
/** How long a task ticked here offers its Undo. */
const undoMs = 8_000;

/** A route week's next tasks (its own and any added to it), with what is still open from earlier weeks. */
export function RouteWeekFocus({ weekIndex, upNext = false }: { weekIndex: number; upNext?: boolean }) {
  const ticks = useRouteTicks();
  const extraTasks = useRouteExtras();
  const setTicked = useAppStore((s) => s.setTicked);
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
  // Tasks ticked on this page stay where they were, struck through, so nothing slides under the finger that
  // just tapped; the newest one offers Undo for a few seconds.
  const [kept, setKept] = useState<readonly string[]>([]);
  const [undoable, setUndoable] = useState<string | null>(null);
  useEffect(() => {
    if (undoable === null) return;
    const timer = window.setTimeout(() => setUndoable(null), undoMs);
    return () => window.clearTimeout(timer);
  }, [undoable]);
  if (!week) return null;
  const nextTasks = shownTasks([...week.tasks, ...weekExtras], (taskId) => taskId in ticks, kept);
  // Behind pace only while the route runs: work from its earlier weeks that is still unticked.
  const overdue = upNext
    ? 0
    : route.weeks
        .slice(0, weekIndex)
        .flatMap((w) => w.tasks)
        .filter((task) => !(task.id in ticks)).length;

  // Ordered by what the learner does next (judgment rule 9): the session and the week's next tasks first, so
  // they are on a phone's first screen; what the week asks for and any earlier work still open follow.
  return (
    <section className="card" aria-labelledby="this-week-heading">
      <h2 id="this-week-heading">
        {upNext ? 'Up next' : 'This week'}: week {week.number}, {week.focus}
      </h2>
      <p className="actions">
        <Link className="button" to="/session">
          Start a 60-minute session
        </Link>
        <Link className="button secondary" to="/misses">
          Log a mixed set
        </Link>
      </p>
      {nextTasks.length > 0 ? (
        <ul className="task-list" aria-label="Next tasks">
          {nextTasks.map((task) => (
            <li key={task.id}>
              <TaskCheckbox
                id={task.id}
                label={task.label}
                lessons={task.lessons}
                onTicked={(ticked) => {
                  if (ticked) setKept((ids) => (ids.includes(task.id) ? ids : [...ids, task.id]));
                  setUndoable(ticked ? task.id : null);
                }}
                extra={
                  undoable === task.id && task.id in ticks ? (
                    <button
                      type="button"
                      className="secondary undo-tick"
                      aria-label={`Undo: untick ${task.label}`}
                      onClick={() => {
                        setUndoable(null);
                        void setTicked(task.id, false);
                      }}
                    >
                      Undo
                    </button>
                  ) : undefined
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>Every task of this week is ticked.</p>
      )}
      <p>
        What to do: <span className="what-to-do">{week.whatToDo}</span>{' '}
        <Link to={`/plan#week-${week.number}`}>See the whole week</Link>
      </p>
      {overdue > 0 && (
        <p className="message warning">
          Behind pace: {countText(overdue, 'task')} from earlier weeks still unticked.{' '}
          <Link to="/plan">Catch up on your plan</Link>
        </p>
      )}
    </section>
  );
}

/**
 * The next `nextTaskCount` open tasks in plan order, with the tasks ticked on this page left in their places
 * among them.
 */
function shownTasks<T extends { id: string }>(
  tasks: readonly T[],
  isTicked: (id: string) => boolean,
  kept: readonly string[],
): T[] {
  const shown: T[] = [];
  let open = 0;
  for (const task of tasks) {
    if (isTicked(task.id)) {
      if (kept.includes(task.id)) shown.push(task);
    } else if (open < nextTaskCount) {
      open += 1;
      shown.push(task);
    }
  }
  return shown;
}
