import { describe, expect, it } from 'vitest';
import { bookingVerdict, collapsingLane, laneStateOf, narrowingOf } from '../../src/domain/miss-booking';
import { aMiss, aSet, missesIn } from './miss-fixtures';

/** Judgment rule 3 at its boundaries, as PRODUCT.md words it. */
describe('a lane collapses when the latest set has at least 3 misses and more than half in one lane', () => {
  it('3 misses, 2 in one lane: more than half, so collapsing', () => {
    const latest = aSet('2026-11-09', { label: 'Latest' });
    const misses = [...missesIn(latest.id, 'leakage', 2), aMiss(latest.id, 'unsafe-rollout')];
    expect(collapsingLane(misses, [latest])).toMatchObject({ lane: 'features', count: 2, total: 3 });
  });

  it('3 of 6: exactly half is not collapsing', () => {
    const latest = aSet('2026-11-09');
    const misses = [
      ...missesIn(latest.id, 'leakage', 3),
      ...missesIn(latest.id, 'unsafe-rollout', 2),
      aMiss(latest.id, 'poor-testing'),
    ];
    expect(collapsingLane(misses, [latest])).toBeNull();
  });

  it('a miss without a failure mode is still a miss of the set', () => {
    const latest = aSet('2026-11-09');
    // 3 of 6 misses in one lane is half, whatever the other three turn out to be.
    const half = [...missesIn(latest.id, 'leakage', 3), ...[1, 2, 3].map(() => aMiss(latest.id, null))];
    expect(collapsingLane(half, [latest])).toBeNull();
    // 3 of 5: more than half, and the banner counts all five.
    const most = [...missesIn(latest.id, 'leakage', 3), aMiss(latest.id, null), aMiss(latest.id, null)];
    expect(collapsingLane(most, [latest])).toMatchObject({ lane: 'features', count: 3, total: 5 });
    // 2 classified misses of a lane are not "at least 3 misses", and unclassified ones alone collapse nothing.
    expect(collapsingLane(missesIn(latest.id, 'leakage', 2), [latest])).toBeNull();
    expect(
      collapsingLane(
        [1, 2, 3].map(() => aMiss(latest.id, null)),
        [latest],
      ),
    ).toBeNull();
  });

  it('a newer perfect set ends the collapse of the set before it, and so does one with its misses logged', () => {
    const older = aSet('2026-11-01');
    const perfect = aSet('2026-11-09', { correct: 20 });
    expect(collapsingLane(missesIn(older.id, 'leakage', 4), [older, perfect])).toBeNull();
    const logged = aSet('2026-11-09', { correct: 18 });
    const misses = [...missesIn(older.id, 'leakage', 4), ...missesIn(logged.id, 'leakage', 2)];
    expect(collapsingLane(misses, [older, logged])).toBeNull();
  });

  it('a newer set whose wrong answers are not logged yet neither clears nor hides the collapse', () => {
    const older = aSet('2026-11-01', { label: 'Collapsed' });
    const scoreOnly = aSet('2026-11-09', { correct: 14 });
    const misses = missesIn(older.id, 'leakage', 4);
    expect(collapsingLane(misses, [older, scoreOnly])).toMatchObject({
      lane: 'features',
      setLabel: 'Collapsed',
      setRecordedAt: older.createdAt,
    });
    // So the booking check cannot turn on from the older sets while the newest is still being logged.
    const sets = [aSet('2026-10-20'), aSet('2026-10-25'), older, scoreOnly];
    const all = [...misses, ...missesIn(sets[0]!.id, 'leakage', 3), ...missesIn(sets[1]!.id, 'leakage', 3)];
    expect(narrowingOf(all, sets).status).toBe('off');
  });
});

