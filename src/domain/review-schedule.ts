/**
 * When each miss rule comes back, aimed at the exam. The scheduler (FSRS, in review-fsrs.ts) decides a
 * card's natural next date from its memory; this module, which needs no scheduler and so costs the other
 * views nothing, applies what an exam candidate needs on top:
 * - a rule starts from its set's date, and a backfill of old sets spreads its first reviews over the next days
 *   (at most `newPerDay` first reviews a day) instead of piling them onto one morning;
 * - nothing is due on or after the exam day (after it, nothing at all until a new exam date is set: a passed
 *   learner is done, and one booking a retake sets the new date);
 * - every rule is reviewed at least once in the last 7 days, on the day whose seed focus matches its lane
 *   where that day has room;
 * - each due rule says why it is due.
 */
import { addDays, daysBetween, localIsoDate, type IsoDate } from './dates';
import type { MissRecord } from './records';
import type { ReviewCardRecord, ReviewLogRecord, ReviewRating } from './review-records';
import { lastSevenDays, type LaneId } from './seed';
import { laneOf, lastSevenDay } from './seed-lookups';
import { countText } from './count-text';

/** Like Anki's "new cards per day": a day's first reviews beyond this move to the next day. */
export const newPerDay = 8;

/**
 * The last-7-day focus days that fit each lane, best first (seed table "Last 7-day compression plan").
 * Leakage and feature consistency sit with Day 7: fitting a transformer on data it should not see is the
 * SparkML pipeline question. Rules without a failure mode go to Day 1, "miss-log repair".
 */
export const laneFocusDays: Record<LaneId | 'none', readonly number[]> = {
  scaling: [6, 7],
  features: [7, 5],
  lifecycle: [5, 4],
  monitoring: [3],
  deployment: [2],
  none: [1],
};

export type ReviewKind = 'new' | 'review' | 'final-week';

export interface ReviewItem {
  missId: string;
  lane: LaneId | null;
  /** The date the rule was missed: its set's date, or the day it was written in a session. */
  start: IsoDate;
  /** The date it is due, or null when it rests until the exam (already reviewed in the last 7 days). */
  due: IsoDate | null;
  kind: ReviewKind;
  /** The last-7-day focus day (7..1) it is placed on, when that decides its date. */
  focusDay: number | null;
  /** The focus day it takes while it still owes its last-7-day review, whether or not that decides its date yet. */
  owedFocusDay: number | null;
  lastReviewedAt: number | null;
  lastRating: ReviewRating | null;
}

export interface ReviewPlanInput {
  misses: Iterable<MissRecord>;
  setDates: ReadonlyMap<string, IsoDate>;
  cards: Readonly<Record<string, ReviewCardRecord>>;
  logs: Iterable<ReviewLogRecord>;
  examDate: IsoDate | null;
  today: IsoDate;
}

/** A rule's reviews, as the plan reads them. */
export interface History {
  first: number;
  last: number;
  lastRating: ReviewRating;
}

export function historyByMiss(logs: Iterable<ReviewLogRecord>): Map<string, History> {
  const byMiss = new Map<string, History>();
  for (const log of logs) {
    const seen = byMiss.get(log.missId);
    if (!seen) {
      byMiss.set(log.missId, { first: log.reviewedAt, last: log.reviewedAt, lastRating: log.rating });
      continue;
    }
    seen.first = Math.min(seen.first, log.reviewedAt);
    if (log.reviewedAt >= seen.last) {
      seen.last = log.reviewedAt;
      seen.lastRating = log.rating;
    }
  }
  return byMiss;
}

const latest = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** Code-unit order: ISO dates and ids need no locale, and localeCompare is slow across thousands of rows. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The misses as review rules, in the three orders the plan walks them, computed once per change of the
 * misses or sets (grading a card changes neither): sorting is what made a plan of 50,000 rules slow, and a
 * grade only needs a walk over these.
 */
export interface RuleIndex {
  /** In the misses' own order: the plan's order. */
  readonly rules: readonly IndexedRule[];
  /** In first-review order: earliest day, then start, then creation, then id. */
  readonly byFirstReview: readonly IndexedRule[];
  /** In final-week placement order: lane, then id. */
  readonly byLane: readonly IndexedRule[];
  readonly byId: ReadonlyMap<string, IndexedRule>;
}

export interface IndexedRule {
  miss: MissRecord;
  /** Its place in `byFirstReview`. */
  rank: number;
  /** Its place in `rules`. */
  position: number;
  start: IsoDate;
  lane: LaneId | null;
  /** The first day a new card may take: the day after the miss, and never the day it was typed. */
  earliest: IsoDate;
}

