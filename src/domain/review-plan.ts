/**
 * The review plan (every rule's due date and why) and today's queue, built once and then kept up to date
 * change by change. At 50,000 rules a rebuild per grade (a walk giving every new rule its first-review slot,
 * then a new item for each) was most of a grade's time, while a grade changes the graded card's own date and,
 * when the card was new, slides the new rules between its slot and today by one slot. `nextReviewPlan`
 * re-walks only from the first slot a change can move and stops as soon as the walk is back on its old
 * track, so the result is the rebuild's, item for item (tests/unit/review-plan.test.ts proves it).
 */
import { addDays, localIsoDate, type IsoDate } from './dates';
import type { ReviewCardRecord, ReviewLogRecord } from './review-records';
import {
  dueOrder,
  dueToday,
  examWindow,
  historyByMiss,
  indexRules,
  isDue,
  limitedDue,
  newPerDay,
  owesFinalWeek,
  placeInOrder,
  type ExamWindow,
  type History,
  type IndexedRule,
  type ReviewItem,
  type ReviewPlanInput,
  type RuleIndex,
} from './review-schedule';

/** What the plan reads besides the rules: the store's rows as they are kept (by id), the exam and the day. */
export interface ReviewRows {
  readonly cards: Readonly<Record<string, ReviewCardRecord>>;
  readonly logs: Readonly<Record<string, ReviewLogRecord>>;
  readonly examDate: IsoDate | null;
  readonly today: IsoDate;
}

export interface ReviewPlan {
  readonly index: RuleIndex;
  readonly rows: ReviewRows;
  /** Every rule, in the misses' order. */
  readonly items: readonly ReviewItem[];
  /** The rules due today, in `dueToday`'s order. */
  readonly due: readonly ReviewItem[];
  readonly walk: Walk;
  readonly history: ReadonlyMap<string, History>;
  /** Reviewed rules' own next dates (the scheduler's), by miss id. */
  readonly reviewed: ReadonlyMap<string, IsoDate>;
  /** Each rule's last-7-day focus day while it owes that review. */
  readonly placed: ReadonlyMap<string, number>;
}

/**
 * The first-review walk: rules in `byFirstReview` order, each new one taking the first day from
 * max(cursor, its earliest) with fewer than `newPerDay` first reviews; reviewed rules hold the slot of the
 * day they were first reviewed. Kept per rank so a later walk can start anywhere and tell when it is back on
 * this one's track.
 */
interface Walk {
  /** First reviews per day of reviewed rules. */
  readonly reviewedLoad: ReadonlyMap<IsoDate, number>;
  /** First reviews per day once every new rule has its slot. */
  readonly load: ReadonlyMap<IsoDate, number>;
  /** The cursor after each rank: the slot of the last new rule up to it. */
  readonly cursorAfter: readonly (IsoDate | null)[];
  /** The cursor day's first reviews after each rank. */
  readonly loadAfter: readonly number[];
}

const nextDays = new Map<IsoDate, IsoDate>();

/**
 * `addDays(day, 1)`, remembered: a backlog of 50,000 new rules steps over thousands of days, and formatting
 * those dates was most of a walk's time.
 */
function dayAfter(day: IsoDate): IsoDate {
  let next = nextDays.get(day);
  if (next === undefined) {
    next = addDays(day, 1);
    nextDays.set(day, next);
  }
  return next;
}

const bump = (map: Map<IsoDate, number>, day: IsoDate, by: number) => {
  const value = (map.get(day) ?? 0) + by;
  if (value === 0) map.delete(day);
  else map.set(day, value);
};

/** The first review and the scheduler's next date of each reviewed rule (rules only: logs of deleted misses hold nothing). */
function reviewedDates(
  index: RuleIndex,
  cards: ReviewRows['cards'],
  history: ReadonlyMap<string, History>,
  missIds: Iterable<string>,
  load: Map<IsoDate, number>,
  reviewed: Map<string, IsoDate>,
) {
  for (const missId of missIds) {
    const seen = history.get(missId);
    if (!seen || !index.byId.has(missId)) continue;
    bump(load, localIsoDate(seen.first), 1);
    const card = cards[missId];
    reviewed.set(missId, card ? localIsoDate(card.due) : addDays(localIsoDate(seen.last), 1));
  }
}

function itemOf(
  { miss, start, lane, rank }: IndexedRule,
  walk: Walk,
  plan: Pick<ReviewPlan, 'history' | 'reviewed' | 'placed'>,
  limits: ExamWindow,
): ReviewItem {
  const seen = plan.history.get(miss.id);
  const natural = seen ? plan.reviewed.get(miss.id)! : walk.cursorAfter[rank]!;
  const owedFocusDay = plan.placed.get(miss.id) ?? null;
  const { due, focusDay } = limitedDue(natural, owedFocusDay, limits);
  return {
    missId: miss.id,
    lane,
    start,
    due,
    kind: focusDay !== null ? 'final-week' : seen ? 'review' : 'new',
    focusDay,
    owedFocusDay,
    lastReviewedAt: seen?.last ?? null,
    lastRating: seen?.lastRating ?? null,
  };
}

