import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { countdownTickId } from '../../domain/exam-countdown';
import { daysBetween, formatLongDate, formatShortDate } from '../../domain/dates';
import { examFit } from '../../domain/pace';
import { practiceExamOffered } from '../../domain/exam-shape';
import { firstOpenWeekIndex } from '../../domain/route';
import { countText, nounFor } from '../../domain/count-text';
import { afterRouteFocus, examStartText, type TodayState } from '../../domain/today-phase';
import { viewHeadings } from '../../domain/view-headings';
import { routeMayChange } from '../../domain/route-advice';
import { useHasRows, useRoute, useRouteTicks } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { BackupReminder } from '../../widgets/backup-reminder';
import { FinalRules } from '../../ui/final-rules';
import { Page } from '../../ui/page';
import { ProgressBar } from '../../ui/progress-bar';
import { BookingSummary } from '../../widgets/booking-summary';
import { PracticeExamLink } from '../../widgets/practice-exam-link';
import { preloadWidgetParts } from '../../widgets/widget-parts';
import { CollapsingLaneWarning } from '../../widgets/collapsing-lane-warning';
import { StudyLogCard } from '../../widgets/study-log-card';
import { TaskCheckbox } from '../../widgets/task-checkbox';
import { usePlanProgress } from '../../widgets/use-plan-progress';
import { DueReviews } from '../../widgets/due-reviews';
import { WeeklyHours } from '../../widgets/weekly-hours';
import { useTodayState } from '../../widgets/use-today-state';
import { DayRepairs } from '../../widgets/day-repairs';
import { ExamOutcome } from './exam-outcome';
import { RouteWeekFocus } from './route-week-focus';
import { EmptyAppStart } from '../../widgets/empty-app-start';
import { useHasLearnerData } from '../../widgets/use-has-learner-data';
import { WebKitEvictionNotice } from '../../widgets/webkit-eviction-notice';
import '../../ui/compact-banner.css';

/** The code this learner's data needs on this page, fetched while the store hydrates (src/app/main.tsx). */
export const preloadParts = preloadWidgetParts;

