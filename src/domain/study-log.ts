/**
 * Study time logged by hand (judgment rule 5, hours are honest): what the learner types and the checks it must
 * pass before anything is saved.
 */
import { daysBetween, isIsoDate, type IsoDate } from './dates';
import type { StudyLogRecord } from './records';
import { cleanText, visibleLength } from './validation/text';

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

/**
 * The one check of a logged study time, for the form and the import alike. `latest` is the last day it may be
 * dated: today in the form, the day the backup was made (and one more, for clocks apart) in an import, or
 * null when that is not known.
 */
export function validateStudyLog(
  log: { date: string; minutes: number | null; what: string },
  latest: IsoDate | null,
): StudyLogErrors {
  const errors: StudyLogErrors = {};
  if (!isIsoDate(log.date)) errors.date = 'Enter the date you studied.';
  else if (latest !== null && daysBetween(latest, log.date) > 0)
    errors.date = 'Enter today or an earlier date.';
  if (log.minutes === null || log.minutes < 1 || log.minutes > maxLoggedMinutes) {
    errors.minutes = `Enter whole minutes from 1 to ${maxLoggedMinutes}.`;
  }
  const what = cleanText(log.what);
  if (what.length === 0) errors.what = 'Say what you studied, e.g. "Chapter 2.5 notes".';
  else if (visibleLength(what) > maxLoggedWhatLength)
    errors.what = `Keep it to ${maxLoggedWhatLength} characters.`;
  return errors;
}

export function parseStudyLogDraft(
  draft: StudyLogDraft,
  today: IsoDate,
): { ok: true; value: StudyLogValues } | { ok: false; errors: StudyLogErrors } {
  const trimmed = draft.minutes.trim();
  const minutes = /^\d+$/.test(trimmed) ? Number(trimmed) : null;
  const errors = validateStudyLog({ date: draft.date, minutes, what: draft.what }, today);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { date: draft.date as IsoDate, minutes: minutes!, what: cleanText(draft.what) } };
}

export function draftOf(log: StudyLogValues): StudyLogDraft {
  return { date: log.date, minutes: String(log.minutes), what: log.what };
}
