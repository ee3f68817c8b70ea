import { describe, expect, it } from 'vitest';
import { collapsingLane, narrowingOf } from '../../src/domain/miss-booking';
import { aMiss, aSet, missesIn } from './miss-fixtures';

describe('narrowingOf (the computed booking check)', () => {
  it('is on when three quarters of the last three sets’ misses fall in two lanes', () => {
    const sets = [aSet('2026-11-01'), aSet('2026-11-05'), aSet('2026-11-09')];
    const misses = [
      ...missesIn(sets[0]!.id, 'leakage', 3),
      ...missesIn(sets[1]!.id, 'bad-monitoring-reaction', 3),
      ...missesIn(sets[2]!.id, 'leakage', 2),
      ...missesIn(sets[2]!.id, 'unsafe-rollout', 2),
    ];
    const result = narrowingOf(misses, sets);
    expect(result.status).toBe('on');
    expect(result.total).toBe(10);
    expect(result.topLanes.map((l) => l.lane)).toEqual(['features', 'monitoring']);
    expect(result.message).toMatch(/80% of 10 misses/);
  });

  it('stays off when misses are spread over many lanes', () => {
    const sets = [aSet('2026-11-01'), aSet('2026-11-05'), aSet('2026-11-09')];
    const misses = [
      ...missesIn(sets[0]!.id, 'leakage', 2),
      ...missesIn(sets[1]!.id, 'wrong-scaling-fit', 2),
      ...missesIn(sets[2]!.id, 'unsafe-rollout', 2),
      ...missesIn(sets[2]!.id, 'poor-testing', 2),
    ];
    const result = narrowingOf(misses, sets);
    expect(result.status).toBe('off');
    expect(result.share).toBe(0.5);
  });

  it('judges only the last three sets', () => {
    const old = aSet('2026-10-01');
    const recent = [aSet('2026-11-01'), aSet('2026-11-05'), aSet('2026-11-09')];
    const misses = [
      ...missesIn(old.id, 'wrong-scaling-fit', 10),
      ...recent.flatMap((set) => missesIn(set.id, 'leakage', 2)),
    ];
    expect(narrowingOf(misses, [old, ...recent]).status).toBe('on');
  });

  it('waits for enough misses, and ignores session misses and misses without a failure mode', () => {
    const sets = [aSet('2026-10-25'), aSet('2026-10-28'), aSet('2026-11-01')];
    const misses = [
      ...missesIn(sets[0]!.id, 'leakage', 2),
      ...missesIn(sets[1]!.id, 'bad-monitoring-reaction', 2),
      aMiss(sets[2]!.id, 'leakage'),
      aMiss(sets[2]!.id, null),
      aMiss(null, 'leakage', { sessionId: 's1' }),
    ];
    const result = narrowingOf(misses, sets);
    expect(result.status).toBe('not-enough');
    expect(result.total).toBe(5);
    expect(result.message).toContain('5 misses with a failure mode in your last 3 sets (needs 6 misses');
    expect(narrowingOf([...misses, aMiss(sets[2]!.id, 'bad-monitoring-reaction')], sets).status).toBe('on');
  });
});

describe('collapsingLane (the live final-72-hours warning)', () => {
  it('names a lane holding more than half and at least three of the latest set’s misses', () => {
    const older = aSet('2026-11-01', { label: 'Old set' });
    const latest = aSet('2026-11-09', { label: 'Latest set' });
    const misses = [
      ...missesIn(older.id, 'leakage', 6),
      ...missesIn(latest.id, 'unsafe-rollout', 3),
      ...missesIn(latest.id, 'poor-testing', 2),
    ];
    expect(collapsingLane(misses, [latest, older])).toEqual({
      lane: 'deployment',
      label: 'deployment and rollout safety',
      count: 3,
      total: 5,
      setLabel: 'Latest set',
      setRecordedAt: latest.createdAt,
    });
  });

  it('stays quiet when the latest set is split or small', () => {
    const latest = aSet('2026-11-09');
    const split = [...missesIn(latest.id, 'unsafe-rollout', 3), ...missesIn(latest.id, 'leakage', 3)];
    expect(collapsingLane(split, [latest])).toBeNull();
    expect(collapsingLane(missesIn(latest.id, 'leakage', 2), [latest])).toBeNull();
    expect(collapsingLane([], [])).toBeNull();
  });
});
