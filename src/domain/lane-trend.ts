/**
 * Misses per lane across the route's weeks, and whether each lane is shrinking. A lane shrinks when its last two
 * weeks with any mixed set or miss hold fewer misses than the two before them (one week against one while there
 * are fewer than four): the comparison the learner makes by eye on the chart, written down so a screen reader
 * hears the same answer.
 */
import type { IsoDate } from './dates';
import { missDate } from './miss-analytics';
import type { MissRecord, MixedSetRecord } from './records';
import { weakLanes, type LaneId } from './seed';
import { laneOf } from './seed-lookups';

export type LaneTrend = 'shrinking' | 'growing' | 'steady' | 'too-early';

export interface LaneWeeks {
  lane: LaneId;
  label: string;
  /** Misses in each week of `weeks`, in the same order. */
  counts: number[];
  total: number;
  trend: LaneTrend;
}

export function lanesOverWeeks(
  misses: Iterable<MissRecord>,
  sets: Iterable<MixedSetRecord>,
  weeks: readonly { from: IsoDate; to: IsoDate }[],
): LaneWeeks[] {
  const setList = [...sets];
  const setDates = new Map(setList.map((set) => [set.id, set.date]));
  const weekOf = (date: IsoDate) => weeks.findIndex((week) => week.from <= date && date <= week.to);
  const counts = new Map<LaneId, number[]>(weakLanes.map((lane) => [lane.id, weeks.map(() => 0)]));
  // Weeks with practice: a week with no set and no miss says nothing about a lane, so trends skip it.
  const practised = new Set<number>();
  for (const set of setList) practised.add(weekOf(set.date));
  for (const miss of misses) {
    const index = weekOf(missDate(miss, setDates));
    if (index < 0) continue;
    practised.add(index);
    const lane = laneOf(miss.failureMode);
    if (lane) counts.get(lane)![index]! += 1;
  }
  const judged = [...practised].filter((index) => index >= 0).sort((a, b) => a - b);
  return weakLanes.map((lane) => {
    const row = counts.get(lane.id)!;
    return {
      lane: lane.id,
      label: lane.label,
      counts: row,
      total: row.reduce((sum, n) => sum + n, 0),
      trend: trendOf(judged.map((index) => row[index]!)),
    };
  });
}

function trendOf(practisedCounts: readonly number[]): LaneTrend {
  if (practisedCounts.length < 2) return 'too-early';
  // Two weeks against the two before once there are four; until then the last week against the one before.
  const span = practisedCounts.length >= 4 ? 2 : 1;
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const recent = sum(practisedCounts.slice(-span));
  const before = sum(practisedCounts.slice(-2 * span, -span));
  if (recent < before) return 'shrinking';
  return recent > before ? 'growing' : 'steady';
}
