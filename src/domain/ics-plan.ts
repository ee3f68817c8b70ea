/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per route week, one per day of the last-seven-day
 * countdown, the learner's weekly study sessions if they give a time, and the exam itself (120 minutes, as the
 * ML-PRO exam runs) at its local start time. Reminders are VALARMs the learner picks, so a calendar app reminds
 * them when this app is closed.
 *
 * UIDs name the event's role, not its date ("week-3", "exam"), so importing a newer export after moving the start
 * or exam date updates the same events instead of adding twins; SEQUENCE grows with each export so Apple Calendar
 * and Outlook take the newer copy. Times are floating local times: the exam starts at its wall-clock time
 * wherever the learner is. One VALARM per event, relative to the start, because Outlook keeps only one and
 * Google keeps none of an imported file's (it applies the calendar's default instead). Lines end in CRLF and are
 * folded at 75 octets, never inside a UTF-8 character.
 */
import { lastSevenDayPlan } from './exam-countdown';
import { addDays, daysBetween, isValidTime, localIsoDate, type IsoDate } from './dates';
import { isAfterRoute, weekIndexOf, type Route } from './route';
import type { ExtraTaskRecord } from './records';
import { weekdayCodes, type WeekdayCode } from './reminder-choices';
import type { Setup } from './setup';
import { lessonReferences } from './seed-lookups';
import type { LessonId } from './seed-ids';

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

/** What the learner asked to be reminded of. */
export interface IcsReminders {
  /** Weekly study sessions at a local time: an event each, with a reminder 10 minutes before. */
  sessions: { time: string; weekdays: readonly WeekdayCode[] } | null;
  /** A reminder at 18:00 the evening before each of the last 7 days, naming that day's only focus. */
  lastSevenDays: boolean;
  /** A reminder 24 hours before the exam starts. */
  examDayBefore: boolean;
}

export const noReminders: IcsReminders = { sessions: null, lastSevenDays: false, examDayBefore: false };

/** Length of a study session in the plan, and of the ML-PRO exam. */
const sessionMinutes = 60;
export const examMinutes = 120;
const sessionReminderMinutes = 10;

/** A message for a session time or weekday choice that cannot be written; null when it can. */
export function checkSessionReminder(sessions: IcsReminders['sessions']): string | null {
  if (!sessions) return null;
  if (!isValidTime(sessions.time)) return 'Enter a session time such as 19:00.';
  if (sessions.weekdays.length === 0) return 'Pick at least one day for your study sessions.';
  return null;
}

function alarm(trigger: string, description: string) {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'END:VALARM',
  ];
}

interface EventHead {
  uid: string;
  stamp: string;
  sequence: number;
}

function eventHead({ uid, stamp, sequence }: EventHead) {
  return [`UID:${uid}@${uidDomain}`, `DTSTAMP:${stamp}`, `SEQUENCE:${sequence}`];
}

