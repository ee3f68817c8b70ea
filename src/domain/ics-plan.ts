/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per route week, one per day of the last-seven-day
 * countdown, and the exam itself at its local start time. UIDs are stable, so importing a newer export updates
 * the same events instead of duplicating them. Lines end in CRLF and are folded at 75 octets, never inside a
 * UTF-8 character.
 */
import { lastSevenDayPlan } from './countdown';
import { addDays, type IsoDate } from './dates';
import type { Route } from './route';
import { lessonTitle } from './seed';
import type { Setup } from './setup';

const uidDomain = 'ml-pro-study-tracker';

export function escapeIcsText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line so no physical line exceeds 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: IsoDate) => iso.replaceAll('-', '');

function utcStamp(now: number): string {
  return new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function allDayEvent(
  uid: string,
  start: IsoDate,
  days: number,
  summary: string,
  description: string,
  stamp: string,
) {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@${uidDomain}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(start)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(start, days))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function planIcs(route: Route, setup: Setup, now: number): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ML-PRO Study Tracker//Study plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText('ML-PRO study plan')}`,
  ];
  for (const week of route.weeks) {
    if (!week.startDate) continue;
    const part = week.part ? ` (part ${week.part.index} of ${week.part.of})` : '';
    const tasks = week.tasks
      .map(
        (task) =>
          `- ${task.label}${task.lessons.length ? ` (${task.lessons.map((l) => `${l} ${lessonTitle(l)}`).join('; ')})` : ''}`,
      )
      .join('\n');
    lines.push(
      ...allDayEvent(
        `week-${week.number}-${week.startDate}`,
        week.startDate,
        7,
        `ML-PRO week ${week.number}: ${week.focus}${part}`,
        `What to do: ${week.whatToDo}\n\nTasks:\n${tasks}`,
        stamp,
      ),
    );
  }
  if (setup.examDate) {
    for (const day of lastSevenDayPlan(setup.examDate)) {
      lines.push(
        ...allDayEvent(
          `last-7-day-${day.day}-${day.date}`,
          day.date,
          1,
          `ML-PRO Day ${day.day}: ${day.focus}`,
          day.focus,
          stamp,
        ),
      );
    }
    const [hours, minutes] = setup.examTime.split(':');
    lines.push(
      'BEGIN:VEVENT',
      `UID:exam-${setup.examDate}@${uidDomain}`,
      `DTSTAMP:${stamp}`,
      // Floating local time: the exam starts at this wall-clock time wherever the learner is.
      `DTSTART:${compactDate(setup.examDate)}T${hours}${minutes}00`,
      'DURATION:PT4H',
      `SUMMARY:${escapeIcsText('Databricks ML Professional exam')}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
