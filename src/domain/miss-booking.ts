/**
 * The computed booking check ("your misses narrow into a few repeat lanes") and its opposite, the
 * final-72-hours warning that one lane is still collapsing. Both read only misses that belong to mixed sets,
 * because the rules are about what the sets show.
 */
import { setsInOrder } from './miss-analytics';
import type { MissRecord, MixedSetRecord } from './records';
import { countText } from './count-text';
import { type LaneId } from './seed';
import { laneById, laneLabel, laneOf } from './seed-lookups';
import type { LessonId } from './seed-ids';

export const narrowing = { sets: 3, minMisses: 6, maxLanes: 2, share: 0.75 } as const;

export const narrowingRuleText = `On when, over your last ${narrowing.sets} mixed sets with misses sorted into lanes (sets without are passed over), at least three quarters of the misses fall in at most ${narrowing.maxLanes} lanes, with at least ${narrowing.minMisses} misses to judge from, your share of wrong answers is not rising, and no lane is collapsing.`;

export type NarrowingStatus = 'on' | 'off' | 'not-enough';

export interface LaneCount {
  lane: LaneId;
  label: string;
  count: number;
}

export interface Narrowing {
  status: NarrowingStatus;
  /** Misses with a lane in the sets judged. */
  total: number;
  setCount: number;
  topLanes: LaneCount[];
  /** Share of `total` in `topLanes`, 0..1. */
  share: number;
  message: string;
}

