/**
 * Hours promised against hours studied. The set-up promises an hours band; sessions say what really happened.
 * When the last two weeks both fell short of the band, the route no longer fits the real pace and the seed's rule
 * ("choose a route based on hours per week, not optimism") points to the route that does.
 */
import { addDays, daysBetween, localIsoDate, type IsoDate } from './dates';
import { countText } from './count-text';
import { durationText } from './duration-text';
import type { SessionRecord, StudyLogRecord } from './records';
import { chosenRouteKind, recommendRoute, routeInfo, routeWeekCount } from './route';
import { hoursRuleText, lastSevenDays, type HoursBandId, type hoursBands } from './seed';
import { hoursBandById } from './seed-lookups';
import { studiedMsAt } from './session-timer';
import { partTimeWeekRange, type Setup } from './setup';

const hourMs = 3_600_000;
const minuteMs = 60_000;

/**
 * The week that holds `date`. With a start date, weeks are the route's weeks (they start on the start date's
 * weekday, and keep that rhythm before and after the route) so "this week" on Today matches the plan's week.
 * Without one there is no route rhythm yet, so weeks are calendar weeks starting on Monday.
 */
export function weekStartOf(date: IsoDate, startDate: IsoDate | null): IsoDate {
  if (startDate) return addDays(startDate, Math.floor(daysBetween(startDate, date) / 7) * 7);
  // 1970-01-05 was a Monday.
  const sinceMonday = ((daysBetween('1970-01-05', date) % 7) + 7) % 7;
  return addDays(date, -sinceMonday);
}

/** Sessions that count as study: abandoned ones were thrown away by the learner. */
export function countsAsStudy(session: SessionRecord): boolean {
  return session.status !== 'abandoned';
}

/**
 * Study time in the 7-day week from `weekStart`: timed sessions in the week of the day they started, and study
 * time logged by hand in the week of its date (judgment rule 5: both count).
 */
export function studiedMsInWeek(
  sessions: readonly SessionRecord[],
  weekStart: IsoDate,
  now: number,
  logs: readonly StudyLogRecord[] = [],
): number {
  let total = 0;
  const inWeek = (date: IsoDate) => {
    const offset = daysBetween(weekStart, date);
    return offset >= 0 && offset < 7;
  };
  for (const session of sessions) {
    if (countsAsStudy(session) && inWeek(localIsoDate(session.startedAt))) {
      total += session.studiedMs ?? studiedMsAt(session, now);
    }
  }
  for (const log of logs) if (inWeek(log.date)) total += log.minutes * minuteMs;
  return total;
}

export function hoursOf(ms: number): number {
  return ms / hourMs;
}

export type WeekStatus = 'no-band' | 'below' | 'within' | 'above';

export interface WeekHours {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  studiedMs: number;
  band: (typeof hoursBands)[number] | null;
  status: WeekStatus;
}

function bandOf(id: HoursBandId | null) {
  return hoursBandById(id) ?? null;
}

function statusOf(studiedMs: number, band: WeekHours['band']): WeekStatus {
  if (!band) return 'no-band';
  const hours = hoursOf(studiedMs);
  if (hours < band.minHours) return 'below';
  return hours > band.maxHours ? 'above' : 'within';
}

export function weekHours(
  sessions: readonly SessionRecord[],
  setup: Pick<Setup, 'hoursBand' | 'startDate'>,
  now: number,
  weeksBack = 0,
  logs: readonly StudyLogRecord[] = [],
): WeekHours {
  const weekStart = addDays(weekStartOf(localIsoDate(now), setup.startDate), -7 * weeksBack);
  const studiedMs = studiedMsInWeek(sessions, weekStart, now, logs);
  const band = bandOf(setup.hoursBand);
  return { weekStart, weekEnd: addDays(weekStart, 6), studiedMs, band, status: statusOf(studiedMs, band) };
}

/** The hours band a real weekly average belongs to; below 3 hours it is still the lowest band the seed has. */
export function bandForHours(hours: number): HoursBandId {
  if (hours >= 9) return '9-12';
  if (hours >= 6) return '6-8';
  return '3-5';
}

