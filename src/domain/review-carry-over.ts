/**
 * Carrying the old day-1/3/7 retests into rule review (database version 5). A retest answered "held" becomes
 * a Good review and "slipped" an Again, at the moment it was answered; the card keeps no FSRS memory yet, so
 * its first grade in the review view replays this history through FSRS. Until then it is due when the old
 * schedule would have brought it back: the next of days 1, 3 and 7 after its set's date, or a week after the
 * day-7 answer.
 */
import { addDays, localInstant, localIsoDate, type IsoDate } from './dates';
import type { MissRecord, MixedSetRecord } from './records';
import { ruleHash, type ReviewCardRecord, type ReviewLogRecord } from './review-records';

function retestLogId(missId: string, day: number): string {
  // Ids are at most 128 characters: a long imported miss id is shortened and made unique by its hash.
  const key = missId.length <= 100 ? missId : `${missId.slice(0, 90)}-${ruleHash(missId)}`;
  return `retest-d${day}-${key}`;
}

export function carryOverRetests(
  miss: Pick<MissRecord, 'id' | 'rule' | 'retests' | 'createdAt'>,
  start: IsoDate,
  now: number,
): { card: ReviewCardRecord; logs: ReviewLogRecord[] } | null {
  const answered = [...(miss.retests ?? [])].sort((a, b) => a.day - b.day);
  if (miss.rule.trim() === '' || answered.length === 0) return null;
  const logs: ReviewLogRecord[] = answered.map((retest) => ({
    id: retestLogId(miss.id, retest.day),
    missId: miss.id,
    rating: retest.held ? 3 : 1,
    reviewedAt: retest.at,
    source: 'retest',
  }));
  const last = answered.at(-1)!;
  const nextDay = [1, 3, 7].find((day) => day > last.day);
  const dueDate = nextDay ? addDays(start, nextDay) : addDays(localIsoDate(last.at), 7);
  const afterLast = addDays(localIsoDate(last.at), 1);
  return {
    card: {
      missId: miss.id,
      memory: null,
      due: localInstant(dueDate > afterLast ? dueDate : afterLast),
      slips: answered.filter((retest) => !retest.held).length,
      ruleHash: ruleHash(miss.rule),
      updatedAt: now,
    },
    logs,
  };
}

/**
 * The retests of every miss that has no review card yet, carried into review: by the database upgrade, and by
 * an import of a file from before review existed (its misses hold the retests, the file no cards or logs).
 * A retest counts from its set's date, or the miss's own day when it has no set.
 */
export function carryOverMisses(
  misses: readonly MissRecord[],
  sets: readonly Pick<MixedSetRecord, 'id' | 'date'>[],
  hasCard: (missId: string) => boolean,
  now: number,
): { cards: ReviewCardRecord[]; logs: ReviewLogRecord[] } {
  const setDates = new Map(sets.map((set) => [set.id, set.date]));
  const cards: ReviewCardRecord[] = [];
  const logs: ReviewLogRecord[] = [];
  for (const miss of misses) {
    if (hasCard(miss.id)) continue;
    const start = (miss.setId ? setDates.get(miss.setId) : undefined) ?? localIsoDate(miss.createdAt);
    const carried = carryOverRetests(miss, start, now);
    if (!carried) continue;
    cards.push(carried.card);
    logs.push(...carried.logs);
  }
  return { cards, logs };
}