function laneCounts(misses: readonly MissRecord[]): LaneCount[] {
  const counts = new Map<LaneId, number>();
  for (const miss of misses) {
    const lane = laneOf(miss.failureMode);
    if (lane) counts.set(lane, (counts.get(lane) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([lane, count]) => ({ lane, label: laneLabel(lane), count }))
    .sort((a, b) => b.count - a.count);
}

function missesOfSets(misses: Iterable<MissRecord>, setIds: ReadonlySet<string>): MissRecord[] {
  const found: MissRecord[] = [];
  for (const miss of misses) if (miss.setId !== null && setIds.has(miss.setId)) found.push(miss);
  return found;
}

const percentOf = (share: number) => `${Math.round(share * 100)}%`;

const wrongShare = (set: MixedSetRecord) =>
  set.questions === 0 ? 0 : (set.questions - set.correct) / set.questions;

/**
 * The last `narrowing.sets` sets with a miss that names a lane. A perfect set, or one whose misses are not sorted
 * into lanes yet, says nothing about lanes: it is passed over, not allowed to end the look back.
 */
function setsToJudge(misses: readonly MissRecord[], sets: readonly MixedSetRecord[]): MixedSetRecord[] {
  const withLane = new Set<string>();
  for (const miss of misses) if (miss.setId !== null && laneOf(miss.failureMode)) withLane.add(miss.setId);
  return setsInOrder(sets)
    .filter((set) => withLane.has(set.id))
    .slice(-narrowing.sets);
}

/**
 * `lane` is the verdict on the latest set (judgment rule 8: the views pass the one they show); without it the
 * lane is judged from the misses alone, as if no repair work were ticked.
 */
export function narrowingOf(
  misses: Iterable<MissRecord>,
  sets: Iterable<MixedSetRecord>,
  lane?: LaneState,
): Narrowing {
  const missList = [...misses];
  const setList = [...sets];
  const recent = setsToJudge(missList, setList);
  const counts = laneCounts(missesOfSets(missList, new Set(recent.map((set) => set.id))));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const topLanes = counts.slice(0, narrowing.maxLanes);
  const inTop = topLanes.reduce((sum, c) => sum + c.count, 0);
  const share = total === 0 ? 0 : inTop / total;
  const base = { total, setCount: recent.length, topLanes, share };
  // "Repeat lanes" is a pattern across sets: one or two sets, however many misses, cannot show it.
  if (recent.length < narrowing.sets || total < narrowing.minMisses) {
    return {
      ...base,
      status: 'not-enough',
      message: `Not enough to judge yet: ${countText(total, 'miss', 'misses')} with a failure mode in your last ${countText(recent.length, 'set')} (needs ${narrowing.minMisses} misses over ${narrowing.sets} sets).`,
    };
  }
  const lanes = topLanes.map((c) => `${c.label} (${c.count})`).join(' and ');
  // One dominant lane is a collapse, not a narrowing: the share test alone would reward it.
  const judged = lane ?? laneStateOf(collapsingLane(missList, setList), []);
  if (judged.status === 'repaired') {
    return { ...base, status: 'off', message: `Not yet: ${confirmRepairText(judged.collapse)}.` };
  }
  if (judged.status === 'collapsing') {
    const { collapse } = judged;
    return {
      ...base,
      status: 'off',
      message: `Not yet: ${collapse.label} is still collapsing (${collapse.count} of ${collapse.total} misses in ${collapse.setLabel}). One lane that dominates is not a narrowing.`,
    };
  }
  const first = recent[0]!;
  const latest = recent.at(-1)!;
  if (wrongShare(latest) > wrongShare(first)) {
    return {
      ...base,
      status: 'off',
      message: `Not yet: you got ${percentOf(wrongShare(latest))} wrong in ${latest.label}, up from ${percentOf(wrongShare(first))} in ${first.label}. Misses narrow only while they are not rising.`,
    };
  }
  if (share >= narrowing.share) {
    return {
      ...base,
      status: 'on',
      message: `Yes: ${percentOf(share)} of ${total} misses in your last ${recent.length} sets fall in ${lanes}.`,
    };
  }
  return {
    ...base,
    status: 'off',
    message: `Not yet: only ${percentOf(share)} of ${total} misses in your last ${recent.length} sets fall in your top ${narrowing.maxLanes} lanes, ${lanes}; the rest are spread out.`,
  };
}

export const collapsing = { minMisses: 3, share: 0.5 } as const;

export const collapsingRuleText = `A lane is still collapsing when your latest mixed set has at least ${collapsing.minMisses} misses and more than half of them fall in that one lane.`;

export interface CollapsingLane {
  lane: LaneId;
  label: string;
  count: number;
  total: number;
  setLabel: string;
  /** When the set was recorded: repair work ticked after it counts towards closing the loop. */
  setRecordedAt: number;
}

/**
 * The set the collapse rule reads: the latest one, passing over a set with wrong answers but no miss logged yet.
 * Its score alone says nothing about lanes, so it neither clears a collapse nor hides one while the learner is
 * still logging it; a perfect set has nothing to log and is judged.
 */
export function latestJudgedSet(misses: readonly MissRecord[], sets: Iterable<MixedSetRecord>) {
  const logged = new Set(misses.map((miss) => miss.setId));
  return setsInOrder(sets)
    .filter((set) => set.correct >= set.questions || logged.has(set.id))
    .at(-1);
}

export function collapsingLane(
  misses: Iterable<MissRecord>,
  sets: Iterable<MixedSetRecord>,
): CollapsingLane | null {
  const missList = [...misses];
  const latest = latestJudgedSet(missList, sets);
  if (!latest) return null;
  // Every miss of the set counts towards its total, sorted into a lane or not: 3 of 6 is half, not most.
  const inLatest = missesOfSets(missList, new Set([latest.id]));
  const total = inLatest.length;
  const top = laneCounts(inLatest)[0];
  if (!top || total < collapsing.minMisses || top.count / total <= collapsing.share) return null;
  return { ...top, total, setLabel: latest.label, setRecordedAt: latest.createdAt };
}

/** A task that carries lessons, with when it was ticked (null while unticked). */
export interface LessonWork {
  lessons: readonly LessonId[];
  tickedAt: number | null;
}

export interface LaneRepair {
  /** The lane's "Best order for weak lanes" lessons. */
  lessons: readonly LessonId[];
  /** Those ticked since the collapsing set was recorded. */
  done: LessonId[];
  repaired: boolean;
}

/**
 * Judgment rule 4, repair closes the loop: once every repair lesson of the collapsing lane is ticked after that
 * set, the lane counts as repaired and the learner confirms it with one light mixed set. That next set becomes
 * the latest and decides afresh whether the lane still collapses.
 */
export function laneRepair(collapse: CollapsingLane, work: readonly LessonWork[]): LaneRepair {
  const lessons = laneById(collapse.lane).order;
  const done = lessons.filter((lesson) =>
    work.some(
      (task) =>
        task.tickedAt !== null && task.tickedAt >= collapse.setRecordedAt && task.lessons.includes(lesson),
    ),
  );
  return { lessons, done, repaired: done.length === lessons.length };
}

/**
 * Judgment rules 4 and 8: the one verdict on the lanes of the latest set. A collapsing lane whose repair lessons
 * are all ticked since that set is "repaired", not yet cleared: the next set confirms or reopens it. Every card
 * (the lane banner, the booking card and check, /plan, /misses) renders this state and no other.
 */
export type LaneState =
  { status: 'clear' } | { status: 'collapsing' | 'repaired'; collapse: CollapsingLane; repair: LaneRepair };

export function laneStateOf(collapse: CollapsingLane | null, work: readonly LessonWork[]): LaneState {
  if (!collapse) return { status: 'clear' };
  const repair = laneRepair(collapse, work);
  return { status: repair.repaired ? 'repaired' : 'collapsing', collapse, repair };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The repaired-but-unconfirmed state as the lane banner heads it. */
export function repairedText(collapse: Pick<CollapsingLane, 'label'>): string {
  return `${capitalised(collapse.label)} repaired: confirm with one light mixed set.`;
}

/** The same state inside a sentence, as the booking verdict and the narrowing check say it. */
const confirmRepairText = (collapse: Pick<CollapsingLane, 'label'>) =>
  `${collapse.label} is repaired; confirm the repair with one light mixed set`;

export type BookingVerdictStatus = 'close' | 'not-yet' | 'collapsing' | 'repaired' | 'sat';

export interface BookingVerdict {
  status: BookingVerdictStatus;
  onCount: number;
  of: number;
  message: string;
}

/**
 * Judgment rule 3 at the booking moment: all four booking checks mean close to booking, but never while a lane is
 * collapsing or its repair is unconfirmed, whatever the self-checks say. Today and /plan both print this verdict.
 * Once the exam date has passed (`examSat`) there is nothing left to book for it (judgment rule 7).
 */
export function bookingVerdict(
  selfChecksOn: number,
  selfChecks: number,
  narrowingOn: boolean,
  lane: LaneState,
  examSat = false,
): BookingVerdict {
  const onCount = selfChecksOn + (narrowingOn ? 1 : 0);
  const of = selfChecks + 1;
  if (examSat) {
    return {
      status: 'sat',
      onCount,
      of,
      message: 'Your exam date has passed: there is nothing to book until you set the next one.',
    };
  }
  if (lane.status === 'collapsing') {
    return {
      status: 'collapsing',
      onCount,
      of,
      message: `Do not book yet: ${lane.collapse.label} is still collapsing. Repair it first.`,
    };
  }
  if (lane.status === 'repaired') {
    return {
      status: 'repaired',
      onCount,
      of,
      message: `Do not book yet: ${confirmRepairText(lane.collapse)} before booking.`,
    };
  }
  if (onCount === of)
    return { status: 'close', onCount, of, message: 'All four signals: you are close to booking.' };
  return {
    status: 'not-yet',
    onCount,
    of,
    message: 'All four signals together mean you are close to booking.',
  };
}
