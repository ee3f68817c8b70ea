import { describe, expect, it } from 'vitest';
import {
  bookingVerdict,
  collapsingLane,
  laneRepair,
  laneStateOf,
  narrowingOf,
  repairedText,
} from '../../src/domain/miss-booking';
import { aMiss, aSet, missesIn } from './miss-fixtures';

/** The case: latest set 15/20 with 4 of 5 misses in monitoring and drift response. */
function monitoringCollapse() {
  const sets = [
    aSet('2026-07-01', { label: 'Set A', correct: 14 }),
    aSet('2026-07-05', { label: 'Set B', correct: 14 }),
    aSet('2026-07-09', { label: 'Set C', correct: 15, createdAt: 1_000 }),
  ];
  const misses = [
    ...missesIn(sets[0]!.id, 'bad-monitoring-reaction', 2),
    ...missesIn(sets[1]!.id, 'bad-monitoring-reaction', 2),
    ...missesIn(sets[2]!.id, 'bad-monitoring-reaction', 4),
    aMiss(sets[2]!.id, 'leakage'),
  ];
  return { sets, misses };
}

describe('collapsing and narrowing are different (judgment rule 3)', () => {
  it('a lane that dominates the latest set is collapsing, and then misses never count as narrowing', () => {
    const { sets, misses } = monitoringCollapse();
    const collapse = collapsingLane(misses, sets);
    expect(collapse).toMatchObject({ lane: 'monitoring', count: 4, total: 5, setLabel: 'Set C' });
    const narrowing = narrowingOf(misses, sets);
    expect(narrowing.status).toBe('off');
    expect(narrowing.message).toContain('monitoring and drift response is still collapsing');
  });

  it('the same lane shares without a collapse do narrow', () => {
    const sets = [aSet('2026-07-01'), aSet('2026-07-05'), aSet('2026-07-09')];
    const misses = sets.flatMap((set) => [
      ...missesIn(set.id, 'bad-monitoring-reaction', 1),
      ...missesIn(set.id, 'unsafe-rollout', 1),
    ]);
    expect(collapsingLane(misses, sets)).toBeNull();
    expect(narrowingOf(misses, sets).status).toBe('on');
  });

  it('is off while the share of wrong answers rises, even when the lanes are few', () => {
    const sets = [
      aSet('2026-07-01', { correct: 17 }),
      aSet('2026-07-05'),
      aSet('2026-07-09', { correct: 12 }),
    ];
    const misses = sets.flatMap((set) => [
      ...missesIn(set.id, 'bad-monitoring-reaction', 1),
      ...missesIn(set.id, 'unsafe-rollout', 1),
    ]);
    const result = narrowingOf(misses, sets);
    expect(result.status).toBe('off');
    expect(result.message).toContain('40% wrong');
    expect(result.message).toContain('up from 15%');
  });

  const clear = laneStateOf(null, []);

  it('4 of 4 self-checks plus a collapsing lane is never "close to booking"', () => {
    const { sets, misses } = monitoringCollapse();
    const collapse = collapsingLane(misses, sets);
    const verdict = bookingVerdict(3, 3, true, laneStateOf(collapse, []));
    expect(verdict.status).toBe('collapsing');
    expect(verdict.message).not.toMatch(/close to booking/);
    expect(bookingVerdict(3, 3, true, clear)).toMatchObject({
      status: 'close',
      onCount: 4,
      of: 4,
      message: 'All four signals: you are close to booking.',
    });
    expect(bookingVerdict(2, 3, true, clear).status).toBe('not-yet');
  });

  it('once the exam date has passed there is no booking verdict, collapsing lane or not (judgment rule 7)', () => {
    const { sets, misses } = monitoringCollapse();
    const lane = laneStateOf(collapsingLane(misses, sets), []);
    for (const verdict of [
      bookingVerdict(3, 3, true, clear, true),
      bookingVerdict(0, 3, false, lane, true),
    ]) {
      expect(verdict.status).toBe('sat');
      expect(verdict.message).not.toMatch(/book yet|close to booking/);
    }
  });
});

describe('repair closes the loop (judgment rule 4)', () => {
  const { sets, misses } = monitoringCollapse();
  const collapse = collapsingLane(misses, sets)!;

  it('is repaired once every repair lesson is ticked after the collapsing set', () => {
    const partial = laneRepair(collapse, [
      { lessons: ['2.5'], tickedAt: 2_000 },
      { lessons: ['3.1'], tickedAt: null },
    ]);
    expect(partial).toEqual({ lessons: ['2.5', '3.1'], done: ['2.5'], repaired: false });
    expect(
      laneRepair(collapse, [
        { lessons: ['2.5'], tickedAt: 2_000 },
        { lessons: ['3.1'], tickedAt: 2_500 },
      ]).repaired,
    ).toBe(true);
  });

  it('repaired but unconfirmed: the booking verdict and the narrowing check say what the lane banner says', () => {
    const work = [
      { lessons: ['2.5' as const], tickedAt: 2_000 },
      { lessons: ['3.1' as const], tickedAt: 2_500 },
    ];
    const lane = laneStateOf(collapse, work);
    expect(lane.status).toBe('repaired');
    expect(repairedText(collapse)).toBe(
      'Monitoring and drift response repaired: confirm with one light mixed set.',
    );
    const verdict = bookingVerdict(3, 3, true, lane);
    expect(verdict).toMatchObject({
      status: 'repaired',
      message:
        'Do not book yet: monitoring and drift response is repaired; confirm the repair with one light mixed set before booking.',
    });
    expect(verdict.message).not.toMatch(/still collapsing/);
    const narrowingCheck = narrowingOf(misses, sets, lane);
    expect(narrowingCheck.status).toBe('off');
    expect(narrowingCheck.message).toBe(
      'Not yet: monitoring and drift response is repaired; confirm the repair with one light mixed set.',
    );
  });

  it('does not count lessons ticked before the set showed the collapse', () => {
    expect(
      laneRepair(collapse, [
        { lessons: ['2.5'], tickedAt: 500 },
        { lessons: ['3.1'], tickedAt: 2_500 },
      ]),
    ).toMatchObject({ done: ['3.1'], repaired: false });
  });

  it('the next set clears the lane, or raises it again', () => {
    const cleared = aSet('2026-07-12', { correct: 18, createdAt: 3_000 });
    const clean = [...misses, aMiss(cleared.id, 'bad-monitoring-reaction'), aMiss(cleared.id, 'leakage')];
    expect(collapsingLane(clean, [...sets, cleared])).toBeNull();
    const again = aSet('2026-07-12', { correct: 16, createdAt: 3_000 });
    const still = [...misses, ...missesIn(again.id, 'bad-monitoring-reaction', 3)];
    const raised = collapsingLane(still, [...sets, again])!;
    expect(raised.setRecordedAt).toBe(3_000);
    // The lessons ticked before the new set no longer count: the loop starts over.
    expect(
      laneRepair(raised, [
        { lessons: ['2.5'], tickedAt: 2_000 },
        { lessons: ['3.1'], tickedAt: 2_500 },
      ]).repaired,
    ).toBe(false);
  });
});
