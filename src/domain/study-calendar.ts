/**
 * The study calendar: every day from the start of the route to the exam, with the study time, ticks and mixed
 * sets of that day, and the same days grouped into the route's weeks. Pure: the instant, the time zone and the
 * rows come in as arguments.
 *
 * A session counts on the calendar day it started, even when it runs past midnight. That is the rule the weekly
 * hours on Today and the pace warning already use, so the calendar, the weekly bars and Today always agree, and a
 * late session never paints a phantom study day on the next morning.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import type { MixedSetRecord, SessionRecord, TickRecord } from './records';
import { type HoursBandId } from './seed';
import { hoursBandById } from './seed-lookups';
import { countsAsStudy } from './session-hours';
import { studiedMsAt } from './session-timer';

const minuteMs = 60_000;

/**
 * Study time from any source, already on its calendar day. Timed sessions become entries through
 * `sessionStudyEntries`; time the learner logs by hand (the `studyLogs` table, when it exists) maps its rows to
 * `{ date, minutes }` and is passed in the same list, so both count the same way everywhere.
 */
export interface StudyTimeEntry {
  date: IsoDate;
  minutes: number;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of an instant in a time zone (an IANA name; undefined is the device's zone). Intl does the
 * offset maths, so a daylight-saving change moves no instant to the wrong day.
 */
export function calendarDateIn(instant: number, timeZone?: string): IsoDate {
  const cacheKey = timeZone ?? '';
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(cacheKey, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Timed sessions as study-time entries: abandoned ones do not count, a running one counts up to `now`. */
export function sessionStudyEntries(
  sessions: Iterable<SessionRecord>,
  now: number,
  timeZone?: string,
): StudyTimeEntry[] {
  const entries: StudyTimeEntry[] = [];
  for (const session of sessions) {
    if (!countsAsStudy(session)) continue;
    const ms = session.studiedMs ?? studiedMsAt(session, now);
    if (ms > 0) entries.push({ date: calendarDateIn(session.startedAt, timeZone), minutes: ms / minuteMs });
  }
  return entries;
}

export interface StudyDay {
  date: IsoDate;
  /** Study minutes, unrounded; shown rounded down so nothing is overstated. */
  minutes: number;
  ticks: number;
  sets: number;
  /** 0 before the start date, then the route week the day falls in (1-based, continuing past the route). */
  week: number;
}

export interface CalendarRange {
  from: IsoDate;
  to: IsoDate;
}

/** The longest span drawn, so a stray old timestamp in an imported backup cannot ask for decades of cells. */
export const maxCalendarDays = 53 * 7;

/**
 * The days the calendar shows: from the start date (or the first day with study, when that is earlier or there is
 * no start date) to the exam (or the route's end, or today, whichever is last), never more than `maxCalendarDays`.
 */
export function calendarRange(
  bounds: { startDate: IsoDate | null; examDate: IsoDate | null; routeEnd: IsoDate | null },
  today: IsoDate,
  activeDates: Iterable<IsoDate>,
): CalendarRange {
  let from = bounds.startDate !== null && bounds.startDate < today ? bounds.startDate : today;
  for (const date of activeDates) if (date < from) from = date;
  const ends = [today, bounds.examDate, bounds.routeEnd].filter((date): date is IsoDate => date !== null);
  const to = ends.reduce((a, b) => (a > b ? a : b));
  if (daysBetween(from, to) >= maxCalendarDays) from = addDays(to, -(maxCalendarDays - 1));
  return { from, to };
}

function routeWeekOf(date: IsoDate, startDate: IsoDate | null, from: IsoDate): number {
  const anchor = startDate ?? from;
  const offset = daysBetween(anchor, date);
  return offset < 0 ? 0 : Math.floor(offset / 7) + 1;
}

export interface StudyCalendarInput {
  range: CalendarRange;
  startDate: IsoDate | null;
  study: readonly StudyTimeEntry[];
  ticks: Iterable<TickRecord>;
  sets: Iterable<MixedSetRecord>;
  timeZone?: string;
}

/** One entry per day of the range, oldest first; activity outside the range is left out. */
export function studyCalendar({
  range,
  startDate,
  study,
  ticks,
  sets,
  timeZone,
}: StudyCalendarInput): StudyDay[] {
  const length = daysBetween(range.from, range.to) + 1;
  const days: StudyDay[] = Array.from({ length }, (_, i) => {
    const date = addDays(range.from, i);
    return { date, minutes: 0, ticks: 0, sets: 0, week: routeWeekOf(date, startDate, range.from) };
  });
  const dayAt = (date: IsoDate) => {
    const index = daysBetween(range.from, date);
    return index >= 0 && index < length ? days[index] : undefined;
  };
  for (const entry of study) {
    const day = dayAt(entry.date);
    if (day && Number.isFinite(entry.minutes) && entry.minutes > 0) day.minutes += entry.minutes;
  }
  for (const tick of ticks) {
    const day = dayAt(calendarDateIn(tick.tickedAt, timeZone));
    if (day) day.ticks += 1;
  }
  for (const set of sets) {
    const day = dayAt(set.date);
    if (day) day.sets += 1;
  }
  return days;
}

/** A day counts as a study day with any timed or logged study, a tick or a mixed set. */
export function isStudyDay(day: StudyDay): boolean {
  return day.minutes >= 1 || day.ticks > 0 || day.sets > 0;
}

/** Heatmap shade 0-4: none, under 30 minutes, under an hour, under 90 minutes, 90 minutes or more. */
export function intensityOf(day: StudyDay): 0 | 1 | 2 | 3 | 4 {
  if (day.minutes < 1) return isStudyDay(day) ? 1 : 0;
  if (day.minutes < 30) return 1;
  if (day.minutes < 60) return 2;
  if (day.minutes < 90) return 3;
  return 4;
}

export type WeekPromise = 'no-band' | 'below' | 'within' | 'above' | 'in-progress' | 'upcoming';

export interface StudyWeek {
  /** Route week number (0 for days before the start date). */
  week: number;
  from: IsoDate;
  to: IsoDate;
  minutes: number;
  studyDays: number;
  /** Days of this week already lived (7 for a past week, fewer for this week, 0 for a future one). */
  daysElapsed: number;
  promise: WeekPromise;
}

/**
 * The calendar's days grouped by route week, each judged against the promised hours band. This week is
 * "in-progress" until it has reached the band (a week is never failed before it is over); later weeks are
 * "upcoming".
 */
export function studyWeeks(
  days: readonly StudyDay[],
  hoursBand: HoursBandId | null,
  today: IsoDate,
): StudyWeek[] {
  const band = hoursBandById(hoursBand) ?? null;
  const weeks: StudyWeek[] = [];
  for (const day of days) {
    let week = weeks.at(-1);
    if (!week || week.week !== day.week) {
      week = {
        week: day.week,
        from: day.date,
        to: day.date,
        minutes: 0,
        studyDays: 0,
        daysElapsed: 0,
        promise: 'no-band',
      };
      weeks.push(week);
    }
    week.to = day.date;
    week.minutes += day.minutes;
    if (isStudyDay(day)) week.studyDays += 1;
    if (day.date <= today) week.daysElapsed += 1;
  }
  for (const week of weeks) {
    if (week.from > today) week.promise = 'upcoming';
    if (!band || week.promise === 'upcoming') continue;
    const hours = week.minutes / 60;
    const over = week.to < today;
    if (hours > band.maxHours) week.promise = 'above';
    else if (hours >= band.minHours) week.promise = 'within';
    else week.promise = over ? 'below' : 'in-progress';
  }
  return weeks;
}

type PastRouteStretch = 'after-route' | 'last-7' | 'exam' | 'after-exam';

const stretchNames: Record<PastRouteStretch, { name: string; short: string }> = {
  'after-route': { name: 'after the route', short: 'After' },
  'last-7': { name: 'the last 7 days', short: 'Last 7' },
  exam: { name: 'the exam day', short: 'Exam' },
  'after-exam': { name: 'after the exam', short: 'Later' },
};

function stretchOf(date: IsoDate, examDate: IsoDate | null): PastRouteStretch {
  if (examDate === null) return 'after-route';
  const toExam = daysBetween(date, examDate);
  if (toExam > 7) return 'after-route';
  if (toExam > 0) return 'last-7';
  return toExam === 0 ? 'exam' : 'after-exam';
}

/**
 * A week's name in the words Today and /plan use: past the route's weeks, the days keep the plan's weekly rhythm
 * but are not route weeks, so they are named by what they are for ("Last 7 days", "Exam day"), never "Week 7".
 */
export function studyWeekName(
  week: Pick<StudyWeek, 'week' | 'from' | 'to'>,
  routeWeeks: number,
  examDate: IsoDate | null,
): { name: string; short: string } {
  if (week.week === 0) return { name: 'Before the start', short: 'Before' };
  if (week.week <= routeWeeks) return { name: `Week ${week.week}`, short: `W${week.week}` };
  const stretches: PastRouteStretch[] = [];
  for (let date = week.from; date <= week.to; date = addDays(date, 1)) {
    const stretch = stretchOf(date, examDate);
    if (stretches.at(-1) !== stretch) stretches.push(stretch);
  }
  const names = stretches.map((stretch) => stretchNames[stretch].name);
  // Alone, a stretch is a heading ("Last 7 days"); in a list it keeps its article.
  const name =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : names[0]!.replace(/^the /, '');
  return { name: name.charAt(0).toUpperCase() + name.slice(1), short: stretchNames[stretches[0]!].short };
}

/**
 * Weeks in a row that kept the promise, counting back from the latest finished week; this week adds to the run
 * once it reaches the band but never breaks it while it is still going. Days off inside a week cost nothing.
 */
export function promiseStreak(weeks: readonly StudyWeek[]): number {
  let streak = 0;
  for (let i = weeks.length - 1; i >= 0; i--) {
    const week = weeks[i]!;
    if (week.week === 0 || week.promise === 'upcoming') continue;
    if (week.promise === 'within' || week.promise === 'above') streak += 1;
    else if (week.promise === 'in-progress') continue;
    else break;
  }
  return streak;
}

/** The longest run of weeks that kept the promise anywhere on the route: a good run is not erased by a bad week. */
export function longestPromiseRun(weeks: readonly StudyWeek[]): number {
  let best = 0;
  let run = 0;
  for (const week of weeks) {
    if (week.week === 0 || week.promise === 'in-progress' || week.promise === 'upcoming') continue;
    run = week.promise === 'within' || week.promise === 'above' ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
