/**
 * The one way the app writes an amount of study time, on every view and in every export: "45 min", "60 min",
 * "1 h 45 min", "2 h". Up to an hour it stays in minutes, the unit a 60-minute session is thought in; beyond it,
 * hours and minutes, never decimal hours ("1.7 hours" and "1 h 45 min" for one week read as two answers).
 * Whole minutes, rounded down, so no total claims time that was not studied.
 */
const minuteMs = 60_000;

export function durationText(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.floor(Math.max(0, ms) / minuteMs) : 0;
  if (minutes <= 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Minutes as stored in study logs and calendar days, written the same way. */
export function minutesText(minutes: number): string {
  return durationText(minutes * minuteMs);
}
