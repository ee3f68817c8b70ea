/**
 * The reminders the learner picks for the calendar file, kept with their preferences so the next export asks
 * for nothing again. The session time and days are kept while sessions are off, so turning them back on
 * brings back what was picked.
 */
import type { IcsReminders } from './ics-plan';

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

export interface ReminderChoices {
  sessions: boolean;
  /** As the time field reports it: "" while it is emptied, which the export refuses with a message. */
  sessionTime: string;
  sessionDays: readonly WeekdayCode[];
  lastSevenDays: boolean;
  examDayBefore: boolean;
}

export const defaultReminderChoices: ReminderChoices = {
  sessions: false,
  sessionTime: '19:00',
  sessionDays: ['MO', 'TU', 'TH', 'SA'],
  lastSevenDays: true,
  examDayBefore: true,
};

export function remindersOf(choices: ReminderChoices): IcsReminders {
  return {
    sessions: choices.sessions ? { time: choices.sessionTime, weekdays: choices.sessionDays } : null,
    lastSevenDays: choices.lastSevenDays,
    examDayBefore: choices.examDayBefore,
  };
}