/** Judgment rule 2: Today follows the calendar, from before the start to after the exam. */
export function Component() {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const hasData = useHasLearnerData();
  const state = useTodayState();
  const fit = useMemo(() => examFit(setup, route.kind, state.today), [setup, route.kind, state.today]);
  const progress = usePlanProgress();
  const daysToExam = setup.examDate ? daysBetween(state.today, setup.examDate) : null;

  // After the exam no booking, pace or hours prompts (judgment rule 7). Before there is a plan (hours chosen)
  // there are no hours to measure against, and a ticked task is no booking evidence: the booking card waits for
  // the plan or for what it judges (a mixed set, a self-check). Study done before the plan can still be logged.
  const studying = state.phase !== 'after-exam';
  const planned = setup.hoursBand !== null;
  const hasSets = useHasRows('sets');
  const hasSelfChecks = useHasRows('signals');

  // Ordered by what the learner does next (judgment rule 9): compact warnings, today's action, then the rest.
  return (
    <Page title={viewHeadings.today.title} lead={<p>{viewHeadings.today.lead}</p>}>
      <p className="today-date">{formatLongDate(state.today)}</p>
      {state.final72 && (
        <section className="banner warning compact" aria-label="Final 72 hours">
          <p>
            <strong>{examStartText(state)}</strong>
          </p>
          <details>
            <summary>What not to do</summary>
            <FinalRules headingLevel={3} id="today-final-72" />
          </details>
        </section>
      )}
      {state.phase !== 'after-exam' && <CollapsingLaneWarning />}
      <EmptyAppStart />
      {!setup.hoursBand && hasData && (
        <p className="banner">
          Start by telling the app your hours and exam date: <Link to="/plan">set up your plan</Link>.
        </p>
      )}
      <TodayFocus state={state} />
      <PracticeExamLink offer={practiceExamOffered(state, route.weeks.length)} />
      <WebKitEvictionNotice />
      <DueReviews />
      {studying && (planned || hasSets || hasSelfChecks) && <BookingSummary />}
      {studying && planned && <WeeklyHours />}
      {studying && <StudyLogCard />}
      <div className="grid-2">
        <section className="card" aria-labelledby="exam-heading">
          <h2 id="exam-heading">Exam</h2>
          {daysToExam === null ? (
            <p>
              No exam date yet. <Link to="/plan">Add it</Link> when you book.
            </p>
          ) : daysToExam > 0 ? (
            <p>
              <span className="stat">{daysToExam}</span> {nounFor(daysToExam, 'day')} to your exam on{' '}
              {formatShortDate(setup.examDate!)}
            </p>
          ) : daysToExam === 0 ? (
            <p>Your exam is today.</p>
          ) : (
            <p>Your exam date has passed.</p>
          )}
          {routeMayChange(state, route.weeks.length) && fit.status !== 'fits' && fit.status !== 'no-exam' && (
            <p className="message warning">
              {fit.message} <Link to="/plan">See what to change</Link>
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="route-progress-heading">
          <h2 id="route-progress-heading">Route</h2>
          <p>
            {route.info.name} ({route.info.span}, {route.info.days})
          </p>
          <ProgressBar label="Whole plan" progress={progress} />
        </section>
      </div>
      <BackupReminder place="today" />
    </Page>
  );
}

/**
 * Before the route's dates begin (or without them), the week the learner's ticks have reached. It is chosen when
 * the page opens: ticking a week's last task here keeps that week in place rather than sliding the next one in
 * under the finger; the next visit moves on.
 */
function UpNextWeek() {
  const route = useRoute();
  const ticks = useRouteTicks();
  const [weekIndex] = useState(() => firstOpenWeekIndex(route, (id) => id in ticks));
  return <RouteWeekFocus weekIndex={Math.min(weekIndex, route.weeks.length - 1)} upNext />;
}

function TodayFocus({ state }: { state: TodayState }) {
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  switch (state.phase) {
    case 'undated':
      return <UpNextWeek />;
    case 'before-start':
      return (
        <>
          <p className="banner">
            Your route starts on {formatLongDate(state.startDate)}, in {countText(state.daysToStart, 'day')}.
          </p>
          <UpNextWeek />
        </>
      );
    case 'route':
      return <RouteWeekFocus weekIndex={state.weekIndex} />;
    case 'after-route':
      return (
        <section className="card" aria-labelledby="today-focus-heading">
          <h2 id="today-focus-heading">Repair and mixed sets</h2>
          <p>
            The weeks of your {route.info.name} are over. {afterRouteFocus(setup.examDate)}
          </p>
          <DayRepairs />
          <p className="actions">
            <Link className="button" to="/misses#repair">
              Repair your weakest lane
            </Link>
            <Link to="/session">Start a 60-minute session</Link>
          </p>
        </section>
      );
    case 'last-7': {
      const { day, focus } = state.countdownDay;
      return (
        <section className="card highlight" aria-labelledby="today-focus-heading">
          {/* The day's focus is the task below: the heading names the day only, so it is not said twice. */}
          <h2 id="today-focus-heading">Today, day {day} of the last 7</h2>
          <ul className="task-list" aria-label="Today's task">
            <li>
              <TaskCheckbox id={countdownTickId(day)} label={`Day ${day}: ${focus}`} />
            </li>
          </ul>
          <p className="actions">
            <Link className="button" to="/session">
              Start a 60-minute session
            </Link>
            <Link to="/plan#last-7">See all of the last 7 days</Link>
          </p>
          <DayRepairs />
        </section>
      );
    }
    case 'exam-day':
      return (
        <section className="card highlight" aria-labelledby="today-focus-heading">
          <h2 id="today-focus-heading">Exam day</h2>
          <p>
            {state.examUnderway
              ? 'Your exam is underway.'
              : `Your exam starts at ${setup.examTime}. Classify the production boundary first, then choose the safest Databricks-native response.`}
          </p>
        </section>
      );
    case 'after-exam':
      return <ExamOutcome examDate={state.examDate} />;
  }
}
