import { describe, expect, it } from 'vitest';
import {
  missesByDomain,
  missesByFailureMode,
  missesByLane,
  scoresOverTime,
  weakestLanes,
} from '../../src/domain/miss-analytics';
import { localInstant } from '../../src/domain/dates';
import { aMiss, aSet, missesIn } from './miss-fixtures';
import { laneOf } from '../../src/domain/seed-lookups';

describe('tallies', () => {
  const set = aSet('2026-11-20');
  const misses = [
    ...missesIn(set.id, 'leakage', 2),
    ...missesIn(set.id, 'poor-testing', 1),
    ...missesIn(set.id, 'weak-lifecycle-control', 1),
    aMiss(null, null),
  ];

  it('counts by failure mode, lane and domain, skipping misses without details', () => {
    expect(missesByFailureMode(misses).find((t) => t.id === 'leakage')?.count).toBe(2);
    expect(missesByLane(misses).find((t) => t.id === 'lifecycle')?.count).toBe(2);
    expect(missesByLane(misses).reduce((sum, t) => sum + t.count, 0)).toBe(4);
    expect(missesByDomain(misses).find((t) => t.id === 'mlops')?.count).toBe(4);
  });

  it('maps failure modes to their lanes', () => {
    expect(laneOf('bad-monitoring-reaction')).toBe('monitoring');
    expect(laneOf(null)).toBeNull();
  });
});

describe('scoresOverTime', () => {
  it('orders sets by date and gives whole percents', () => {
    const later = aSet('2026-11-22', { questions: 3, correct: 2 });
    const earlier = aSet('2026-11-01', { questions: 20, correct: 10 });
    expect(scoresOverTime([later, earlier]).map((s) => [s.date, s.percent])).toEqual([
      ['2026-11-01', 50],
      ['2026-11-22', 67],
    ]);
  });
});

describe('weakestLanes', () => {
  it('weighs recent sets more than old ones', () => {
    const old = aSet('2026-11-01');
    const mid = aSet('2026-11-08');
    const latest = aSet('2026-11-15');
    const misses = [
      ...missesIn(old.id, 'wrong-scaling-fit', 4),
      ...missesIn(mid.id, 'unsafe-rollout', 1),
      ...missesIn(latest.id, 'leakage', 3),
    ];
    const ranked = weakestLanes(misses, [latest, old, mid]);
    expect(ranked.map((r) => r.lane)).toEqual(['features', 'scaling', 'deployment']);
    expect(ranked[0]?.weight).toBe(3);
    expect(ranked[1]?.count).toBe(4);
  });

  it('places a session miss among the sets by its date', () => {
    const old = aSet('2026-11-01');
    const latest = aSet('2026-11-15');
    const sessionMiss = aMiss(null, 'bad-monitoring-reaction', {
      createdAt: localInstant('2026-11-20', '10:00'),
    });
    const misses = [...missesIn(old.id, 'leakage', 1), sessionMiss];
    expect(weakestLanes(misses, [old, latest]).map((r) => [r.lane, r.weight])).toEqual([
      ['monitoring', 1],
      ['features', 0.6],
    ]);
  });
});