function placeOwed(
  index: RuleIndex,
  history: ReadonlyMap<string, History>,
  rows: ReviewRows,
  limits: ExamWindow,
) {
  if (rows.examDate === null || limits.windowStart === null) return new Map<string, number>();
  const owed = index.byLane
    .filter(({ miss }) => owesFinalWeek(history.get(miss.id)?.last ?? null, limits.windowStart))
    .map(({ miss, lane }) => ({ missId: miss.id, lane }));
  return placeInOrder(owed, rows.examDate, rows.today);
}

/** The plan from scratch: a walk over every rule. */
export function reviewPlan(index: RuleIndex, rows: ReviewRows): ReviewPlan {
  const history = historyByMiss(Object.values(rows.logs));
  const reviewedLoad = new Map<IsoDate, number>();
  const reviewed = new Map<string, IsoDate>();
  reviewedDates(index, rows.cards, history, history.keys(), reviewedLoad, reviewed);
  const rules = index.byFirstReview;
  const load = new Map(reviewedLoad);
  const cursorAfter: (IsoDate | null)[] = new Array<IsoDate | null>(rules.length);
  const loadAfter: number[] = new Array<number>(rules.length);
  // In order of earliest day, every day the cursor has passed is full, so it never moves back: one pass,
  // even for a backfill of thousands.
  let cursor: IsoDate | null = null;
  let cursorLoad = 0;
  for (const { miss, earliest, rank } of rules) {
    if (!history.has(miss.id)) {
      let day: IsoDate = cursor !== null && cursor > earliest ? cursor : earliest;
      while ((load.get(day) ?? 0) >= newPerDay) day = dayAfter(day);
      cursorLoad = (load.get(day) ?? 0) + 1;
      load.set(day, cursorLoad);
      cursor = day;
    }
    cursorAfter[rank] = cursor;
    loadAfter[rank] = cursorLoad;
  }
  const walk: Walk = { reviewedLoad, load, cursorAfter, loadAfter };
  const limits = examWindow(rows.examDate, rows.today);
  const known = { history, reviewed, placed: placeOwed(index, history, rows, limits) };
  const items = index.rules.map((rule) => itemOf(rule, walk, known, limits));
  return { index, rows, items, due: dueToday(items, rows.today), walk, ...known };
}

/** The ids of the rows that differ between two versions of a table (added, removed or replaced). */
function changedIds<T>(
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
  idOf: (row: T) => string,
  into: Set<string>,
) {
  for (const key in after) if (before[key] !== after[key]) into.add(idOf(after[key]!));
  for (const key in before) if (!(key in after)) into.add(idOf(before[key]!));
}

/** The first rank whose walk reads `day`'s load: the first whose cursor reaches it. */
function firstRankAt(cursorAfter: readonly (IsoDate | null)[], day: IsoDate): number {
  let low = 0;
  let high = cursorAfter.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const cursor = cursorAfter[mid]!;
    if (cursor !== null && cursor >= day) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The walk again from `from`, for rules whose reviewed-or-new status or reviewed first days changed. It
 * compares itself with the old walk through `delta` (new minus old first reviews per day, at the same rank):
 * the old walk's load at a rank is known from what it kept (before its cursor: the final load; on it: the
 * load after the previous rank; after it: reviewed rules only), so the new load is that plus `delta`. Once a
 * new rule takes its old slot with no difference left on or after it, every later rank is as before.
 */
function rewalk(
  index: RuleIndex,
  old: Walk,
  wasNew: (missId: string) => boolean,
  isNew: (missId: string) => boolean,
  reviewedLoad: ReadonlyMap<IsoDate, number>,
  from: number,
  lastFlip: number,
  moved: Set<number>,
): Walk {
  const delta = new Map<IsoDate, number>();
  for (const day of new Set([...reviewedLoad.keys(), ...old.reviewedLoad.keys()]))
    bump(delta, day, (reviewedLoad.get(day) ?? 0) - (old.reviewedLoad.get(day) ?? 0));
  const cursorAfter = old.cursorAfter.slice();
  const loadAfter = old.loadAfter.slice();
  const rules = index.byFirstReview;
  let cursor = from > 0 ? old.cursorAfter[from - 1]! : null;
  let cursorLoad = from > 0 ? old.loadAfter[from - 1]! : 0;
  for (let rank = from; rank < rules.length; rank += 1) {
    const { miss, earliest } = rules[rank]!;
    const oldBefore = rank > 0 ? old.cursorAfter[rank - 1]! : null;
    const oldLoad = (day: IsoDate) =>
      oldBefore === null || day > oldBefore
        ? (old.reviewedLoad.get(day) ?? 0)
        : day === oldBefore
          ? old.loadAfter[rank - 1]!
          : (old.load.get(day) ?? 0);
    const loadOn = (day: IsoDate) => oldLoad(day) + (delta.get(day) ?? 0);
    const oldSlot = wasNew(miss.id) ? old.cursorAfter[rank]! : null;
    let slot: IsoDate | null = null;
    if (isNew(miss.id)) {
      let day: IsoDate = cursor !== null && cursor > earliest ? cursor : earliest;
      while (loadOn(day) >= newPerDay) day = dayAfter(day);
      cursorLoad = loadOn(day) + 1;
      bump(delta, day, 1);
      cursor = slot = day;
    }
    if (oldSlot !== null) bump(delta, oldSlot, -1);
    cursorAfter[rank] = cursor;
    loadAfter[rank] = cursorLoad;
    if (slot !== oldSlot) moved.add(rank);
    const settled =
      slot !== null && slot === oldSlot && rank >= lastFlip && [...delta.keys()].every((day) => day < slot);
    if (settled) break;
  }
  const load = new Map(old.load);
  for (const [day, by] of delta) bump(load, day, by);
  return { reviewedLoad, load, cursorAfter, loadAfter };
}

