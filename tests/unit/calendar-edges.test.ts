import { describe, expect, it } from 'vitest';
import { addDays, localInstant } from '../../src/domain/dates';
import { examClock } from '../../src/domain/exam-countdown';
import { planLandingTarget } from '../../src/domain/plan-landing';
import { buildRoute, currentWeekIndex } from '../../src/domain/route';
import { paceWarning } from '../../src/domain/session-hours';
import { defaultSetup, type Setup } from '../../src/domain/setup';
import { todayState } from '../../src/domain/today-phase';
import { endedSession } from '../support/ended-session';

/**
 * Judgment rule 2 at its day boundaries. The default 6-week route starts 2026-06-01 and ends 2026-07-12; the exam
 * is on 2026-07-31 at 10:00, so the route ends 19 days before it and the last 7 days are 07-24 .. 07-30.
 */
const setup: Setup = {
  ...defaultSetup,
  startingPoint: 'lighter-on-mlops',
  hoursBand: '6-8',
  startDate: '2026-06-01',
  examDate: '2026-07-31',
  examTime: '10:00',
};
const route = buildRoute(setup);
const at = (date: string, time = '12:00') => localInstant(date, time);
const state = (date: string, time?: string, s: Setup = setup) =>
  todayState(s, route.weeks.length, at(date, time));

describe('Today follows the calendar at the edges (judgment rule 2)', () => {
  it('day 8 before the exam is not in the last 7 days; day 7 is Day 7', () => {
    expect(state('2026-07-23', '23:59')).not.toHaveProperty('countdownDay');
    expect(state('2026-07-23', '23:59').phase).toBe('after-route');
    expect(state('2026-07-24', '00:00')).toMatchObject({ phase: 'last-7', countdownDay: { day: 7 } });
    expect(state('2026-07-30', '23:59')).toMatchObject({ phase: 'last-7', countdownDay: { day: 1 } });
  });

  it('/plan opens at the same place: this week on the route, the last 7 days from day 7, nothing between', () => {
    expect(planLandingTarget(route, setup.examDate, '2026-07-12')).toBe('week-6');
    expect(planLandingTarget(route, setup.examDate, '2026-07-13')).toBeNull();
    expect(planLandingTarget(route, setup.examDate, '2026-07-23')).toBeNull();
    expect(planLandingTarget(route, setup.examDate, '2026-07-24')).toBe('last-7');
    expect(planLandingTarget(route, setup.examDate, '2026-07-31')).toBeNull();
  });

  it('the route week on /plan is the week Today shows, to the last day of the route', () => {
    for (const date of ['2026-06-01', '2026-06-07', '2026-06-08', '2026-07-12', '2026-07-13']) {
      const today = state(date);
      const week = currentWeekIndex(route, date);
      expect(today.phase === 'route' ? today.weekIndex : 'not on the route').toBe(
        week !== null && week >= 0 && week < route.weeks.length ? week : 'not on the route',
      );
    }
  });

  it('exactly 72 hours before the exam starts the final 72 hours, on Today and on /plan alike', () => {
    const edge = localInstant('2026-07-28', '10:00');
    expect(todayState(setup, 6, edge - 1).final72).toBe(false);
    expect(examClock(setup.examDate, setup.examTime, edge - 1).phase).toBe('before-final-72');
    expect(todayState(setup, 6, edge)).toMatchObject({ final72: true, hoursToExam: 72 });
    expect(examClock(setup.examDate, setup.examTime, edge).phase).toBe('final-72');
  });

  it('the exam day is neither Day 1 nor after the exam; the day after asks how it went', () => {
    expect(state('2026-07-31', '00:00')).toMatchObject({
      phase: 'exam-day',
      final72: true,
    });
    expect(state('2026-07-31', '00:00')).not.toHaveProperty('countdownDay');
    expect(state('2026-08-01', '00:00').phase).toBe('after-exam');
  });

  it('a start date in the future: when it starts, unless the last 7 days have begun', () => {
    const late = { ...setup, startDate: '2026-07-27' };
    expect(state('2026-07-20', '12:00', late)).toMatchObject({ phase: 'before-start', daysToStart: 7 });
    expect(state('2026-07-26', '12:00', late)).toMatchObject({ phase: 'last-7', countdownDay: { day: 5 } });
  });

  it('an exam date before the start date still counts down to the exam, not to the start', () => {
    const backwards = { ...setup, startDate: '2026-08-10' };
    expect(state('2026-07-29', '12:00', backwards)).toMatchObject({
      phase: 'last-7',
      countdownDay: { day: 2 },
    });
    expect(state('2026-08-02', '12:00', backwards).phase).toBe('after-exam');
  });
});

describe('no "behind pace" for weeks already past (judgment rule 2)', () => {
  /** An hour a day for `count` days from `date`: below the 6-8 hrs/week band. */
  const short = (date: string, count: number) =>
    Array.from({ length: count }, (_, i) => endedSession(addDays(date, i), 60));

  it('warns about the pace while the two weeks lie on the route', () => {
    const sessions = [...short('2026-06-22', 2), ...short('2026-06-29', 2)];
    expect(paceWarning(sessions, setup, at('2026-07-12'))).not.toBeNull();
  });

  it('says nothing about a route change once the route is over and the last 7 days have not begun', () => {
    const sessions = [...short('2026-07-06', 2), ...short('2026-07-13', 2)];
    // The week before last is the route's last week, the last one is after it.
    expect(paceWarning(sessions, setup, at('2026-07-21'))).toBeNull();
    expect(paceWarning(sessions, { ...setup, examDate: null }, at('2026-07-21'))).toBeNull();
  });
});
