import { daysBetween, isValidTime, type IsoDate } from './dates';
import type { HoursBandId, StartingPointId } from './seed';
import { isStudyDate, studyDateMessage } from './validation/dates';

export type RouteKind = 'compression' | 'default' | 'part-time';

/** What the learner tells us on /plan. Every field may be missing on first run. */
export interface Setup {
  startingPoint: StartingPointId | null;
  hoursBand: HoursBandId | null;
  examDate: IsoDate | null;
  /** Local wall-clock start of the exam; the final 72 hours count back from it. */
  examTime: string;
  startDate: IsoDate | null;
  /** The learner's own choice; null follows the recommendation. */
  routeOverride: RouteKind | null;
  /** Length of the part-time route, 8 to 12 weeks. */
  partTimeWeeks: number;
  /**
   * The route problems the learner saw and kept ("Keep my route", or "Done" over them), as `keptRouteKey` wrote
   * them: while the set-up still has exactly those, they are stated once instead of reopening the set-up.
   */
  keptRoute?: string | null;
  /**
   * When the current route began as a retake ("not yet" after an exam): ticks and added tasks from before it belong
   * to the earlier route, so the new one starts with nothing done. Null for a learner's first route.
   */
  routeStartedAt?: number | null;
}

export const partTimeWeekRange = { min: 8, max: 12 } as const;

export const defaultSetup: Setup = {
  startingPoint: null,
  hoursBand: null,
  examDate: null,
  examTime: '09:00',
  startDate: null,
  routeOverride: null,
  partTimeWeeks: 10,
  keptRoute: null,
  routeStartedAt: null,
};

export type SetupErrors = Partial<Record<keyof Setup, string>>;

/** Field messages for a set-up the learner typed; an empty object means it can be saved. */
export function validateSetup(setup: Setup): SetupErrors {
  const errors: SetupErrors = {};
  if (setup.startDate !== null && !isStudyDate(setup.startDate)) errors.startDate = studyDateMessage;
  if (setup.examDate !== null && !isStudyDate(setup.examDate)) errors.examDate = studyDateMessage;
  if (!isValidTime(setup.examTime)) errors.examTime = 'Enter a time such as 09:00.';
  if (
    !Number.isInteger(setup.partTimeWeeks) ||
    setup.partTimeWeeks < partTimeWeekRange.min ||
    setup.partTimeWeeks > partTimeWeekRange.max
  ) {
    errors.partTimeWeeks = `Choose ${partTimeWeekRange.min} to ${partTimeWeekRange.max} weeks.`;
  }
  if (
    !errors.startDate &&
    !errors.examDate &&
    setup.startDate &&
    setup.examDate &&
    daysBetween(setup.startDate, setup.examDate) <= 0
  ) {
    errors.examDate = 'The exam must come after the start date.';
  }
  return errors;
}
/** Chosen once, the set-up needs no screen of its own: the page starts with the weeks, and "Change" reopens it. */
export function isSetUp(setup: Setup): boolean {
  return setup.startingPoint !== null && setup.hoursBand !== null && setup.startDate !== null;
}