/**
 * The plan after the rows changed, from the plan before: only the changed rules' items and the new rules
 * whose slot moved are made again; today's queue loses the changed items and takes them back in order where
 * they are due. New rules, a new day or a new exam date start from scratch.
 */
export function nextReviewPlan(plan: ReviewPlan, index: RuleIndex, rows: ReviewRows): ReviewPlan {
  if (index !== plan.index || rows.today !== plan.rows.today || rows.examDate !== plan.rows.examDate)
    return reviewPlan(index, rows);
  if (rows === plan.rows) return plan;
  const changed = new Set<string>();
  changedIds(plan.rows.cards, rows.cards, (card) => card.missId, changed);
  changedIds(plan.rows.logs, rows.logs, (log) => log.missId, changed);
  const history = new Map(plan.history);
  for (const missId of changed) history.delete(missId);
  const changedLogs = Object.values(rows.logs).filter((log) => changed.has(log.missId));
  for (const [missId, seen] of historyByMiss(changedLogs)) history.set(missId, seen);

  const reviewedLoad = new Map(plan.walk.reviewedLoad);
  const reviewed = new Map(plan.reviewed);
  for (const missId of changed) {
    const seen = plan.history.get(missId);
    if (seen && index.byId.has(missId)) bump(reviewedLoad, localIsoDate(seen.first), -1);
    reviewed.delete(missId);
  }
  reviewedDates(index, rows.cards, history, changed, reviewedLoad, reviewed);

  const rules = [...changed].flatMap((missId) => index.byId.get(missId) ?? []);
  const flips = rules.filter(({ miss }) => plan.history.has(miss.id) !== history.has(miss.id));
  const shifted = [...new Set([...reviewedLoad.keys(), ...plan.walk.reviewedLoad.keys()])].filter(
    (day) => reviewedLoad.get(day) !== plan.walk.reviewedLoad.get(day),
  );
  const from = Math.min(
    ...flips.map(({ rank }) => rank),
    ...shifted.map((day) => firstRankAt(plan.walk.cursorAfter, day)),
  );
  const moved = new Set<number>();
  const walk = Number.isFinite(from)
    ? rewalk(
        index,
        plan.walk,
        (missId) => !plan.history.has(missId),
        (missId) => !history.has(missId),
        reviewedLoad,
        from,
        Math.max(...flips.map(({ rank }) => rank)),
        moved,
      )
    : plan.walk;

  const limits = examWindow(rows.examDate, rows.today);
  const owedChanged = rules.some(
    ({ miss }) =>
      owesFinalWeek(plan.history.get(miss.id)?.last ?? null, limits.windowStart) !==
      owesFinalWeek(history.get(miss.id)?.last ?? null, limits.windowStart),
  );
  // A rule that starts or stops owing its last-7-day review moves every later rule's focus day.
  const placed = owedChanged ? placeOwed(index, history, rows, limits) : plan.placed;
  const known = { history, reviewed, placed };
  if (owedChanged) {
    const items = index.rules.map((rule) => itemOf(rule, walk, known, limits));
    return { index, rows, items, due: dueToday(items, rows.today), walk, ...known };
  }

  const remade = new Set(rules);
  for (const rank of moved) remade.add(index.byFirstReview[rank]!);
  const items = plan.items.slice();
  const gone = new Set<string>();
  const arriving: ReviewItem[] = [];
  for (const rule of remade) {
    const item = itemOf(rule, walk, known, limits);
    items[rule.position] = item;
    gone.add(item.missId);
    if (isDue(item, rows.today)) arriving.push(item);
  }
  const due = plan.due.filter((item) => !gone.has(item.missId));
  for (const item of arriving.sort(dueOrder)) due.splice(insertionPoint(due, item), 0, item);
  return { index, rows, items, due, walk, ...known };
}

/** Where `item` goes in a queue kept in `dueOrder`. */
function insertionPoint(queue: readonly ReviewItem[], item: ReviewItem): number {
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dueOrder(queue[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Every rule with its due date and why; rules with no text are not cards. */
export function buildReviewPlan(input: ReviewPlanInput): readonly ReviewItem[] {
  const logs = Object.fromEntries([...input.logs].map((log) => [log.id, log]));
  return reviewPlan(indexRules(input.misses, input.setDates), { ...input, logs }).items;
}
