import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localInstant, type IsoDate } from '../../src/domain/dates';
import type { MissRecord } from '../../src/domain/records';
import { gradeCard } from '../../src/domain/review-fsrs';
import type { ReviewCardRecord, ReviewLogRecord, ReviewRating } from '../../src/domain/review-records';
import { buildReviewPlan } from '../../src/domain/review-plan';
import { dueAfterGrade, type ReviewPlanInput } from '../../src/domain/review-schedule';
import { failureModeIds } from '../../src/domain/seed-ids';
import { gradePreviews } from '../../src/features/review/grade-previews';

const origin = '2026-10-01';
const ratings: ReviewRating[] = [1, 2, 3, 4];
const at = (day: IsoDate, hour: number) => localInstant(day, `${String(hour).padStart(2, '0')}:00`);

/** A learner's rules and grades, with a today and an exam date anywhere around them. */
const scenario = fc
  .record({
    misses: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 40 }),
        mode: fc.option(fc.constantFrom(...failureModeIds), { nil: null }),
        grades: fc.array(
          fc.record({ day: fc.integer({ min: 0, max: 60 }), rating: fc.constantFrom(...ratings) }),
          {
            maxLength: 3,
          },
        ),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    today: fc.integer({ min: 0, max: 60 }),
    exam: fc.option(fc.integer({ min: 0, max: 75 }), { nil: null }),
  })
  .map(({ misses, today, exam }) => {
    const rows: MissRecord[] = [];
    const cards: Record<string, ReviewCardRecord> = {};
    const logs: ReviewLogRecord[] = [];
    misses.forEach(({ day, mode, grades }, i) => {
      const start = addDays(origin, day);
      const miss: MissRecord = {
        id: `miss-${i}`,
        setId: null,
        sessionId: null,
        domain: null,
        failureMode: mode,
        rule: `Rule ${i}.`,
        saferAction: '',
        revisit: null,
        revisited: false,
        retests: [],
        createdAt: at(start, 8),
        updatedAt: at(start, 8),
      };
      rows.push(miss);
      // Grades in order, from the rule's own day up to today.
      for (const grade of [...grades].sort((a, b) => a.day - b.day)) {
        if (day + grade.day > today) break;
        const { card, log } = gradeCard({
          missId: miss.id,
          rule: miss.rule,
          start,
          card: cards[miss.id],
          history: logs.filter((l) => l.missId === miss.id),
          rating: grade.rating,
          now: at(addDays(start, grade.day), 9),
          retention: 0.9,
          logId: `log-${logs.length}`,
        });
        cards[miss.id] = card;
        logs.push(log);
      }
    });
    const input: ReviewPlanInput = {
      misses: rows,
      setDates: new Map(),
      cards,
      logs,
      examDate: exam === null ? null : addDays(origin, exam),
      today: addDays(origin, today),
    };
    return input;
  });

describe('grade previews (the dates on the four grade buttons)', () => {
  it('give, for every rule and grade, the date a plan rebuilt with that grade gives', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const now = at(input.today, 10);
        for (const item of buildReviewPlan(input)) {
          const miss = [...input.misses].find((m) => m.id === item.missId)!;
          for (const rating of ratings) {
            const { card, log } = gradeCard({
              missId: miss.id,
              rule: miss.rule,
              start: item.start,
              card: input.cards[miss.id],
              history: [...input.logs].filter((l) => l.missId === miss.id),
              rating,
              now,
              retention: 0.9,
              logId: 'preview',
            });
            const rebuilt = buildReviewPlan({
              ...input,
              cards: { ...input.cards, [miss.id]: card },
              logs: [...input.logs, log],
            }).find((i) => i.missId === miss.id)!.due;
            // With no review dated after now, the item alone always tells.
            const quick = dueAfterGrade(item, card.due, now, input.examDate, input.today);
            expect(quick?.due, `${miss.id} graded ${rating}`).toBe(rebuilt);
            expect(quick).not.toBeNull();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('read each grade in words, in the last 7 days: the day itself, or none once it would be the exam', () => {
    const today = '2026-11-02';
    const input: ReviewPlanInput = {
      misses: [
        {
          id: 'm',
          setId: null,
          sessionId: null,
          domain: null,
          failureMode: 'leakage',
          rule: 'Fit transformers on training data only.',
          saferAction: '',
          revisit: null,
          revisited: false,
          retests: [],
          createdAt: at('2026-11-01', 8),
          updatedAt: at('2026-11-01', 8),
        },
      ],
      setDates: new Map(),
      cards: {},
      logs: [],
      examDate: '2026-11-06',
      today,
    };
    const [item] = buildReviewPlan(input);
    const previews = gradePreviews(
      {
        missId: 'm',
        rule: 'Fit transformers on training data only.',
        start: item!.start,
        card: undefined,
        history: [],
        now: at(today, 10),
        retention: 0.95,
      },
      item!,
      input,
    );
    expect(previews).toEqual({
      1: 'tomorrow',
      2: 'in 2 days',
      3: 'in 3 days',
      4: 'none, it rests until the exam',
    });
  });
});