export interface PaceWarning {
  /** The week before last, then last week. */
  weeks: [WeekHours, WeekHours];
  averageHours: number;
  realBand: HoursBandId;
  /** The route name at the real pace, e.g. "8-12 week part-time plan". */
  routeName: string;
  message: string;
}

/** What the pace warning reads of the set-up: the band, and the route's dates and length. */
export type PacedSetup = Pick<
  Setup,
  'hoursBand' | 'startDate' | 'startingPoint' | 'routeOverride' | 'partTimeWeeks'
> &
  Partial<Pick<Setup, 'examDate'>>;

/**
 * Whether the calendar lets the pace warning speak at `now`, whatever the hours: a band is promised, the last 7
 * days have not begun (the day's focus is the plan then; a route change can no longer help), and with a start
 * date both weeks judged lie inside the route: before it nothing was promised yet, and after its last week Today
 * asks for repair and mixed sets, with no route left to change.
 */
export function paceIsWatched(setup: PacedSetup, now: number): boolean {
  if (!bandOf(setup.hoursBand)) return false;
  const today = localIsoDate(now);
  if (setup.examDate && daysBetween(today, setup.examDate) <= lastSevenDays.length) return false;
  if (!setup.startDate) return true;
  const lastWeek = daysBetween(setup.startDate, weekStartOf(today, setup.startDate)) - 7;
  return lastWeek >= 7 && lastWeek < routeWeekCount(chosenRouteKind(setup), setup.partTimeWeeks) * 7;
}

/**
 * Warns when the last two whole weeks both fell short of the band's lower end. Weeks the app could not have seen
 * do not count: the learner must have logged a session by the end of the first of the two weeks, and the
 * calendar must let the warning speak (`paceIsWatched`), so a new user or a fresh route is never told off.
 */
export function paceWarning(
  sessions: readonly SessionRecord[],
  setup: PacedSetup,
  now: number,
  logs: readonly StudyLogRecord[] = [],
): PaceWarning | null {
  const planned = bandOf(setup.hoursBand);
  if (!planned || !paceIsWatched(setup, now)) return null;
  const daysToExam = setup.examDate ? daysBetween(localIsoDate(now), setup.examDate) : null;
  const weeks: [WeekHours, WeekHours] = [
    weekHours(sessions, setup, now, 2, logs),
    weekHours(sessions, setup, now, 1, logs),
  ];
  if (weeks.some((week) => week.status !== 'below')) return null;
  const tracked =
    sessions.some(
      (session) =>
        countsAsStudy(session) && daysBetween(localIsoDate(session.startedAt), weeks[0].weekEnd) >= 0,
    ) || logs.some((log) => daysBetween(log.date, weeks[0].weekEnd) >= 0);
  if (!tracked) return null;

  const averageMs = (weeks[0].studiedMs + weeks[1].studiedMs) / 2;
  const averageHours = hoursOf(averageMs);
  const realBand = bandForHours(averageHours);
  const real = bandOf(realBand)!;
  const recommendation = recommendRoute({ hoursBand: realBand, startingPoint: setup.startingPoint });
  const routeName = recommendation ? routeInfo(recommendation.kind).name : real.betterRoute;
  const studied = `You studied ${durationText(weeks[0].studiedMs)} and then ${durationText(weeks[1].studiedMs)} in the last two weeks, short of the ${planned.label} your plan is built on.`;
  const routeDays = recommendation ? routeWeekCount(recommendation.kind, partTimeWeekRange.min) * 7 : 0;
  const advice =
    daysToExam !== null && daysToExam < routeDays
      ? `With ${countText(daysToExam, 'day')} to your exam a new route no longer fits: spend the hours you have on your weakest lanes and mixed sets, or move your exam date.`
      : realBand === planned.id
        ? `Even the ${routeName} assumes ${planned.label}: find more study time or move your exam date.`
        : `At your real pace of about ${durationText(averageMs)} a week the better route is the ${routeName}.`;
  return {
    weeks,
    averageHours,
    realBand,
    routeName,
    message: `${hoursRuleText.replace(/:$/, '.')} ${studied} ${advice}`,
  };
}
