import { addDays, daysBetween, formatShortDate, type IsoDate } from './dates';
import { routeInfo, routeWeekCount } from './route';
import { countText } from './count-text';
import type { RouteKind, Setup } from './setup';
import { hoursBandById, startingPointById } from './seed-lookups';

export type PaceStatus = 'fits' | 'tight' | 'short';

export interface PaceCheck {
  status: PaceStatus;
  /** Hours the route gives at the low and high end of the learner's band. */
  routeHours: { min: number; max: number };
  neededHours: { min: number; max: number; label: string };
  /** Weeks the starting point needs at this band: fastest and slowest. */
  neededWeeks: { min: number; max: number };
  message: string;
}

/**
 * The starting point's typical hours divided by the hours per week: a check on the route, never the thing that
 * picks it (the band does that). Null until both answers are in.
 */
export function paceCheck(setup: Setup, kind: RouteKind): PaceCheck | null {
  const point = startingPointById(setup.startingPoint);
  const band = hoursBandById(setup.hoursBand);
  if (!point || !band) return null;
  const weeks = routeWeekCount(kind, setup.partTimeWeeks);
  const routeHours = { min: weeks * band.minHours, max: weeks * band.maxHours };
  const neededHours = { min: point.minHours, max: point.maxHours, label: point.typicalHours };
  const neededWeeks = {
    min: Math.ceil(point.minHours / band.maxHours),
    max: Math.ceil(point.maxHours / band.minHours),
  };
  const name = routeInfo(kind, weeks).name;
  const gives = `${weeks} weeks at ${band.label} gives ${routeHours.min}-${routeHours.max} hours`;
  if (routeHours.max < neededHours.min) {
    return {
      status: 'short',
      routeHours,
      neededHours,
      neededWeeks,
      message: `The ${name} is shorter than your hours need: ${gives}, and your starting point typically needs ${point.typicalHours} (${neededWeeks.min}-${neededWeeks.max} weeks at this pace).`,
    };
  }
  if (routeHours.min < neededHours.min) {
    return {
      status: 'tight',
      routeHours,
      neededHours,
      neededWeeks,
      message: `Tight: ${gives}, and your starting point typically needs ${point.typicalHours}. Keep to the top of your band.`,
    };
  }
  return {
    status: 'fits',
    routeHours,
    neededHours,
    neededWeeks,
    message: `Fits: ${gives}; your starting point typically needs ${point.typicalHours}.`,
  };
}

/** "35 days (5 weeks)": days as counted, weeks as a planner thinks of them. */
export function spanOf(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const inWeeks =
    rest === 0 ? countText(weeks, 'week') : `${countText(weeks, 'week')} and ${countText(rest, 'day')}`;
  return days < 7 ? countText(days, 'day') : `${countText(days, 'day')} (${inWeeks})`;
}

export type ExamFitStatus = 'no-exam' | 'no-start' | 'past' | 'before-start' | 'too-close' | 'fits';

export interface ExamFit {
  status: ExamFitStatus;
  daysToExam: number | null;
  message: string;
}

/** Whether the chosen route fits between the start date and the exam. */
export function examFit(setup: Setup, kind: RouteKind, today: IsoDate): ExamFit {
  if (!setup.examDate) {
    return {
      status: 'no-exam',
      daysToExam: null,
      message:
        'No exam date yet. The plan works without one; set it to date the last 7 days and the final 72 hours.',
    };
  }
  const daysToExam = daysBetween(today, setup.examDate);
  if (daysToExam < 0) {
    return {
      status: 'past',
      daysToExam,
      message: `Your exam date (${setup.examDate}) is in the past. Set the date you rebook for.`,
    };
  }
  if (!setup.startDate) {
    return { status: 'no-start', daysToExam, message: 'Set a start date to date the weeks.' };
  }
  const available = daysBetween(setup.startDate, setup.examDate);
  if (available <= 0) {
    return {
      status: 'before-start',
      daysToExam,
      message: 'Your exam date is on or before your start date. Move one of them.',
    };
  }
  const weeks = routeWeekCount(kind, setup.partTimeWeeks);
  if (available < weeks * 7) {
    // What to change is route-advice.ts's job: it knows which routes this learner may be offered.
    return {
      status: 'too-close',
      daysToExam,
      message: `Your exam is ${spanOf(available)} after your start date, but the ${routeInfo(kind, weeks).name} needs ${spanOf(weeks * 7)}.`,
    };
  }
  return {
    status: 'fits',
    daysToExam,
    // Its last day is the day before `available` days run out: a route of exactly that length ends 1 day before.
    message: `The route ends on ${formatShortDate(addDays(setup.startDate, weeks * 7 - 1))}, ${countText(available - weeks * 7 + 1, 'day')} before your exam.`,
  };
}
