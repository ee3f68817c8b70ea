import './progress.css';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { localIsoDate } from '../../domain/dates';
import { lanesOverWeeks } from '../../domain/lane-trend';
import { scoresOverTime } from '../../domain/miss-analytics';
import { paceChanges } from '../../domain/pace-history';
import {
  calendarRange,
  longestPromiseRun,
  promiseStreak,
  studyCalendar,
  studyWeeks,
} from '../../domain/study-calendar';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { countText } from '../../domain/count-text';
import { minutesText } from '../../domain/duration-text';
import { LaneWeeksChart } from '../../ui/lane-weeks-chart';
import { viewHeadings } from '../../domain/view-headings';
import { Page } from '../../ui/page';
import { ScoreChart } from '../../ui/score-chart';
import { StudyHeatmap } from '../../ui/study-heatmap';
import { useNow } from '../../ui/use-now';
import { WeekHoursChart } from '../../ui/week-hours-chart';
import { useStudyTime } from './use-study-time';
import { PracticeExams } from './practice-exams';
import { hoursBandById } from '../../domain/seed-lookups';

export function Component() {
  const setup = useAppStore((s) => s.setup);
  const sessions = useAppStore((s) => s.sessions);
  const ticks = useAppStore((s) => s.ticks);
  const sets = useAppStore((s) => s.sets);
  const misses = useAppStore((s) => s.misses);
  const route = useRoute();
  const now = useNow(60_000);
  const today = localIsoDate(now);
  const study = useStudyTime(now);
  const studyLogs = useAppStore((s) => s.studyLogs);

  const days = useMemo(() => {
    const active = [
      ...study.map((entry) => entry.date),
      ...Object.values(sets).map((set) => set.date),
      ...Object.values(ticks).map((tick) => localIsoDate(tick.tickedAt)),
    ];
    const range = calendarRange(
      { startDate: setup.startDate, examDate: setup.examDate, routeEnd: route.endDate },
      today,
      active,
    );
    return studyCalendar({
      range,
      startDate: setup.startDate,
      study,
      ticks: Object.values(ticks),
      sets: Object.values(sets),
    });
  }, [study, sets, ticks, setup.startDate, setup.examDate, route.endDate, today]);
  const weeks = useMemo(() => studyWeeks(days, setup.hoursBand, today), [days, setup.hoursBand, today]);
  const changes = useMemo(
    () => paceChanges(Object.values(sessions), setup, weeks, today, Object.values(studyLogs)),
    [sessions, setup, weeks, today, studyLogs],
  );
  const lanes = useMemo(
    () => lanesOverWeeks(Object.values(misses), Object.values(sets), weeks),
    [misses, sets, weeks],
  );
  const scores = useMemo(() => scoresOverTime(Object.values(sets)), [sets]);
  const band = hoursBandById(setup.hoursBand) ?? null;
  const streak = promiseStreak(weeks);
  const bestRun = longestPromiseRun(weeks);
  const thisWeek = weeks.find((week) => week.from <= today && today <= week.to);
  const totalMinutes = days.reduce((sum, day) => sum + day.minutes, 0);
  const weekLabels = weeks.map((week) => (week.week === 0 ? 'Before' : `W${week.week}`));

  return (
    <Page title={viewHeadings.progress.title} lead={<p>{viewHeadings.progress.lead}</p>}>
      {!setup.startDate && (
        <p className="banner">
          Set a start date on the <Link to="/plan">Plan</Link> page to see your route week by week.
        </p>
      )}
      <section className="card" aria-labelledby="progress-summary-heading">
        <h2 id="progress-summary-heading">At a glance</h2>
        <ul className="progress-stats">
          <li>
            <span className="stat">{minutesText(totalMinutes)}</span> studied in all
          </li>
          {thisWeek && (
            <li>
              <span className="stat">{thisWeek.studyDays}</span>{' '}
              {thisWeek.studyDays === 1 ? 'study day' : 'study days'} this week,{' '}
              {minutesText(thisWeek.minutes)}
              {band && ` of the ${band.label} you promised`}
            </li>
          )}
          {band && (
            <li>
              <span className="stat">{streak}</span> {streak === 1 ? 'week' : 'weeks'} in a row at your
              promised pace{bestRun > streak && ` (your best run: ${countText(bestRun, 'week', 'weeks')})`}
            </li>
          )}
        </ul>
        <p className="hint">
          Rest days never break a run: a week counts when its hours reach your band, however many days it
          took.
        </p>
      </section>
      <section className="card progress-section" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Study calendar</h2>
        <StudyHeatmap
          days={days}
          weekAnchor={setup.startDate ?? days[0]!.date}
          today={today}
          examDate={setup.examDate}
        />
      </section>
      <section className="card progress-section" aria-labelledby="week-hours-heading">
        <h2 id="week-hours-heading">Hours per week</h2>
        <WeekHoursChart
          weeks={weeks}
          routeWeeks={route.weeks.length}
          examDate={setup.examDate}
          band={band}
          paceChanges={changes}
        />
      </section>
      <section className="card progress-section" aria-labelledby="scores-heading">
        <h2 id="scores-heading">Score per set</h2>
        <ScoreChart scores={scores} shownSets={Infinity} />
      </section>
      <PracticeExams />
      <section className="card progress-section" aria-labelledby="lanes-heading">
        <h2 id="lanes-heading">Misses per lane</h2>
        {Object.keys(misses).length === 0 ? (
          <p className="muted">
            No misses logged yet. <Link to="/misses">Record a mixed set</Link> to see each lane over time.
          </p>
        ) : (
          <LaneWeeksChart lanes={lanes} weekLabels={weekLabels} />
        )}
        <p className="hint">{countText(Object.keys(misses).length, 'miss', 'misses')} in your log.</p>
      </section>
    </Page>
  );
}