/** The misses with a rule (rules with no text are not cards), indexed for `planFromIndex`. */
export function indexRules(misses: Iterable<MissRecord>, setDates: ReadonlyMap<string, IsoDate>): RuleIndex {
  const rules: IndexedRule[] = [];
  for (const miss of misses) {
    if (miss.rule.trim() === '') continue;
    const start = (miss.setId ? setDates.get(miss.setId) : undefined) ?? localIsoDate(miss.createdAt);
    // A rule just written is not yet forgotten.
    const earliest = latest(addDays(start, 1), addDays(localIsoDate(miss.createdAt), 1));
    rules.push({ miss, start, lane: laneOf(miss.failureMode), earliest, rank: 0, position: rules.length });
  }
  const byFirstReview = [...rules].sort(
    (a, b) =>
      compare(a.earliest, b.earliest) ||
      compare(a.start, b.start) ||
      a.miss.createdAt - b.miss.createdAt ||
      compare(a.miss.id, b.miss.id),
  );
  byFirstReview.forEach((rule, rank) => (rule.rank = rank));
  const byLane = [...rules].sort(
    (a, b) => compare(a.lane ?? '~', b.lane ?? '~') || compare(a.miss.id, b.miss.id),
  );
  return { rules, byFirstReview, byLane, byId: new Map(rules.map((rule) => [rule.miss.id, rule])) };
}

/** How many last-7-day reviews one focus day takes before the next best day is used. */
export function finalWeekDayCap(rules: number): number {
  return Math.max(5, Math.ceil((rules * 1.5) / 7));
}

/**
 * Places each rule still owed its last-7-day review on a focus day that is still ahead: its lane's days
 * first, then Day 1 (miss-log repair), then the least loaded day.
 */
export function placeInFinalWeek(
  owed: readonly { missId: string; lane: LaneId | null }[],
  examDate: IsoDate,
  today: IsoDate,
): Map<string, number> {
  const ordered = [...owed].sort(
    (a, b) => compare(a.lane ?? '~', b.lane ?? '~') || compare(a.missId, b.missId),
  );
  return placeInOrder(ordered, examDate, today);
}

/** `placeInFinalWeek` for rules already in lane, then id, order. */
export function placeInOrder(
  ordered: readonly { missId: string; lane: LaneId | null }[],
  examDate: IsoDate,
  today: IsoDate,
): Map<string, number> {
  const open = lastSevenDays.map((d) => d.day).filter((day) => addDays(examDate, -day) >= today);
  const placed = new Map<string, number>();
  if (open.length === 0) return placed;
  const cap = finalWeekDayCap(ordered.length);
  const load = new Map<number, number>(open.map((day) => [day, 0]));
  const wantedByLane = new Map<LaneId | 'none', number[]>();
  for (const { missId, lane } of ordered) {
    let wanted = wantedByLane.get(lane ?? 'none');
    if (!wanted) {
      wanted = [...laneFocusDays[lane ?? 'none'], 1].filter((day) => load.has(day));
      wantedByLane.set(lane ?? 'none', wanted);
    }
    const day =
      wanted.find((d) => load.get(d)! < cap) ??
      open.reduce((best, d) => (load.get(d)! < load.get(best)! ? d : best));
    load.set(day, load.get(day)! + 1);
    placed.set(missId, day);
  }
  return placed;
}

export interface ExamWindow {
  examDate: IsoDate | null;
  examOver: boolean;
  /** The first of the last 7 days, while the exam is ahead. */
  windowStart: IsoDate | null;
  /** Each focus day's date (Day 7 is a week before the exam). */
  focusDates: ReadonlyMap<number, IsoDate>;
}

/** The exam's limits on the calendar, worked out once per plan rather than once per rule. */
export function examWindow(examDate: IsoDate | null, today: IsoDate): ExamWindow {
  const aimed = examDate !== null && today < examDate;
  return {
    examDate,
    examOver: examDate !== null && today >= examDate,
    windowStart: aimed ? addDays(examDate, -7) : null,
    focusDates: new Map(aimed ? lastSevenDays.map(({ day }) => [day, addDays(examDate, -day)]) : []),
  };
}

/**
 * A rule's due date once the exam's limits apply to its natural date: nothing from the exam day on; in the
 * last 7 days, its focus day while it still owes its last-7-day review (`owedFocusDay`), else it rests once
 * the scheduler would bring it back on or after the exam.
 */
export function limitedDue(
  natural: IsoDate,
  owedFocusDay: number | null,
  { examDate, examOver, windowStart, focusDates }: ExamWindow,
): { due: IsoDate | null; focusDay: number | null } {
  if (examOver) return { due: null, focusDay: null };
  if (examDate === null || windowStart === null || natural < windowStart)
    return { due: natural, focusDay: null };
  if (owedFocusDay !== null) return { due: focusDates.get(owedFocusDay)!, focusDay: owedFocusDay };
  // Not placed, so not owed (before the exam, day 1 is always open and every owed rule gets a day): it
  // already had its last-7-day review.
  return { due: natural < examDate ? natural : null, focusDay: null };
}

