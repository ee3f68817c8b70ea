/**
 * The dates and instants the app can show and compute with. Calendars, countdowns and .ics exports all break
 * down on a year like 9999, and nothing a learner plans falls outside this century, so forms and imports accept
 * years 2000 to 2100 only. Stored instants may be 0 (rows upgraded from the first release carry it), but never
 * past the end of 2100.
 */
import { isIsoDate } from '../dates';

export const minYear = 2000;
export const maxYear = 2100;
export const minDate = `${minYear}-01-01`;
export const maxDate = `${maxYear}-12-31`;
/** 2100-12-31T23:59:59.999Z. */
export const maxInstant = 4_133_980_799_999;

/** A real calendar date in years 2000 to 2100. */
export function isStudyDate(value: unknown): value is string {
  return isIsoDate(value) && value >= minDate && value <= maxDate;
}

export function isStoredInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxInstant;
}

export const studyDateMessage = `Enter a date from ${minYear} to ${maxYear}.`;
