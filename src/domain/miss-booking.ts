/**
 * The computed booking signal ("your misses narrow into a few repeat lanes") and its opposite, the
 * final-72-hours warning that one lane is still collapsing. Both read only misses that belong to mixed sets,
 * because the rules are about what the sets show.
 */
import { laneLabel, laneOf, setsInOrder } from './miss-analytics';
import type { MissRecord, MixedSetRecord } from './records';
import type { LaneId } from './seed';

export const narrowing = { sets: 3, minMisses: 6, maxLanes: 2, share: 0.75 } as const;

export const narrowingRuleText = `On when, over your last ${narrowing.sets} mixed sets, at least three quarters of the misses fall in at most ${narrowing.maxLanes} lanes, with at least ${narrowing.minMisses} misses to judge from.`;

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

export function isNarrowing(misses: Iterable<MissRecord>, sets: Iterable<MixedSetRecord>): Narrowing {
  const recent = setsInOrder(sets).slice(-narrowing.sets);
  const counts = laneCounts(missesOfSets(misses, new Set(recent.map((set) => set.id))));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const topLanes = counts.slice(0, narrowing.maxLanes);
  const inTop = topLanes.reduce((sum, c) => sum + c.count, 0);
  const share = total === 0 ? 0 : inTop / total;
  const base = { total, setCount: recent.length, topLanes, share };
  if (total < narrowing.minMisses) {
    return {
      ...base,
      status: 'not-enough',
      message: `Not enough to judge yet: ${total} ${total === 1 ? 'miss' : 'misses'} with a failure mode in your last ${recent.length} ${recent.length === 1 ? 'set' : 'sets'} (needs ${narrowing.minMisses}).`,
    };
  }
  const lanes = topLanes.map((c) => `${c.label} (${c.count})`).join(' and ');
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

export const collapsingRuleText = `A lane is still collapsing when, in your latest mixed set, at least ${collapsing.minMisses} misses and more than half of them fall in that one lane.`;

export interface CollapsingLane {
  lane: LaneId;
  label: string;
  count: number;
  total: number;
  setLabel: string;
}

export function collapsingLane(
  misses: Iterable<MissRecord>,
  sets: Iterable<MixedSetRecord>,
): CollapsingLane | null {
  const latest = setsInOrder(sets).at(-1);
  if (!latest) return null;
  const counts = laneCounts(missesOfSets(misses, new Set([latest.id])));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const top = counts[0];
  if (!top || top.count < collapsing.minMisses || top.count / total <= collapsing.share) return null;
  return { ...top, total, setLabel: latest.label };
}
