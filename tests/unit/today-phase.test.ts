import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localInstant } from '../../src/domain/dates';
import { examStartText, todayState, type TodayState } from '../../src/domain/today-phase';

/** The last-7 day a state names, or null in every other phase. */
const countdownOf = (state: TodayState) => (state.phase === 'last-7' ? state.countdownDay : null);

/**
 * Today's calendar phase (judgment rule 2) in the learner's own time zone. Node reads process.env.TZ afresh
 * when it changes, so each block runs in its zone: UTC+13 (Tonga), UTC-10 (Hawaii) and Berlin across the
 * October daylight-saving change.
 */
function inZone(zone: string, body: () => void) {
  describe(`in ${zone}`, () => {
    const before = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = before;
    });
    body();
  });
}

const setup = { startDate: '2026-06-01', examDate: '2026-07-20', examTime: '10:00' };
const defaultWeeks = 6;
const at = (date: string, time: string) => localInstant(date, time);

for (const zone of ['Pacific/Tongatapu', 'Pacific/Honolulu', 'UTC']) {
  inZone(zone, () => {
    it('before the start: when it starts', () => {
      expect(todayState(setup, defaultWeeks, at('2026-05-30', '23:59'))).toMatchObject({
        phase: 'before-start',
        today: '2026-05-30',
        daysToStart: 2,
      });
    });

    it('during the route: this week, from the first minute of the start day', () => {
      expect(todayState(setup, defaultWeeks, at('2026-06-01', '00:00'))).toMatchObject({
        phase: 'route',
        weekIndex: 0,
      });
      expect(todayState(setup, defaultWeeks, at('2026-07-12', '23:59'))).toMatchObject({
        phase: 'route',
        weekIndex: 5,
      });
    });

    it('between the route and the last 7 days: repair, not behind pace', () => {
      const early = { ...setup, startDate: '2026-05-18' };
      const after = todayState(early, defaultWeeks, at('2026-07-01', '12:00'));
      expect(after.phase).toBe('after-route');
      expect(after).not.toHaveProperty('weekIndex');
    });

    it('the last 7 days: that day\'s "Day N ... only" focus', () => {
      expect(countdownOf(todayState(setup, defaultWeeks, at('2026-07-13', '00:00')))).toEqual({
        day: 7,
        focus: 'SparkML, estimator or transformer choice, and scoring modes only',
      });
      expect(todayState(setup, defaultWeeks, at('2026-07-14', '09:00'))).toMatchObject({
        phase: 'last-7',
        final72: false,
        countdownDay: { day: 6, focus: 'distributed training, Spark vs Ray, and tuning only' },
      });
    });

    it('the final 72 hours start 72 hours before the exam, inside the last 7 days', () => {
      expect(todayState(setup, defaultWeeks, at('2026-07-17', '09:59')).final72).toBe(false);
      const state = todayState(setup, defaultWeeks, at('2026-07-17', '10:00'));
      expect(state).toMatchObject({ phase: 'last-7', final72: true, hoursToExam: 72 });
      expect(countdownOf(state)?.day).toBe(3);
      expect(examStartText(state)).toBe('Final 72 hours: your exam starts in 72 hours.');
    });

    it('exam day, then "underway" instead of "starts in 0 hours", then how did it go', () => {
      const morning = todayState(setup, defaultWeeks, at('2026-07-20', '09:30'));
      expect(morning).toMatchObject({ phase: 'exam-day', hoursToExam: 1, examUnderway: false });
      expect(examStartText(morning)).toBe('Final 72 hours: your exam starts in 1 hour.');
      const during = todayState(setup, defaultWeeks, at('2026-07-20', '10:05'));
      expect(during).toMatchObject({ phase: 'exam-day', hoursToExam: null, examUnderway: true });
      expect(examStartText(during)).toBe('Your exam is underway. Trust your rules.');
      expect(todayState(setup, defaultWeeks, at('2026-07-20', '14:00')).phase).toBe('after-exam');
      expect(todayState(setup, defaultWeeks, at('2026-08-01', '12:00')).phase).toBe('after-exam');
    });

    it('without a start date the route is undated until the last 7 days', () => {
      const undated = { ...setup, startDate: null };
      expect(todayState(undated, defaultWeeks, at('2026-06-10', '12:00')).phase).toBe('undated');
      expect(todayState(undated, defaultWeeks, at('2026-07-15', '12:00')).phase).toBe('last-7');
    });
  });
}

describe('the same instant is a different day in UTC+13 and UTC-10', () => {
  const instant = Date.UTC(2026, 6, 13, 12, 0);
  inZone('Pacific/Tongatapu', () => {
    it('is already Day 6 in Tonga', () => {
      expect(todayState(setup, defaultWeeks, instant)).toMatchObject({
        today: '2026-07-14',
        countdownDay: { day: 6 },
      });
    });
  });
  inZone('Pacific/Honolulu', () => {
    it('is still Day 7 in Hawaii', () => {
      expect(todayState(setup, defaultWeeks, instant)).toMatchObject({
        today: '2026-07-13',
        countdownDay: { day: 7 },
      });
    });
  });
});

inZone('Europe/Berlin', () => {
  // Clocks go back from 03:00 to 02:00 on Sunday 2026-10-25: the 72 hours are real hours, the days calendar days.
  const dst = { startDate: '2026-09-14', examDate: '2026-10-27', examTime: '09:00' };

  it('counts the final 72 hours in real hours across the change', () => {
    expect(todayState(dst, defaultWeeks, at('2026-10-24', '09:30')).final72).toBe(false);
    expect(todayState(dst, defaultWeeks, at('2026-10-24', '10:00'))).toMatchObject({
      final72: true,
      hoursToExam: 72,
    });
  });

  it('keeps the last-7 days on calendar days across the change', () => {
    expect(countdownOf(todayState(dst, defaultWeeks, at('2026-10-25', '00:30')))?.day).toBe(2);
    expect(countdownOf(todayState(dst, defaultWeeks, at('2026-10-26', '00:30')))?.day).toBe(1);
    expect(countdownOf(todayState(dst, defaultWeeks, at('2026-10-26', '23:59')))?.day).toBe(1);
  });

  it('starts route weeks on the same weekday across the change', () => {
    const route = { startDate: '2026-10-19', examDate: null, examTime: '09:00' };
    expect(todayState(route, defaultWeeks, at('2026-10-25', '23:59'))).toMatchObject({
      phase: 'route',
      weekIndex: 0,
    });
    expect(todayState(route, defaultWeeks, at('2026-10-26', '00:00'))).toMatchObject({
      phase: 'route',
      weekIndex: 1,
    });
  });
});
