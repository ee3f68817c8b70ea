/**
 * When the pace check changed its advice, week by week across the route. The warning is re-asked as it would
 * have been answered on the first day of each week, from the sessions and the study time logged by hand, so
 * the chart of hours per week can mark the week the advice turned (and the week it turned back).
 */
import { localInstant, type IsoDate } from './dates';
import type { SessionRecord, StudyLogRecord } from './records';
import { paceIsWatched, paceWarning, type PacedSetup } from './session-hours';
import type { HoursBandId } from './seed';

export interface PaceChange {
  /** Route week the new advice was first given in. */
  week: number;
  from: IsoDate;
  /** The band the real pace points to; null when the learner is back on the promised pace. */
  realBand: HoursBandId | null;
  message: string;
}

export const backOnPaceMessage = 'Back on the promised pace: the last two weeks reached your hours band.';

export function paceChanges(
  sessions: readonly SessionRecord[],
  setup: PacedSetup,
  weeks: readonly { week: number; from: IsoDate }[],
  today: IsoDate,
  logs: readonly StudyLogRecord[] = [],
): PaceChange[] {
  const changes: PaceChange[] = [];
  let previous: HoursBandId | null = null;
  for (const { week, from } of weeks) {
    const at = localInstant(from, '12:00');
    // Where the calendar silences the warning the pace did not turn: the route is over or the exam is near.
    if (week === 0 || from > today || !paceIsWatched(setup, at)) continue;
    const warning = paceWarning(sessions, setup, at, logs);
    const realBand = warning?.realBand ?? null;
    if (realBand !== previous) {
      changes.push({ week, from, realBand, message: warning?.message ?? backOnPaceMessage });
    }
    previous = realBand;
  }
  return changes;
}