function allDayEvent(
  head: EventHead,
  start: IsoDate,
  days: number,
  summary: string,
  description: string,
  reminder: string[] = [],
) {
  return [
    'BEGIN:VEVENT',
    ...eventHead(head),
    `DTSTART;VALUE=DATE:${compactDate(start)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(start, days))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'TRANSP:TRANSPARENT',
    ...reminder,
    'END:VEVENT',
  ];
}

const localDateTime = (date: IsoDate, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;

// 1970-01-05 was a Monday.
const weekdayOf = (date: IsoDate): WeekdayCode =>
  weekdayCodes[((daysBetween('1970-01-05', date) % 7) + 7) % 7]!;

/**
 * The weekly study sessions from the first chosen weekday on or after `from` to the day before the exam (or the
 * route's end). DTSTART is a day the rule picks, since RFC 5545 counts DTSTART as an instance either way.
 */
function sessionEvent(
  head: EventHead,
  sessions: NonNullable<IcsReminders['sessions']>,
  from: IsoDate,
  until: IsoDate,
): string[] {
  const days = new Set(sessions.weekdays);
  let first = from;
  for (let i = 0; i < 7 && !days.has(weekdayOf(first)); i++) first = addDays(first, 1);
  if (first > until) return [];
  const byDay = weekdayCodes.filter((code) => days.has(code)).join(',');
  return [
    'BEGIN:VEVENT',
    ...eventHead(head),
    `DTSTART:${localDateTime(first, sessions.time)}`,
    `DURATION:PT${sessionMinutes}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${localDateTime(until, '23:59')}`,
    `SUMMARY:${escapeIcsText('ML-PRO study session (60 minutes)')}`,
    `DESCRIPTION:${escapeIcsText('Open ML-PRO Study Tracker and start a 60-minute session.')}`,
    ...alarm(`-PT${sessionReminderMinutes}M`, 'ML-PRO study session in 10 minutes'),
    'END:VEVENT',
  ];
}

/** Exports count up from this instant, so a newer export always carries a higher SEQUENCE. */
const sequenceEpoch = Date.UTC(2026, 0, 1);

/** A task as the plan lists it: its name, then the lessons the name does not already say. */
function taskLine(task: { label: string; lessons: readonly LessonId[] }): string {
  const refs = lessonReferences(task.label, task.lessons);
  return `- ${task.label}${refs.length ? ` (${refs.join('; ')})` : ''}`;
}

export function planIcs(
  route: Route,
  setup: Setup,
  now: number,
  {
    reminders = noReminders,
    today = localIsoDate(now),
    extraTasks = [],
  }: {
    reminders?: IcsReminders;
    today?: IsoDate;
    /** Tasks added to the plan (repairs): in their route week, or on their own day once the route is over. */
    extraTasks?: readonly ExtraTaskRecord[];
  } = {},
): string {
  const stamp = utcStamp(now);
  const sequence = Math.max(0, Math.floor((now - sequenceEpoch) / 60_000));
  const head = (uid: string): EventHead => ({ uid, stamp, sequence });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ML-PRO Study Tracker//Study plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText('ML-PRO study plan')}`,
  ];
  // In the order the plan shows them: oldest added first.
  const extras = [...extraTasks].sort((a, b) => a.createdAt - b.createdAt);
  const afterRoute = extras.filter((extra) => isAfterRoute(route, extra.weekOf));
  for (const [index, week] of route.weeks.entries()) {
    if (!week.startDate) continue;
    const part = week.part ? ` (part ${week.part.index} of ${week.part.of})` : '';
    const added = extras.filter(
      (extra) => !isAfterRoute(route, extra.weekOf) && weekIndexOf(route, extra.weekOf) === index,
    );
    const tasks = [...week.tasks, ...added].map(taskLine).join('\n');
    lines.push(
      ...allDayEvent(
        head(`week-${week.number}`),
        week.startDate,
        7,
        `ML-PRO week ${week.number}: ${week.focus}${part}`,
        `What to do: ${week.whatToDo}\n\nTasks:\n${tasks}`,
      ),
    );
  }
  for (const extra of afterRoute) {
    lines.push(
      ...allDayEvent(
        head(`repair-${extra.id}`),
        extra.weekOf,
        1,
        `ML-PRO repair: ${extra.label}`,
        `Added after the route's weeks, for this day:\n${taskLine(extra)}`,
      ),
    );
  }
  const sessionsUntil = setup.examDate ? addDays(setup.examDate, -1) : route.endDate;
  if (reminders.sessions && !checkSessionReminder(reminders.sessions) && sessionsUntil) {
    const from = setup.startDate && setup.startDate > today ? setup.startDate : today;
    lines.push(...sessionEvent(head('study-sessions'), reminders.sessions, from, sessionsUntil));
  }
  if (setup.examDate) {
    for (const day of lastSevenDayPlan(setup.examDate)) {
      const summary = `ML-PRO Day ${day.day}: ${day.focus}`;
      lines.push(
        ...allDayEvent(
          head(`last-7-day-${day.day}`),
          day.date,
          1,
          summary,
          day.focus,
          // 18:00 the evening before: a negative trigger, which every calendar app honours on all-day events.
          reminders.lastSevenDays ? alarm('-PT6H', `Tomorrow, ${summary}`) : [],
        ),
      );
    }
    lines.push(
      'BEGIN:VEVENT',
      ...eventHead(head('exam')),
      `DTSTART:${localDateTime(setup.examDate, setup.examTime)}`,
      `DURATION:PT${examMinutes}M`,
      `SUMMARY:${escapeIcsText('Databricks ML Professional exam')}`,
      ...(reminders.examDayBefore
        ? alarm('-P1D', 'Your Databricks ML Professional exam is tomorrow. Read the final-72-hours rules.')
        : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
