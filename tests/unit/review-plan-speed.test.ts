import { expect, it } from 'vitest';
import { buildReviewPlan } from '../../src/domain/review-schedule';
import { aMiss, aSet } from './miss-fixtures';

it('plans a 10,000-rule log backfilled on one day in one pass, not one day at a time per rule', () => {
  const set = aSet('2026-11-01');
  const misses = Array.from({ length: 10_000 }, () => aMiss(set.id, 'leakage'));
  const input = {
    misses,
    setDates: new Map([[set.id, set.date]]),
    cards: {},
    logs: [],
    examDate: '2027-03-01',
    today: '2026-11-20',
  };
  buildReviewPlan(input);
  const started = performance.now();
  const plan = buildReviewPlan(input);
  const ms = performance.now() - started;
  expect(plan).toHaveLength(10_000);
  // Generous for a loaded test machine: a quadratic slotting, or locale-aware sorting, took about a second.
  expect(ms).toBeLessThan(500);
});
