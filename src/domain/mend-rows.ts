/**
 * Rows the first release stored without today's checks (a start date in year 9999, a `createdAt` of 8.64e15)
 * crash the views that compute with them and make every backup refuse to import. The schema upgrade mends
 * them with this: a date outside the years the app can show is dropped where it may be empty and otherwise
 * taken from the row's own creation day; an instant past the end of 2100, negative or fractional becomes the
 * upgrade's time. Everything else is left exactly as stored.
 */
import { localIsoDate } from './dates';
import { isStoredInstant, isStudyDate } from './validation/dates';

/** Instant fields of any stored row, at any depth (a miss's retests carry `at`, a review card's memory `lastReview`). */
const instantFields = new Set([
  'createdAt',
  'updatedAt',
  'tickedAt',
  'startedAt',
  'pausedAt',
  'endedAt',
  'at',
  'due',
  'lastReview',
  'reviewedAt',
  'lastExportedAt',
]);
/** Date fields that may be empty: the set-up's dates. */
const optionalDateFields = new Set(['startDate', 'examDate']);
/** Date fields a row must have: a set's or a study log's day, an extra task's week. */
const requiredDateFields = new Set(['date', 'weekOf']);

function mendValue(value: unknown, now: number, createdDay: string): unknown {
  if (Array.isArray(value)) return value.map((item) => mendValue(item, now, createdDay));
  if (typeof value !== 'object' || value === null) return value;
  const mended: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (instantFields.has(key) && typeof field === 'number' && !isStoredInstant(field)) mended[key] = now;
    else if (optionalDateFields.has(key) && field !== null && !isStudyDate(field)) mended[key] = null;
    else if (requiredDateFields.has(key) && typeof field === 'string' && !isStudyDate(field))
      mended[key] = createdDay;
    else mended[key] = mendValue(field, now, createdDay);
  }
  return mended;
}

/** The row with every out-of-range date and instant mended; `now` is the upgrade's time. */
export function mendStoredRow<Row>(row: Row, now: number): Row {
  const createdAt = (row as { createdAt?: unknown }).createdAt;
  const createdDay = localIsoDate(isStoredInstant(createdAt) && createdAt > 0 ? createdAt : now);
  return mendValue(row, now, createdDay) as Row;
}
