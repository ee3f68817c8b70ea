/**
 * Spaced self-retests of the one-sentence rules: each comes back on calendar days 1, 3 and 7 after it was
 * written. Only the latest due day is offered: a learner back from a week away retests once, not three times.
 */
import { addDays, localIsoDate, type IsoDate } from './dates';
import type { MissRecord, RetestResult } from './records';

export const retestDays = [1, 3, 7] as const satisfies readonly RetestResult['day'][];

export interface DueRetest {
  missId: string;
  day: RetestResult['day'];
  dueDate: IsoDate;
}

export function retestDate(miss: Pick<MissRecord, 'createdAt'>, day: RetestResult['day']): IsoDate {
  return addDays(localIsoDate(miss.createdAt), day);
}

export function dueRetest(miss: MissRecord, today: IsoDate): DueRetest | null {
  if (miss.rule.trim() === '') return null;
  const latestDone = Math.max(0, ...miss.retests.map((r) => r.day));
  const due = retestDays.filter((day) => day > latestDone && retestDate(miss, day) <= today).at(-1);
  return due ? { missId: miss.id, day: due, dueDate: retestDate(miss, due) } : null;
}

/** Oldest due first, so the rule waiting longest comes up first. */
export function dueRetests(misses: Iterable<MissRecord>, today: IsoDate): DueRetest[] {
  const due: DueRetest[] = [];
  for (const miss of misses) {
    const found = dueRetest(miss, today);
    if (found) due.push(found);
  }
  return due.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.missId.localeCompare(b.missId));
}

/** Records a retest answer, replacing an earlier answer for the same day. */
export function withRetest(retests: readonly RetestResult[], result: RetestResult): RetestResult[] {
  return [...retests.filter((r) => r.day !== result.day), result].sort((a, b) => a.day - b.day);
}