/** Whether a rule last reviewed at `last` (null: never) still owes its last-7-day review. */
export function owesFinalWeek(last: number | null, windowStart: IsoDate | null): boolean {
  return windowStart !== null && (last === null || localIsoDate(last) < windowStart);
}

/**
 * The date a grade would bring `item` back, as a rebuilt plan would give it, without rebuilding it: a grade
 * changes only this card's own date and, in the last 7 days, ends its debt of a last-7-day review. Null in the
 * one case the item cannot tell: a card not owing that review before the grade but owing it after (only a
 * review dated after now makes it so) needs its place among the others; the caller rebuilds the plan then.
 */
export function dueAfterGrade(
  item: ReviewItem,
  cardDue: number,
  gradedAt: number,
  examDate: IsoDate | null,
  today: IsoDate,
): { due: IsoDate | null } | null {
  const limits = examWindow(examDate, today);
  const owedBefore = owesFinalWeek(item.lastReviewedAt, limits.windowStart);
  const owedAfter = owesFinalWeek(Math.max(item.lastReviewedAt ?? gradedAt, gradedAt), limits.windowStart);
  if (owedAfter && !owedBefore) return null;
  return { due: limitedDue(localIsoDate(cardDue), owedAfter ? item.owedFocusDay : null, limits).due };
}

export function isDue(item: ReviewItem, today: IsoDate): boolean {
  return item.due !== null && item.due <= today;
}

/** The order of today's queue: longest waiting first, then by start, then by id. */
export const dueOrder = (a: ReviewItem, b: ReviewItem) =>
  compare(a.due!, b.due!) || compare(a.start, b.start) || compare(a.missId, b.missId);

/** Due today, longest waiting first, then by lane so one lane's rules do not all come together last. */
export function dueToday(plan: readonly ReviewItem[], today: IsoDate): ReviewItem[] {
  return plan.filter((item) => isDue(item, today)).sort(dueOrder);
}

/** How many are due on each of the next `days` days, today first (the learner's forecast, as in Anki). */
export function dueForecast(plan: readonly ReviewItem[], today: IsoDate, days: number): number[] {
  const counts = Array.from({ length: days }, () => 0);
  for (const item of plan) {
    if (item.due === null) continue;
    const offset = Math.max(0, daysBetween(today, item.due));
    if (offset < days) counts[offset]! += 1;
  }
  return counts;
}

/**
 * The recall target FSRS schedules for: 90% (its default) until three weeks out, rising to 95% over the
 * last two weeks, so intervals shorten as the exam nears and more rules are fresh on the day.
 */
export function targetRetention(examDate: IsoDate | null, today: IsoDate): number {
  if (!examDate) return 0.9;
  const days = daysBetween(today, examDate);
  if (days < 0 || days > 21) return 0.9;
  if (days <= 7) return 0.95;
  return Math.round((0.95 - ((days - 7) / 14) * 0.05) * 1000) / 1000;
}

const ratingPast: Record<ReviewRating, string> = {
  1: 'you slipped it',
  2: 'you found it hard',
  3: 'you held it',
  4: 'you found it easy',
};

/** Why the card is due, as the view says it: "due: 4 days since you slipped it; exam in 9 days". */
export function dueReason(item: ReviewItem, today: IsoDate, examDate: IsoDate | null): string {
  let why: string;
  if (item.kind === 'final-week' && item.focusDay !== null) {
    const focus = lastSevenDay(item.focusDay)!.focus;
    why = `its last-7-day review, on Day ${item.focusDay} (${focus})`;
  } else if (item.lastReviewedAt !== null && item.lastRating !== null) {
    // A review stored from a clock that ran ahead (or another device's) is in the future: said as today.
    const days = Math.max(0, daysBetween(localIsoDate(item.lastReviewedAt), today));
    why = `${days === 0 ? 'today' : countText(days, 'day')} since ${ratingPast[item.lastRating]}`;
  } else {
    const days = daysBetween(item.start, today);
    why = `first review, miss logged ${days === 0 ? 'today' : `${countText(days, 'day')} ago`}`;
  }
  const late =
    item.due !== null && item.due < today
      ? `, ${countText(daysBetween(item.due, today), 'day')} overdue`
      : '';
  const examDays = examDate ? daysBetween(today, examDate) : null;
  const exam =
    examDays === null || examDays < 0
      ? ''
      : examDays === 0
        ? '; exam today'
        : `; exam in ${countText(examDays, 'day')}`;
  return `due: ${why}${late}${exam}`;
}
