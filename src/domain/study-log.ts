/**
 * Study time logged by hand (judgment rule 5, hours are honest): what the learner types and the checks it must
 * pass before anything is saved.
 */
import { daysBetween, isIsoDate, type IsoDate } from './dates';
import type { StudyLogRecord } from './records';

/** A whole day; more in one entry is a typing slip. */
export const maxLoggedMinutes = 720;
export const maxLoggedWhatLength = 120;

export interface StudyLogDraft {
  date: string;
  minutes: string;
  what: string;
}

export type StudyLogErrors = Partial<Record<keyof StudyLogDraft, string>>;

export type StudyLogValues = Pick<StudyLogRecord, 'date' | 'minutes' | 'what'>;

export function parseStudyLogDraft(
  draft: StudyLogDraft,
  today: IsoDate,
): { ok: true; value: StudyLogValues } | { ok: false; errors: StudyLogErrors } {
  const errors: StudyLogErrors = {};
  if (!isIsoDate(draft.date)) errors.date = 'Enter the date you studied.';
  else if (daysBetween(today, draft.date) > 0) errors.date = 'Enter today or an earlier date.';
  const trimmed = draft.minutes.trim();
  const minutes = /^\d+$/.test(trimmed) ? Number(trimmed) : null;
  if (minutes === null || minutes < 1 || minutes > maxLoggedMinutes) {
    errors.minutes = `Enter whole minutes from 1 to ${maxLoggedMinutes}.`;
  }
  const what = draft.what.trim();
  if (what.length === 0) errors.what = 'Say what you studied, e.g. "Chapter 2.5 notes".';
  else if (what.length > maxLoggedWhatLength) errors.what = `Keep it to ${maxLoggedWhatLength} characters.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { date: draft.date as IsoDate, minutes: minutes!, what } };
}

export function draftOf(log: StudyLogValues): StudyLogDraft {
  return { date: log.date, minutes: String(log.minutes), what: log.what };
}
