import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examClock, lastSevenDayPlan } from '../../src/domain/exam-countdown';
import {
  addDays,
  daysBetween,
  formatDateTime,
  isIsoDate,
  localInstant,
  localIsoDate,
} from '../../src/domain/dates';
import { progressOf } from '../../src/domain/progress';
import { lastSevenDays } from '../../src/domain/seed';
import { defaultSetup, validateSetup } from '../../src/domain/setup';

// A zone with daylight saving, so the tests below cross a real clock change (US: 1 Nov 2026, 02:00).
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = originalZone;
});

describe('formatDateTime: a date with its time, where the time matters', () => {
  it('reads like the short dates everywhere else, on the learner’s own clock, 24-hour like the exam time', () => {
    expect(formatDateTime(localInstant('2026-06-04', '21:05'))).toBe('Thu Jun 4, 21:05');
    expect(formatDateTime(localInstant('2026-11-01', '00:07'))).toBe('Sun Nov 1, 00:07');
  });
});

describe('calendar dates', () => {
  it('adds days across the clock change without drifting', () => {
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-10-26', 7)).toBe('2026-11-02');
    expect(daysBetween('2026-10-26', '2026-11-02')).toBe(7);
    expect(daysBetween('2026-11-02', '2026-10-26')).toBe(-7);
  });

  it('reads the local date of an instant around midnight on the change day', () => {
    expect(localIsoDate(localInstant('2026-11-01', '00:30'))).toBe('2026-11-01');
    expect(localIsoDate(localInstant('2026-11-01', '23:59'))).toBe('2026-11-01');
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-11-2026')).toBe(false);
    expect(isIsoDate(20261126)).toBe(false);
  });
});

describe('last 7-day compression plan', () => {
  it('places Day 7 .. Day 1 on the seven dates before the exam, word for word', () => {
    const plan = lastSevenDayPlan('2027-01-10');
    expect(plan.map((d) => [d.day, d.date])).toEqual([
      [7, '2027-01-03'],
      [6, '2027-01-04'],
      [5, '2027-01-05'],
      [4, '2027-01-06'],
      [3, '2027-01-07'],
      [2, '2027-01-08'],
      [1, '2027-01-09'],
    ]);
    // Each date carries its own day's focus, whatever order the seed lists the days in.
    for (const d of plan) expect(d.focus).toBe(lastSevenDays.find((s) => s.day === d.day)?.focus);
    expect(plan[0]?.focus).toBe(lastSevenDays.find((s) => s.day === 7)?.focus);
    expect(plan[6]?.focus).toBe(
      'one light mixed set, miss-log repair, and live Databricks source check only',
    );
  });
});

describe('examClock: the final 72 hours', () => {
  it('opens exactly 72 hours before the exam, even across the clock change', () => {
    const exam = localInstant('2026-11-03', '09:00');
    const hour = 3_600_000;
    expect(examClock('2026-11-03', '09:00', exam - 72 * hour - 1).phase).toBe('before-final-72');
    expect(examClock('2026-11-03', '09:00', exam - 72 * hour).phase).toBe('final-72');
    expect(examClock('2026-11-03', '09:00', exam - hour).hoursToExam).toBe(1);
    expect(examClock('2026-11-03', '09:00', exam + 5 * hour).phase).toBe('after-exam');
    expect(examClock(null, '09:00', exam).phase).toBe('no-exam');
  });
});

describe('progressOf', () => {
  it('counts done tasks and never divides by zero', () => {
    expect(progressOf(['a', 'b', 'c', 'd'], (id) => id === 'a')).toEqual({ done: 1, total: 4, ratio: 0.25 });
    expect(progressOf([], () => true)).toEqual({ done: 0, total: 0, ratio: 0 });
  });
});

describe('validateSetup', () => {
  it('accepts the defaults', () => {
    expect(validateSetup(defaultSetup)).toEqual({});
  });

  it('names each bad field and the exam-before-start case', () => {
    expect(validateSetup({ ...defaultSetup, startDate: '2026-02-30' })).toHaveProperty('startDate');
    expect(validateSetup({ ...defaultSetup, examTime: '25:00' })).toHaveProperty('examTime');
    expect(validateSetup({ ...defaultSetup, partTimeWeeks: 13 })).toHaveProperty('partTimeWeeks');
    expect(validateSetup({ ...defaultSetup, startDate: '2026-12-01', examDate: '2026-12-01' })).toEqual({
      examDate: 'The exam must come after the start date.',
    });
  });
});
