import { describe, expect, it } from 'vitest';
import type { MixedSetRecord } from '../../src/domain/records';
import {
  calendarDateIn,
  calendarRange,
  intensityOf,
  maxCalendarDays,
  longestPromiseRun,
  promiseStreak,
  sessionStudyEntries,
  studyCalendar,
  studyWeeks,
  studyWeekName,
  type StudyTimeEntry,
} from '../../src/domain/study-calendar';
import { finishedSession } from '../support/ended-session';

const minute = 60_000;

const set = (id: string, date: string): MixedSetRecord => ({
  id,
  date,
  label: id,
  questions: 10,
  correct: 7,
  createdAt: 0,
  updatedAt: 0,
});

const range = (from: string, to: string) => ({ from, to });

describe('calendarDateIn', () => {
  it('puts one instant on the date of each time zone', () => {
    const instant = Date.UTC(2026, 10, 26, 23, 30); // 23:30 UTC on Nov 26
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-11-26');
    expect(calendarDateIn(instant, 'Asia/Tokyo')).toBe('2026-11-27');
    expect(calendarDateIn(instant, 'America/Los_Angeles')).toBe('2026-11-26');
    expect(calendarDateIn(Date.UTC(2026, 10, 27, 5), 'America/Los_Angeles')).toBe('2026-11-26');
  });

  it('keeps late-evening sessions on their day across a daylight-saving change', () => {
    // Berlin leaves summer time on 2026-10-25: 23:30 local is 21:30 UTC before and 22:30 UTC after.
    expect(calendarDateIn(Date.UTC(2026, 9, 24, 21, 30), 'Europe/Berlin')).toBe('2026-10-24');
    expect(calendarDateIn(Date.UTC(2026, 9, 25, 22, 30), 'Europe/Berlin')).toBe('2026-10-25');
    // 00:30 local on the 26th is still the 25th in UTC and must read as the 26th.
    expect(calendarDateIn(Date.UTC(2026, 9, 25, 23, 30), 'Europe/Berlin')).toBe('2026-10-26');
  });
});

describe('sessionStudyEntries', () => {
  it('counts a session that crosses midnight wholly on the day it started', () => {
    // 23:30 to 00:30 in New York, 60 minutes.
    const late = finishedSession('late', Date.UTC(2026, 10, 27, 4, 30), 60);
    expect(sessionStudyEntries([late], 0, 'America/New_York')).toEqual([{ date: '2026-11-26', minutes: 60 }]);
    const days = studyCalendar({
      range: range('2026-11-26', '2026-11-27'),
      startDate: '2026-11-26',
      study: sessionStudyEntries([late], 0, 'America/New_York'),
      ticks: [],
      sets: [],
      timeZone: 'America/New_York',
    });
    expect(days.map((day) => day.minutes)).toEqual([60, 0]);
  });

  it('leaves out abandoned sessions and counts a running one up to now', () => {
    const start = Date.UTC(2026, 10, 26, 9);
    const running = {
      ...finishedSession('running', start, 0),
      status: 'running' as const,
      endedAt: null,
      studiedMs: null,
    };
    const entries = sessionStudyEntries(
      [finishedSession('gone', start, 40, 'abandoned'), running],
      start + 25 * minute,
      'UTC',
    );
    expect(entries).toEqual([{ date: '2026-11-26', minutes: 25 }]);
  });
});

