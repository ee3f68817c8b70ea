/**
 * Counts and trends over the miss log. Every function takes the rows it needs and returns plain data, so the
 * charts, the booking checks and the repair offer all read the same numbers.
 */
import { localIsoDate, type IsoDate } from './dates';
import type { MissRecord, MixedSetRecord } from './records';
import type { ReviewLogRecord } from './review-records';
import { failureModes, weakDomains, weakLanes, type LaneId } from './seed';
import { laneLabel, laneOf } from './seed-lookups';
import type { FailureModeId, WeakDomainId } from './seed-ids';

export type MissDetail = 'domain' | 'failureMode' | 'rule' | 'revisit';

/** How the record steps name each field, for "still needs: ...". */
export const missDetailLabels: Record<MissDetail, string> = {
  domain: 'the weak domain',
  failureMode: 'the failure mode',
  rule: 'the one sentence rule',
  revisit: 'the lesson or official doc to revisit',
};

/**
 * Judgment rule 6: a miss is complete when all four recorded fields are set (the seed's four record steps).
 * The miss log's badge, its filter and the session worksheet all ask this.
 */
export function missingDetails(
  miss: Pick<MissRecord, 'domain' | 'failureMode' | 'rule' | 'revisit'>,
): MissDetail[] {
  const missing: MissDetail[] = [];
  if (miss.domain === null) missing.push('domain');
  if (miss.failureMode === null) missing.push('failureMode');
  if (miss.rule.trim() === '') missing.push('rule');
  if (miss.revisit === null) missing.push('revisit');
  return missing;
}

// Runs once per miss on every filter change of a long log, so it checks without building the list.
export function needsDetails(miss: Pick<MissRecord, 'domain' | 'failureMode' | 'rule' | 'revisit'>): boolean {
  return (
    miss.domain === null || miss.failureMode === null || miss.revisit === null || miss.rule.trim() === ''
  );
}

export interface Tally<K extends string> {
  id: K;
  label: string;
  count: number;
}

function tally<K extends string>(
  keys: readonly { id: K; label: string }[],
  misses: Iterable<MissRecord>,
  keyOf: (miss: MissRecord) => K | null,
): Tally<K>[] {
  const counts = new Map<K, number>();
  for (const miss of misses) {
    const key = keyOf(miss);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return keys.map(({ id, label }) => ({ id, label, count: counts.get(id) ?? 0 }));
}

export function missesByFailureMode(misses: Iterable<MissRecord>): Tally<FailureModeId>[] {
  return tally(failureModes, misses, (miss) => miss.failureMode);
}

export function missesByDomain(misses: Iterable<MissRecord>): Tally<WeakDomainId>[] {
  return tally(weakDomains, misses, (miss) => miss.domain);
}

export function missesByLane(misses: Iterable<MissRecord>): Tally<LaneId>[] {
  return tally(weakLanes, misses, (miss) => laneOf(miss.failureMode));
}

/** Oldest first: the order a trend is read in. Sets on the same day keep the order they were recorded. */
export function setsInOrder(sets: Iterable<MixedSetRecord>): MixedSetRecord[] {
  return [...sets].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
}

export interface SetScore {
  id: string;
  date: IsoDate;
  label: string;
  questions: number;
  correct: number;
  /** Whole percent correct. */
  percent: number;
}

export function scoresOverTime(sets: Iterable<MixedSetRecord>): SetScore[] {
  return setsInOrder(sets).map((set) => ({
    id: set.id,
    date: set.date,
    label: set.label,
    questions: set.questions,
    correct: set.correct,
    percent: set.questions > 0 ? Math.round((set.correct / set.questions) * 100) : 0,
  }));
}

/** The calendar date a miss belongs to: its set's date, or the day it was written in a session. */
export function missDate(miss: MissRecord, setDates: ReadonlyMap<string, IsoDate>): IsoDate {
  return (miss.setId ? setDates.get(miss.setId) : undefined) ?? localIsoDate(miss.createdAt);
}

/** Each older set counts this much less than the one after it. */
export const recencyDecay = 0.6;

export interface LaneWeight {
  lane: LaneId;
  label: string;
  /** Misses weighted by recency; the latest set's misses count 1 each, a slipped review half that. */
  weight: number;
  count: number;
  /** Rule reviews graded Again (slipped) in this lane. */
  lapses: number;
}

/** A rule that slips in review says the lane is still weak, but less surely than a wrong answer does. */
export const lapseWeight = 0.5;

/**
 * How many of the ascending ISO dates are on or before `date`. ISO dates sort as strings, so a binary search
 * needs no date parsing: this runs once per session miss, which is thousands of times on a long log.
 */
function countUpTo(ascending: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ascending[mid]! <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The weakest lanes now, heaviest first. A miss weighs `recencyDecay` to the power of the number of sets taken
 * after it, so a lane repaired three sets ago fades while one still failing in the latest set stays on top.
 * Session misses are placed among the sets by their date.
 */
export function weakestLanes(
  misses: Iterable<MissRecord>,
  sets: Iterable<MixedSetRecord>,
  reviews: Iterable<ReviewLogRecord> = [],
): LaneWeight[] {
  const ordered = setsInOrder(sets);
  const rank = new Map(ordered.map((set, i) => [set.id, ordered.length - 1 - i]));
  const dates = ordered.map((set) => set.date);
  const setDates = new Map(ordered.map((set) => [set.id, set.date]));
  const totals = new Map<LaneId, { weight: number; count: number; lapses: number }>();
  const laneByMiss = new Map<string, LaneId>();
  for (const miss of misses) {
    const lane = laneOf(miss.failureMode);
    if (!lane) continue;
    laneByMiss.set(miss.id, lane);
    let setsAfter = miss.setId ? rank.get(miss.setId) : undefined;
    if (setsAfter === undefined) {
      const date = missDate(miss, setDates);
      setsAfter = dates.length - countUpTo(dates, date);
    }
    const entry = totals.get(lane) ?? { weight: 0, count: 0, lapses: 0 };
    entry.weight += recencyDecay ** setsAfter;
    entry.count += 1;
    totals.set(lane, entry);
  }
  // Slipped reviews decay like misses: by the sets taken since the day the rule slipped.
  for (const review of reviews) {
    const lane = review.rating === 1 ? laneByMiss.get(review.missId) : undefined;
    const entry = lane && totals.get(lane);
    if (!entry) continue;
    entry.weight +=
      lapseWeight * recencyDecay ** (dates.length - countUpTo(dates, localIsoDate(review.reviewedAt)));
    entry.lapses += 1;
  }
  return [...totals.entries()]
    .map(([lane, { weight, count, lapses }]) => ({ lane, label: laneLabel(lane), weight, count, lapses }))
    .sort((a, b) => b.weight - a.weight || b.count - a.count);
}
