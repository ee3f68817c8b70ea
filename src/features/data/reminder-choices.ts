import type { IcsReminders, WeekdayCode } from '../../domain/ics-plan';

/** What the learner picked in the calendar export form. */
export interface ReminderChoices {
  sessions: boolean;
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
