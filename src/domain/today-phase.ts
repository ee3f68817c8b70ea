/**
 * Judgment rule 2, Today follows the calendar: one function says where the learner stands, and Today (and any
 * other view) shows what that phase calls for. Time comes in as an instant; calendar days are the device's
 * local days, so a learner in UTC+13 or UTC-10, or across a daylight-saving change, gets the day they live in.
 */
import { examClock } from './exam-countdown';
import { addDays, daysBetween, formatShortDate, localIsoDate, type IsoDate } from './dates';
import { countText } from './count-text';
import type { Setup } from './setup';
import { lastSevenDay } from './seed-lookups';

interface TodayClock {
  today: IsoDate;
  /** From 72 hours before the exam starts until it ends. */
  final72: boolean;
  /** Whole hours until the exam starts, rounded up; null without an exam or once it has started. */
  hoursToExam: number | null;
  /** The exam has started and has not ended (assumed four hours). */
  examUnderway: boolean;
}

/**
 * Each phase carries exactly what a view needs to show it, so a view switching on `phase` reads its fields
 * without asserting they are there.
 */
export type TodayState = TodayClock &
  (
    | /** No start date yet: the route is undated. */ { phase: 'undated' }
    | { phase: 'before-start'; startDate: IsoDate; daysToStart: number }
    /** `weekIndex`: the 0-based route week that holds today. */
    | { phase: 'route'; weekIndex: number }
    /** The route's weeks are over and the last 7 days have not begun (or there is no exam date). */
    | { phase: 'after-route' }
    /** `countdownDay`: the last-7 day ("Day 6") and its focus. */
    | { phase: 'last-7'; examDate: IsoDate; countdownDay: { day: number; focus: string } }
    /** The exam day itself, before and during the exam. */
    | { phase: 'exam-day'; examDate: IsoDate }
    | { phase: 'after-exam'; examDate: IsoDate }
  );

export type TodayPhase = TodayState['phase'];

export function todayState(
  setup: Pick<Setup, 'startDate' | 'examDate' | 'examTime'>,
  routeWeeks: number,
  now: number,
): TodayState {
  const today = localIsoDate(now);
  const clock = examClock(setup.examDate, setup.examTime, now);
  const started = clock.hoursToExam !== null && clock.hoursToExam <= 0;
  const base: TodayClock = {
    today,
    final72: clock.phase === 'final-72',
    hoursToExam: started ? null : clock.hoursToExam,
    examUnderway: clock.phase === 'final-72' && started,
  };
  if (setup.examDate) {
    const examDate = setup.examDate;
    if (clock.phase === 'after-exam') return { ...base, phase: 'after-exam', examDate };
    const daysToExam = daysBetween(today, examDate);
    if (daysToExam <= 0) return { ...base, phase: 'exam-day', examDate };
    const day = lastSevenDay(daysToExam);
    if (day) return { ...base, phase: 'last-7', examDate, countdownDay: { day: day.day, focus: day.focus } };
  }
  if (!setup.startDate) return { ...base, phase: 'undated' };
  const offset = daysBetween(setup.startDate, today);
  if (offset < 0) return { ...base, phase: 'before-start', startDate: setup.startDate, daysToStart: -offset };
  const weekIndex = Math.floor(offset / 7);
  if (weekIndex >= routeWeeks) return { ...base, phase: 'after-route' };
  return { ...base, phase: 'route', weekIndex };
}

/** The final-72-hours headline: never "starts in 0 hours" once the exam has begun. */
export function examStartText(state: Pick<TodayState, 'hoursToExam' | 'examUnderway'>): string {
  if (state.examUnderway || state.hoursToExam === null) return 'Your exam is underway. Trust your rules.';
  return `Final 72 hours: your exam starts in ${countText(Math.max(1, state.hoursToExam), 'hour')}.`;
}

/** What the days between the route's end and the last 7 days are for, in the words Today and /plan both use. */
export function afterRouteFocus(examDate: IsoDate | null): string {
  return examDate
    ? `Until the last 7 days begin on ${formatShortDate(addDays(examDate, -7))}, repair your weakest lanes and take mixed sets.`
    : 'Repair your weakest lanes and take mixed sets; add your exam date when you book.';
}
