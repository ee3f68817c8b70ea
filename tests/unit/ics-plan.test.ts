import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, planIcs } from '../../src/domain/ics-plan';
import { buildRoute } from '../../src/domain/route';
import { lessonTitle } from '../../src/domain/seed-lookups';
import { icsNow as now, icsSetup as setup } from '../support/ics-setup';

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('planIcs', () => {
  const text = planIcs(buildRoute(setup), setup, now);
  const events = unfold(text).split('BEGIN:VEVENT').slice(1);

  it('uses CRLF line endings and keeps every line within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has the six route weeks, the last seven days and the exam', () => {
    expect(events).toHaveLength(6 + 7 + 1);
    expect(events[0]).toContain('DTSTART;VALUE=DATE:20261123');
    expect(events[0]).toContain('DTEND;VALUE=DATE:20261130');
    expect(events[0]).toContain('SUMMARY:ML-PRO week 1: SparkML and scalable model-development choices');
    expect(events[6]).toContain('DTSTART;VALUE=DATE:20270108');
    expect(events[6]).toContain(
      'SUMMARY:ML-PRO Day 7: SparkML\\, estimator or transformer choice\\, and scoring modes only',
    );
    expect(events[12]).toContain('DTSTART;VALUE=DATE:20270114');
    expect(events[13]).toContain('DTSTART:20270115T103000');
    expect(events[13]).toContain('DURATION:PT120M');
    expect(events[13]).toContain('DTSTAMP:20261126T123005Z');
  });

  it('gives each event a stable uid', () => {
    const again = planIcs(buildRoute(setup), setup, now + 1000);
    const uids = (ics: string) => ics.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(14);
  });

  it('names events by their role, so moving the dates keeps the uids', () => {
    const moved = { ...setup, startDate: '2026-11-30', examDate: '2027-01-22' };
    const uids = (ics: string) => ics.match(/^UID:.*$/gm);
    expect(uids(planIcs(buildRoute(moved), moved, now))).toEqual(uids(text));
  });

  it('writes no reminders unless asked', () => {
    expect(text).not.toContain('BEGIN:VALARM');
  });

  it('writes only the dated parts', () => {
    const noExam = planIcs(buildRoute({ ...setup, examDate: null }), { ...setup, examDate: null }, now);
    expect(noExam.match(/BEGIN:VEVENT/g)).toHaveLength(6);
  });
});

describe('repair tasks added to the plan', () => {
  const repair = (id: string, lesson: '2.5' | '3.1', weekOf: string) => ({
    id,
    label: `${lesson} ${lessonTitle(lesson)}`,
    lessons: [lesson],
    weekOf,
    createdAt: now,
  });
  // Week 2 starts on Nov 30; the 6-week route ends on Jan 3, so Jan 5 is after it.
  const extras = [repair('extra-week', '2.5', '2026-12-02'), repair('extra-after', '3.1', '2027-01-05')];
  const text = unfold(planIcs(buildRoute(setup), setup, now, { extraTasks: extras }));
  const events = text.split('BEGIN:VEVENT').slice(1);

  it('lists a task added to a route week in that week, by the name the plan shows, once', () => {
    const week2 = events.find((event) => event.includes('UID:week-2@'))!;
    const name = escapeIcsText(`2.5 ${lessonTitle('2.5')}`);
    expect(week2).toContain(`\\n- ${name}`);
    expect(week2.split(name)).toHaveLength(2);
  });

  it('puts a repair added after the route on its own day, with a stable uid', () => {
    const day = events.filter((event) => event.includes('UID:repair-extra-after@'));
    expect(day).toHaveLength(1);
    expect(day[0]).toContain('DTSTART;VALUE=DATE:20270105');
    expect(day[0]).toContain('DTEND;VALUE=DATE:20270106');
    expect(day[0]).toContain(`SUMMARY:ML-PRO repair: ${escapeIcsText(`3.1 ${lessonTitle('3.1')}`)}`);
    expect(events).toHaveLength(6 + 7 + 1 + 1);
  });
});

describe('ICS text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
