/**
 * The calendar file read back by a real iCalendar parser (ical.js, the one Thunderbird uses), as a calendar app
 * would: every event, its times, its recurrence and its reminders.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkSessionReminder, examMinutes, planIcs, type IcsReminders } from '../../src/domain/ics-plan';
import { buildRoute } from '../../src/domain/route';
import { icsNow as now, icsSetup as setup } from '../support/ics-setup';

const allReminders: IcsReminders = {
  sessions: { time: '19:00', weekdays: ['MO', 'WE', 'SA'] },
  lastSevenDays: true,
  examDayBefore: true,
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

const exportWith = (reminders: IcsReminders, at = now) =>
  planIcs(buildRoute(setup), setup, at, { reminders, today: '2026-11-26' });

describe('the calendar file in a calendar app', () => {
  const events = parse(exportWith(allReminders));
  const bySummary = (start: string) => events.find(({ event }) => event.summary.startsWith(start))!;

  it('holds the weeks, the last 7 days, the weekly sessions and the exam', () => {
    expect(events).toHaveLength(6 + 7 + 1 + 1);
  });

  it('books the exam for 120 minutes at its local time, with a reminder the day before', () => {
    const { event, vevent } = bySummary('Databricks ML Professional exam');
    expect(event.startDate.toString()).toBe('2027-01-15T10:30:00');
    expect(event.startDate.isDate).toBe(false);
    expect(event.duration.toSeconds()).toBe(examMinutes * 60);
    expect(event.endDate.toString()).toBe('2027-01-15T12:30:00');
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-86_400);
  });

  it('reminds the evening before each of the last 7 days', () => {
    const lastSeven = events.filter(({ event }) => event.summary.startsWith('ML-PRO Day '));
    expect(lastSeven).toHaveLength(7);
    for (const { vevent, event } of lastSeven) {
      expect(event.startDate.isDate).toBe(true);
      const [valarm] = vevent.getAllSubcomponents('valarm');
      expect((valarm!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-6 * 3600);
      expect(valarm!.getFirstPropertyValue('description')).toContain(`Tomorrow, ${event.summary}`);
    }
  });

  it('repeats the study session on the chosen weekdays until the day before the exam, 10 minutes warning', () => {
    const { event, vevent } = bySummary('ML-PRO study session');
    expect(event.isRecurring()).toBe(true);
    // Nov 26 is a Thursday: the first chosen day after it is Saturday Nov 28.
    expect(event.startDate.toString()).toBe('2026-11-28T19:00:00');
    expect(event.duration.toSeconds()).toBe(3600);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toString());
    expect(starts.slice(0, 4)).toEqual([
      '2026-11-28T19:00:00',
      '2026-11-30T19:00:00',
      '2026-12-02T19:00:00',
      '2026-12-05T19:00:00',
    ]);
    expect(starts.at(-1)).toBe('2027-01-13T19:00:00');
    const [valarm] = vevent.getAllSubcomponents('valarm');
    expect((valarm!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-600);
  });

  it('keeps every uid and raises the sequence across two exports, so a re-import updates', () => {
    const later = parse(exportWith(allReminders, now + 3 * 86_400_000));
    expect(later.map(({ event }) => event.uid)).toEqual(events.map(({ event }) => event.uid));
    expect(new Set(events.map(({ event }) => event.uid)).size).toBe(events.length);
    expect(later[0]!.event.sequence).toBeGreaterThan(events[0]!.event.sequence);
  });

  it('has no reminders the learner did not pick', () => {
    const plain = parse(exportWith({ sessions: null, lastSevenDays: false, examDayBefore: true }));
    expect(plain).toHaveLength(6 + 7 + 1);
    const withAlarms = plain.filter(({ vevent }) => vevent.getAllSubcomponents('valarm').length > 0);
    expect(withAlarms.map(({ event }) => event.summary)).toEqual(['Databricks ML Professional exam']);
  });
});

describe('checkSessionReminder', () => {
  it('asks for a real time and at least one day', () => {
    expect(checkSessionReminder({ time: '25:00', weekdays: ['MO'] })).toBe(
      'Enter a session time such as 19:00.',
    );
    expect(checkSessionReminder({ time: '19:00', weekdays: [] })).toBe(
      'Pick at least one day for your study sessions.',
    );
    expect(checkSessionReminder({ time: '07:30', weekdays: ['SU'] })).toBeNull();
    expect(checkSessionReminder(null)).toBeNull();
  });
});
