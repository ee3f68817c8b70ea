import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localInstant, type IsoDate } from '../../src/domain/dates';
import type { MissRecord } from '../../src/domain/records';
import { gradeCard } from '../../src/domain/review-fsrs';
import type { ReviewCardRecord, ReviewLogRecord, ReviewRating } from '../../src/domain/review-records';
import { nextReviewPlan, reviewPlan, type ReviewPlan, type ReviewRows } from '../../src/domain/review-plan';
import { indexRules } from '../../src/domain/review-schedule';
import { failureModeIds } from '../../src/domain/seed-ids';
import { aMiss } from './miss-fixtures';

const origin = '2026-10-01';
const at = (day: IsoDate, hour: number) => localInstant(day, `${String(hour).padStart(2, '0')}:00`);

const missOn = (i: number, day: IsoDate, mode: MissRecord['failureMode']) =>
  aMiss(null, mode, {
    id: `miss-${String(i).padStart(3, '0')}`,
    createdAt: at(day, 8),
    updatedAt: at(day, 8),
  });

/**
 * Rules crowded onto a few days (so new rules queue behind the 8-a-day limit), an exam anywhere around
 * today or none, and a run of grades (now, earlier today, a day back, or from a clock that ran ahead) and
 * undos of the latest grade.
 */
const scenario = fc.record({
  misses: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 5 }),
      mode: fc.option(fc.constantFrom(...failureModeIds), { nil: null }),
    }),
    { minLength: 1, maxLength: 80, size: 'max' },
  ),
  today: fc.integer({ min: 1, max: 16 }),
  exam: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
  steps: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('grade' as const),
        pick: fc.nat(),
        rating: fc.constantFrom<ReviewRating>(1, 2, 3, 4),
        daysBack: fc.integer({ min: -1, max: 2 }),
        hour: fc.integer({ min: 7, max: 22 }),
      }),
      fc.constant({ kind: 'undo' as const }),
    ),
    { minLength: 1, maxLength: 25 },
  ),
});

describe('the review plan kept grade by grade', () => {
  it('equals the plan rebuilt from scratch after every grade and undo, queue included', () => {
    fc.assert(
      fc.property(scenario, ({ misses, today: todayOffset, exam, steps }) => {
        const rules = misses.map(({ day, mode }, i) => missOn(i, addDays(origin, day), mode));
        const index = indexRules(rules, new Map());
        const today = addDays(origin, todayOffset);
        let rows: ReviewRows = {
          cards: {},
          logs: {},
          examDate: exam === null ? null : addDays(origin, exam),
          today,
        };
        let plan: ReviewPlan = reviewPlan(index, rows);
        const undoable: { log: ReviewLogRecord; previous: ReviewCardRecord | undefined }[] = [];
        for (const step of steps) {
          if (step.kind === 'undo') {
            const last = undoable.pop();
            if (!last) continue;
            const { [last.log.id]: _undone, ...logs } = rows.logs;
            const { [last.log.missId]: _graded, ...cards } = rows.cards;
            rows = {
              ...rows,
              logs,
              cards: last.previous ? { ...cards, [last.previous.missId]: last.previous } : cards,
            };
          } else {
            const miss = rules[step.pick % rules.length]!;
            const previous = rows.cards[miss.id];
            const { card, log } = gradeCard({
              missId: miss.id,
              rule: miss.rule,
              start: index.byId.get(miss.id)!.start,
              card: previous,
              history: Object.values(rows.logs).filter((l) => l.missId === miss.id),
              rating: step.rating,
              now: at(addDays(today, -step.daysBack), step.hour),
              retention: 0.9,
              logId: `log-${Object.keys(rows.logs).length}-${undoable.length}`,
            });
            rows = {
              ...rows,
              cards: { ...rows.cards, [miss.id]: card },
              logs: { ...rows.logs, [log.id]: log },
            };
            undoable.push({ log, previous });
          }
          plan = nextReviewPlan(plan, index, rows);
          const rebuilt = reviewPlan(index, rows);
          expect(plan.items).toEqual(rebuilt.items);
          expect(plan.due).toEqual(rebuilt.due);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes again only the graded rule and the new rules its slot moved, not every rule', () => {
    // 2,000 new rules from one morning: 8 first reviews a day, 250 days of backlog, 80 of them overdue.
    const rules = Array.from({ length: 2000 }, (_, i) => missOn(i, origin, 'leakage'));
    const index = indexRules(rules, new Map());
    const today = addDays(origin, 10);
    const rows: ReviewRows = { cards: {}, logs: {}, examDate: null, today };
    const plan = reviewPlan(index, rows);
    const first = plan.due[0]!;
    expect(plan.due).toHaveLength(80);

    const miss = rules.find((m) => m.id === first.missId)!;
    const { card, log } = gradeCard({
      missId: miss.id,
      rule: miss.rule,
      start: first.start,
      card: undefined,
      history: [],
      rating: 3,
      now: at(today, 9),
      retention: 0.9,
      logId: 'log-1',
    });
    const graded = { ...rows, cards: { [miss.id]: card }, logs: { [log.id]: log } };
    const next = nextReviewPlan(plan, index, graded);

    expect(next.items).toEqual(reviewPlan(index, graded).items);
    const remade = next.items.filter((item, i) => item !== plan.items[i]);
    // The graded rule, and the new rules up to today that each moved up one slot (a day for every eighth).
    expect(remade.length).toBeLessThanOrEqual(81);
    expect(next.due.map((item) => item.missId)).not.toContain(miss.id);
    expect(next.due).toHaveLength(79);
  });
});