describe('studyCalendar', () => {
  it('sums timed and hand-logged study, ticks and sets per day in the zone given', () => {
    const tz = 'Asia/Tokyo';
    const study: StudyTimeEntry[] = [
      ...sessionStudyEntries([finishedSession('a', Date.UTC(2026, 10, 23, 0), 60)], 0, tz), // 09:00 Tokyo on the 23rd
      { date: '2026-11-23', minutes: 30 }, // logged by hand
      { date: '2026-11-25', minutes: 45 },
    ];
    const days = studyCalendar({
      range: range('2026-11-23', '2026-11-29'),
      startDate: '2026-11-23',
      study,
      // 23:00 UTC on the 23rd is already the 24th in Tokyo.
      ticks: [{ id: 't1', tickedAt: Date.UTC(2026, 10, 23, 23) }],
      sets: [set('s1', '2026-11-25'), set('outside', '2026-12-01')],
      timeZone: tz,
    });
    expect(days).toHaveLength(7);
    expect(days[0]).toMatchObject({ date: '2026-11-23', minutes: 90, ticks: 0, sets: 0, week: 1 });
    expect(days[1]).toMatchObject({ date: '2026-11-24', minutes: 0, ticks: 1 });
    expect(days[2]).toMatchObject({ date: '2026-11-25', minutes: 45, sets: 1 });
    expect(days.map(intensityOf)).toEqual([4, 1, 2, 0, 0, 0, 0]);
  });

  it('keeps seven calendar days in a route week that crosses a daylight-saving change', () => {
    const tz = 'Europe/Berlin';
    // One 60-minute session at 20:00 local each day from Thu Oct 22 to Wed Oct 28 (offset +2 then +1).
    const sessions = Array.from({ length: 7 }, (_, i) => {
      const offsetHours = i < 3 ? 2 : 1;
      return finishedSession(`d${i}`, Date.UTC(2026, 9, 22 + i, 20 - offsetHours), 60);
    });
    const days = studyCalendar({
      range: range('2026-10-22', '2026-11-04'),
      startDate: '2026-10-22',
      study: sessionStudyEntries(sessions, 0, tz),
      ticks: [],
      sets: [],
      timeZone: tz,
    });
    expect(days.filter((day) => day.week === 1).map((day) => day.minutes)).toEqual([
      60, 60, 60, 60, 60, 60, 60,
    ]);
    const weeks = studyWeeks(days, '6-8', '2026-11-04');
    expect(weeks.map((week) => [week.week, week.from, week.to, week.minutes])).toEqual([
      [1, '2026-10-22', '2026-10-28', 420],
      [2, '2026-10-29', '2026-11-04', 0],
    ]);
  });

  it('numbers days before the start date as week 0 and continues weeks past the route', () => {
    const days = studyCalendar({
      range: range('2026-11-20', '2026-12-10'),
      startDate: '2026-11-23',
      study: [],
      ticks: [],
      sets: [],
    });
    expect(days[0]).toMatchObject({ date: '2026-11-20', week: 0 });
    expect(days[3]).toMatchObject({ date: '2026-11-23', week: 1 });
    expect(days.at(-1)).toMatchObject({ date: '2026-12-10', week: 3 });
  });
});

describe('calendarRange', () => {
  const bounds = { startDate: '2026-11-23', examDate: '2027-01-15', routeEnd: '2027-01-03' };

  it('runs from the start date to the exam', () => {
    expect(calendarRange(bounds, '2026-12-01', ['2026-11-25'])).toEqual(range('2026-11-23', '2027-01-15'));
  });

  it('reaches back to study logged before the start date and forward to today after the exam', () => {
    expect(calendarRange(bounds, '2027-02-01', ['2026-11-20'])).toEqual(range('2026-11-20', '2027-02-01'));
  });

  it('starts today when the route has not started and nothing is logged', () => {
    expect(calendarRange({ ...bounds, startDate: '2026-12-07' }, '2026-12-01', [])).toEqual(
      range('2026-12-01', '2027-01-15'),
    );
  });

  it('never draws more than a year of days', () => {
    const { from, to } = calendarRange(bounds, '2026-12-01', ['1971-01-01']);
    expect(to).toBe('2027-01-15');
    expect(
      studyCalendar({ range: { from, to }, startDate: null, study: [], ticks: [], sets: [] }),
    ).toHaveLength(maxCalendarDays);
  });
});

