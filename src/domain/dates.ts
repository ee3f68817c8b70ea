/**
 * Calendar dates as ISO strings ("2026-11-26"). Plan weeks are calendar days, not 24-hour spans: a week that
 * crosses a daylight-saving change still starts on the same weekday. So day arithmetic runs on UTC noon,
 * where no offset change can move a date (the reason Actual pins its month maths to noon).
 */

export type IsoDate = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Noon UTC on a calendar date: one instant whatever the device's time zone. */
export function toUtcNoon(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
}

/**
 * The calendar date at an instant in UTC: for what two devices work out from the same rows and must agree on
 * whatever their time zones (a review card replayed after a merge), not for a date the learner is shown.
 */
export function utcIsoDate(instant: number): IsoDate {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return utcIsoDate(toUtcNoon(iso) + days * dayMs);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcNoon(to) - toUtcNoon(from)) / dayMs);
}

/** The learner's calendar date at an instant, in the device's time zone. */
export function localIsoDate(instant: number): IsoDate {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instant of a local wall-clock time on a calendar date ("09:00" on the exam day). */
export function localInstant(iso: IsoDate, time = '00:00'): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm).getTime();
}

const weekdayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longFormat = new Intl.DateTimeFormat('en', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Thu Nov 26" */
export function formatShortDate(iso: IsoDate): string {
  const ms = toUtcNoon(iso);
  return `${weekdayFormat.format(ms)} ${shortFormat.format(ms)}`;
}

/**
 * "Thu Nov 26, 21:05": an instant on the device's clock, where the time of day tells things apart (a backup file,
 * a sync, a session). Same date words as `formatShortDate`; 24-hour, as the exam time is entered.
 */
export function formatDateTime(instant: number): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatShortDate(localIsoDate(instant))}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Thursday, November 26, 2026" */
export function formatLongDate(iso: IsoDate): string {
  return longFormat.format(toUtcNoon(iso));
}

export function isValidTime(value: unknown): value is string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