describe('misses narrow over the last three sets with enough misses to judge', () => {
  it('skips sets with no misses to judge and keeps looking back past them', () => {
    const judged = [aSet('2026-10-01'), aSet('2026-10-05'), aSet('2026-10-09')];
    const empty = [aSet('2026-10-12', { correct: 20 }), aSet('2026-10-15', { correct: 20 })];
    const misses = judged.flatMap((set) => [
      ...missesIn(set.id, 'leakage', 1),
      ...missesIn(set.id, 'bad-monitoring-reaction', 1),
    ]);
    const result = narrowingOf(misses, [...judged, ...empty]);
    expect(result.setCount).toBe(3);
    expect(result.total).toBe(6);
    expect(result.status).toBe('on');
  });

  it('a set whose misses have no failure mode yet is skipped too', () => {
    const judged = [aSet('2026-10-01'), aSet('2026-10-05'), aSet('2026-10-09')];
    const unsorted = aSet('2026-10-12');
    const misses = [
      ...judged.flatMap((set) => missesIn(set.id, 'leakage', 2)),
      ...[1, 2, 3].map(() => aMiss(unsorted.id, null)),
    ];
    expect(narrowingOf(misses, [...judged, unsorted])).toMatchObject({ setCount: 3, total: 6 });
  });

  it('sets taken before the last three judged ones do not count', () => {
    const old = aSet('2026-09-01');
    const judged = [aSet('2026-10-01'), aSet('2026-10-05'), aSet('2026-10-09')];
    const perfect = aSet('2026-10-12', { correct: 20 });
    const misses = [
      ...missesIn(old.id, 'wrong-scaling-fit', 10),
      ...judged.flatMap((set) => missesIn(set.id, 'leakage', 2)),
    ];
    expect(narrowingOf(misses, [old, ...judged, perfect])).toMatchObject({ status: 'on', total: 6 });
  });

  it('needs three sets to judge: misses in one or two sets are not yet "repeat lanes"', () => {
    const sets = [aSet('2026-10-01'), aSet('2026-10-05')];
    const misses = sets.flatMap((set) => [
      ...missesIn(set.id, 'leakage', 2),
      ...missesIn(set.id, 'bad-monitoring-reaction', 2),
    ]);
    const two = narrowingOf(misses, sets);
    expect(two).toMatchObject({ status: 'not-enough', setCount: 2, total: 8 });
    expect(two.message).toBe(
      'Not enough to judge yet: 8 misses with a failure mode in your last 2 sets (needs 6 misses over 3 sets).',
    );
    const third = aSet('2026-10-09');
    const more = [...misses, aMiss(third.id, 'leakage'), aMiss(third.id, 'bad-monitoring-reaction')];
    expect(narrowingOf(more, [...sets, third]).status).toBe('on');
  });

  it('is off while the miss count rises, and not off when it falls', () => {
    const rising = [
      aSet('2026-10-01', { correct: 18 }),
      aSet('2026-10-05', { correct: 17 }),
      aSet('2026-10-09', { correct: 15 }),
    ];
    const lanes = (sets: typeof rising) =>
      sets.flatMap((set) => [
        ...missesIn(set.id, 'leakage', 1),
        ...missesIn(set.id, 'bad-monitoring-reaction', 1),
      ]);
    expect(narrowingOf(lanes(rising), rising).status).toBe('off');
    const falling = [
      aSet('2026-10-01', { correct: 15 }),
      aSet('2026-10-05', { correct: 17 }),
      aSet('2026-10-09', { correct: 18 }),
    ];
    expect(narrowingOf(lanes(falling), falling).status).toBe('on');
  });

  it('never narrows while the latest set collapses, even at 2 of 3 misses', () => {
    const sets = [aSet('2026-10-01'), aSet('2026-10-05'), aSet('2026-10-09', { correct: 17 })];
    const misses = [
      ...missesIn(sets[0]!.id, 'leakage', 3),
      ...missesIn(sets[1]!.id, 'leakage', 2),
      ...missesIn(sets[1]!.id, 'bad-monitoring-reaction', 1),
      ...missesIn(sets[2]!.id, 'leakage', 2),
      aMiss(sets[2]!.id, 'bad-monitoring-reaction'),
    ];
    const collapse = collapsingLane(misses, sets);
    expect(collapse).not.toBeNull();
    expect(narrowingOf(misses, sets).status).toBe('off');
    expect(bookingVerdict(3, 3, true, laneStateOf(collapse, [])).status).toBe('collapsing');
  });
});
