import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { examClock } from '../../domain/countdown';
import { daysBetween, formatLongDate } from '../../domain/dates';
import { examFit } from '../../domain/pace';
import { progressOf } from '../../domain/progress';
import { currentWeekIndex, routeTaskIds, weekIndexOf } from '../../domain/route';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { BookingSummary } from '../../widgets/booking-summary';
import { CollapsingLaneWarning } from '../../widgets/collapsing-lane-warning';
import { FinalRules } from '../../ui/final-rules';
import { Page } from '../../ui/page';
import { ProgressBar } from '../../ui/progress-bar';
import { TaskCheckbox } from '../../widgets/task-checkbox';
import { useNow, useToday } from '../../ui/use-clock';
import { DueReviews } from '../../widgets/due-reviews';
import { WeeklyHours } from '../../widgets/weekly-hours';

const nextTaskCount = 3;

export function Component() {
  const setup = useAppStore((s) => s.setup);
  const ticks = useAppStore((s) => s.ticks);
  const extraTasks = useAppStore((s) => s.extraTasks);
  const route = useRoute();
  const today = useToday();
  const now = useNow(60_000);
  const clock = examClock(setup.examDate, setup.examTime, now);
  const fit = useMemo(() => examFit(setup, route.kind, today), [setup, route.kind, today]);
  const index = currentWeekIndex(route, today);
  const inRoute = index !== null && index >= 0 && index < route.weeks.length;
  const shownIndex = index !== null && index >= 0 ? Math.min(index, route.weeks.length - 1) : 0;
  const week = route.weeks[shownIndex];
  // Extra tasks (repairs from the miss log) sit in the week the plan shows them in.
  const weekExtras = useMemo(
    () =>
      Object.values(extraTasks)
        .filter((extra) => weekIndexOf(route, extra.weekOf) === shownIndex)
        .sort((a, b) => a.createdAt - b.createdAt),
    [extraTasks, route, shownIndex],
  );
  const nextTasks = [...(week?.tasks ?? []), ...weekExtras]
    .filter((task) => !(task.id in ticks))
    .slice(0, nextTaskCount);
  const overall = progressOf(routeTaskIds(route), (id) => id in ticks);
  const daysToExam = setup.examDate ? daysBetween(today, setup.examDate) : null;
  // Behind pace: work from weeks that are already over is still unticked.
  const overdue =
    index !== null && index > 0
      ? route.weeks
          .slice(0, Math.min(index, route.weeks.length))
          .flatMap((w) => w.tasks)
          .filter((task) => !(task.id in ticks)).length
      : 0;

  return (
    <Page title="Today" lead={<p>{formatLongDate(today)}</p>}>
      {clock.phase === 'final-72' && (
        <section className="banner warning" aria-labelledby="today-final-72">
          <p>
            <strong>Final 72 hours: your exam starts in {Math.max(0, clock.hoursToExam ?? 0)} hours.</strong>
          </p>
          <FinalRules id="today-final-72" />
        </section>
      )}
      <CollapsingLaneWarning />
      {overdue > 0 && (
        <p className="banner warning">
          Behind pace: {overdue} {overdue === 1 ? 'task' : 'tasks'} from earlier weeks{' '}
          {overdue === 1 ? 'is' : 'are'} still unticked. <Link to="/plan">Catch up on your plan</Link>
        </p>
      )}
      {!setup.hoursBand && (
        <p className="banner">
          Start by telling the app your hours and exam date: <Link to="/plan">set up your plan</Link>.
        </p>
      )}
      <div className="grid-2">
        <section className="card" aria-labelledby="exam-heading">
          <h2 id="exam-heading">Exam</h2>
          {daysToExam === null ? (
            <p>
              No exam date yet. <Link to="/plan">Add it</Link> when you book.
            </p>
          ) : daysToExam >= 0 ? (
            <p>
              <span className="stat">{daysToExam}</span> {daysToExam === 1 ? 'day' : 'days'} to your exam
            </p>
          ) : (
            <p>Your exam date has passed.</p>
          )}
          {fit.status !== 'fits' && fit.status !== 'no-exam' && (
            <p className="message warning">{fit.message}</p>
          )}
        </section>
        <section className="card" aria-labelledby="route-progress-heading">
          <h2 id="route-progress-heading">Route</h2>
          <p>
            {route.info.name} ({route.info.days})
          </p>
          <ProgressBar label="Whole route" progress={overall} />
        </section>
      </div>
      {week && (
        <section className="card" aria-labelledby="this-week-heading">
          <h2 id="this-week-heading">
            {inRoute ? 'This week' : 'Up next'}: week {week.number}, {week.focus}
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
      )}
      <WeeklyHours />
      <DueReviews />
      <BookingSummary />
    </Page>
  );
}