describe('study weeks and the promise', () => {
  /** A route from Mon Nov 2 with `minutesByDay[i]` studied on day i. */
  function weeksOf(minutesByDay: number[], today: string) {
    const days = studyCalendar({
      range: range('2026-11-02', '2026-11-29'),
      startDate: '2026-11-02',
      study: minutesByDay.map((minutes, i) => ({
        date: `2026-11-${String(2 + i).padStart(2, '0')}`,
        minutes,
      })),
      ticks: [],
      sets: [],
    });
    return studyWeeks(days, '6-8', today);
  }

  const restful = [90, 90, 0, 90, 90, 0, 60]; // 7 hours over 5 days, two rest days

  it('keeps the promise in a week with rest days', () => {
    const [week] = weeksOf(restful, '2026-11-30');
    expect(week).toMatchObject({ studyDays: 5, minutes: 420, promise: 'within', daysElapsed: 7 });
  });

  it('counts weeks in a row at the promised pace, not days in a row', () => {
    const fourWeeks = [...restful, ...restful, ...restful, ...restful];
    expect(promiseStreak(weeksOf(fourWeeks, '2026-11-30'))).toBe(4);
    const shortSecond = [...restful, 60, 0, 0, 0, 0, 0, 0, ...restful, ...restful];
    const weeks = weeksOf(shortSecond, '2026-11-30');
    expect(weeks.map((week) => week.promise)).toEqual(['within', 'below', 'within', 'within']);
    expect(promiseStreak(weeks)).toBe(2);
    const brokenLast = weeksOf([...restful, ...restful, ...restful, 60, 0, 0, 0, 0, 0, 0], '2026-11-30');
    expect(promiseStreak(brokenLast)).toBe(0);
    expect(longestPromiseRun(brokenLast)).toBe(3);
  });

  it('never fails the week still in progress', () => {
    const weeks = weeksOf([...restful, ...restful, 60], '2026-11-16');
    expect(weeks.map((week) => week.promise)).toEqual(['within', 'within', 'in-progress', 'upcoming']);
    expect(weeks[2]).toMatchObject({ daysElapsed: 1, minutes: 60 });
    expect(promiseStreak(weeks)).toBe(2);
  });

  it('judges nothing without an hours band', () => {
    const days = studyCalendar({
      range: range('2026-11-02', '2026-11-08'),
      startDate: '2026-11-02',
      study: [],
      ticks: [],
      sets: [],
    });
    expect(studyWeeks(days, null, '2026-11-30')[0]!.promise).toBe('no-band');
  });
});

describe('naming the weeks past the route', () => {
  /** A 2-week route from Mon Nov 2, the calendar running to `to`. */
  function namesOf(examDate: string | null, to: string) {
    const days = studyCalendar({
      range: range('2026-10-31', to),
      startDate: '2026-11-02',
      study: [],
      ticks: [],
      sets: [],
    });
    return studyWeeks(days, '6-8', '2026-11-01').map((week) => studyWeekName(week, 2, examDate));
  }

  it('calls the seven dates before the exam the last 7 days, and the exam day what it is', () => {
    // Exam on Nov 23: week 3 (Nov 16-22) is exactly the last 7 days, week 4 the exam day.
    expect(namesOf('2026-11-23', '2026-11-23')).toEqual([
      { name: 'Before the start', short: 'Before' },
      { name: 'Week 1', short: 'W1' },
      { name: 'Week 2', short: 'W2' },
      { name: 'Last 7 days', short: 'Last 7' },
      { name: 'Exam day', short: 'Exam' },
    ]);
  });

  it('names a week that runs from after the route into the last 7 days by both', () => {
    // Exam on Nov 26: the last 7 days begin on Nov 19, inside week 3.
    expect(namesOf('2026-11-26', '2026-11-29').slice(3)).toEqual([
      { name: 'After the route and the last 7 days', short: 'After' },
      { name: 'The last 7 days, the exam day and after the exam', short: 'Last 7' },
    ]);
  });

  it('says after the route without an exam date', () => {
    expect(namesOf(null, '2026-11-22').slice(3)).toEqual([{ name: 'After the route', short: 'After' }]);
  });
});
