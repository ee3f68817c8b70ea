import { useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { daysBetween, formatShortDate, type IsoDate } from '../../domain/dates';
import { lastSevenDays } from '../../domain/seed';
import { afterRouteFocus } from '../../domain/today-phase';
import { progressOf } from '../../domain/progress';
import { currentWeekIndex, isAfterRoute, weekIndexOf, type RouteWeek } from '../../domain/route';
import type { ExtraTaskRecord } from '../../domain/records';
import { useRoute, useRouteTicks, useRouteExtras } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { ProgressBar } from '../../ui/progress-bar';
import { TaskCheckbox } from '../../widgets/task-checkbox';
import { AfterRouteRepairs } from '../../widgets/day-repairs';
import { useToday } from '../../ui/use-now';
import { useTodayState } from '../../widgets/use-today-state';
import { usePlanProgress } from '../../widgets/use-plan-progress';

export function RouteWeeks() {
  const route = useRoute();
  const ticks = useRouteTicks();
  const extraTasks = useRouteExtras();
  const removeExtraTask = useAppStore((s) => s.removeExtraTask);
  const today = useToday();
  const current = currentWeekIndex(route, today);
  const examDate = useAppStore((s) => s.setup.examDate);
  const daysToExam = examDate ? daysBetween(today, examDate) : null;
  // The calendar phase Today shows (judgment rule 8): a route week is "this week" only in the route phase, so
  // never in the last 7 days (that day's focus is the day's work) nor on or after the exam day.
  const state = useTodayState();
  const countdownDay = state.phase === 'last-7' ? state.countdownDay.day : null;
  const currentWeek = state.phase === 'route' ? state.weekIndex : null;

  const extrasByWeek = useMemo(() => {
    const byWeek = new Map<number, ExtraTaskRecord[]>();
    for (const extra of Object.values(extraTasks).sort((a, b) => a.createdAt - b.createdAt)) {
      // Repairs added after the route belong to their day, on Today, not to the last week.
      if (isAfterRoute(route, extra.weekOf)) continue;
      const index = weekIndexOf(route, extra.weekOf);
      byWeek.set(index, [...(byWeek.get(index) ?? []), extra]);
    }
    return byWeek;
  }, [extraTasks, route]);

  // The current week is open; the others show their heading and progress until tapped. Before the route starts
  // (or with no start date) week 1 is the one to read.
  // A deep link (/plan#week-5) opens its week too.
  const { hash } = useLocation();
  const linked = /^#week-(\d+)$/.exec(hash);
  const linkedIndex = linked ? Number(linked[1]) - 1 : -1;
  const openByDefault = current === null || current === -1 ? 0 : current;
  const [toggled, setToggled] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setToggled((was) => {
      const next = new Set(was);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  const isDone = (id: string) => id in ticks;
  const overall = usePlanProgress();

  return (
    <section aria-labelledby="route-heading" className="stack">
      <div className="card">
        <h2 id="route-heading">Week by week</h2>
        <ProgressBar label="Whole plan" progress={overall} />
        {current === null && <p className="muted">Set a start date to date the weeks.</p>}
        {current === -1 && route.weeks[0]?.startDate && (
          <p>Your route starts on {formatShortDate(route.weeks[0].startDate)}.</p>
        )}
        {current !== null && current >= route.weeks.length && <p>{routeOverText(examDate, daysToExam)}</p>}
        {current !== null && current >= 0 && current < route.weeks.length && (
          <p>
            {currentWeek !== null && (
              <a href={`#week-${currentWeek + 1}`}>Jump to this week (week {currentWeek + 1})</a>
            )}
            {countdownDay !== null && (
              <>
                <a href="#last-7">Today is day {countdownDay} of the last 7</a>: its focus is today&apos;s
                work, not the route&apos;s week.
              </>
            )}
          </p>
        )}
      </div>
      {route.weeks.map((week, index) => (
        <WeekCard
          key={week.number}
          week={week}
          isCurrent={index === currentWeek}
          open={(index === openByDefault || index === linkedIndex) !== toggled.has(index)}
          onToggle={() => toggle(index)}
          extras={extrasByWeek.get(index) ?? []}
          isDone={isDone}
          onRemoveExtra={(id) => void removeExtraTask(id)}
        />
      ))}
      <AfterRouteRepairs />
    </section>
  );
}

/** Once the weeks are over, what the days until the exam are for: the same words as Today's. */
function routeOverText(examDate: IsoDate | null, daysToExam: number | null): string {
  const over = "Your route's weeks are over";
  if (daysToExam !== null && daysToExam <= 0) return `${over}.`;
  if (daysToExam !== null && daysToExam <= lastSevenDays.length) {
    return `${over}: keep working the last 7-day plan and your miss log.`;
  }
  return `${over}. ${afterRouteFocus(examDate)}`;
}

function WeekCard({
  week,
  isCurrent,
  open,
  onToggle,
  extras,
  isDone,
  onRemoveExtra,
}: {
  week: RouteWeek;
  isCurrent: boolean;
  open: boolean;
  onToggle(): void;
  extras: ExtraTaskRecord[];
  isDone(id: string): boolean;
  onRemoveExtra(id: string): void;
}) {
  const headingId = `week-${week.number}-heading`;
  const title = `Week ${week.number}${week.part ? ` (part ${week.part.index} of ${week.part.of})` : ''}: ${week.focus}`;
  const panelId = `week-${week.number}-tasks`;
  const progress = progressOf(
    [...week.tasks.map((task) => task.id), ...extras.map((extra) => extra.id)],
    isDone,
  );
  return (
    <article
      id={`week-${week.number}`}
      className={isCurrent ? 'card highlight' : 'card'}
      aria-labelledby={headingId}
      aria-current={isCurrent ? 'date' : undefined}
    >
      <div className="week-header">
        <h3 id={headingId}>
          <button
            type="button"
            className="week-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={onToggle}
          >
            <span className="week-toggle-mark" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span>{title}</span>
          </button>
          {/* Paper has no buttons: the printed heading is the same words as plain text. */}
          <span className="print-only">{title}</span>
        </h3>
        {isCurrent && <span className="badge">This week</span>}
      </div>
      {week.startDate && week.endDate && (
        <p className="muted">
          {formatShortDate(week.startDate)} – {formatShortDate(week.endDate)}
        </p>
      )}
      {/* A folded week keeps its tasks in the page (hidden on screen) so the printed plan has every week. */}
      <div id={panelId} className={open ? undefined : 'week-folded'}>
        <p>
          What to do: <span className="what-to-do">{week.whatToDo}</span>
        </p>
        <ul className="task-list" aria-label={`Week ${week.number} tasks`}>
          {week.tasks.map((task) => (
            <li key={task.id}>
              <TaskCheckbox id={task.id} label={task.label} lessons={task.lessons} />
            </li>
          ))}
          {extras.map((extra) => (
            <li key={extra.id}>
              <TaskCheckbox
                id={extra.id}
                label={extra.label}
                lessons={extra.lessons}
                extra={
                  <button type="button" className="secondary" onClick={() => onRemoveExtra(extra.id)}>
                    Remove <span className="visually-hidden">{extra.label}</span>
                  </button>
                }
              />
            </li>
          ))}
        </ul>
      </div>
      <ProgressBar label={`Week ${week.number}`} progress={progress} />
    </article>
  );
}
