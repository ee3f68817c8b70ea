import { describe, expect, it } from 'vitest';
import { addDays, localInstant, localIsoDate, type IsoDate } from '../../src/domain/dates';
import type { MissRecord, MixedSetRecord } from '../../src/domain/records';
import { gradeCard } from '../../src/domain/review-fsrs';
import type { ReviewCardRecord, ReviewLogRecord, ReviewRating } from '../../src/domain/review-records';
import { buildReviewPlan } from '../../src/domain/review-plan';
import {
  dueForecast,
  dueReason,
  dueToday,
  finalWeekDayCap,
  laneFocusDays,
  newPerDay,
  targetRetention,
  type ReviewItem,
} from '../../src/domain/review-schedule';
import { lastSevenDays } from '../../src/domain/seed';
import { failureModeIds } from '../../src/domain/seed-ids';
import { aMiss, aSet } from './miss-fixtures';

const dayMs = 86_400_000;
const at9 = (day: IsoDate) => localInstant(day, '09:00');

/** One grade, as the review view gives it, at 09:00 on `day`. */
function grade(
  miss: MissRecord,
  start: IsoDate,
  state: { cards: Record<string, ReviewCardRecord>; logs: ReviewLogRecord[] },
  rating: ReviewRating,
  day: IsoDate,
  examDate: IsoDate | null = null,
) {
  const { card, log } = gradeCard({
    missId: miss.id,
    rule: miss.rule,
    start,
    card: state.cards[miss.id],
    history: state.logs.filter((l) => l.missId === miss.id),
    rating,
    now: at9(day),
    retention: targetRetention(examDate, day),
    logId: `log-${state.logs.length}`,
  });
  state.cards[miss.id] = card;
  state.logs.push(log);
  return card;
}

/** The learner reviews everything due, every day from `from` until the day before `until`. */
function simulate(
  misses: MissRecord[],
  sets: MixedSetRecord[],
  examDate: IsoDate | null,
  from: IsoDate,
  until: IsoDate,
  rate: (item: ReviewItem, day: IsoDate) => ReviewRating = () => 3,
) {
  const state = { cards: {} as Record<string, ReviewCardRecord>, logs: [] as ReviewLogRecord[] };
  const setDates = new Map(sets.map((s) => [s.id, s.date]));
  const byId = new Map(misses.map((m) => [m.id, m]));
  const dueDays: IsoDate[] = [];
  for (let day = from; day < until; day = addDays(day, 1)) {
    const plan = buildReviewPlan({
      misses,
      setDates,
      cards: state.cards,
      logs: state.logs,
      examDate,
      today: day,
    });
    for (const item of plan) if (item.due !== null) dueDays.push(item.due);
    for (const item of dueToday(plan, day)) {
      grade(byId.get(item.missId)!, item.start, state, rate(item, day), day, examDate);
    }
  }
  return { ...state, dueDays };
}

describe('the FSRS wrapper, with a fixed clock', () => {
  const set = aSet('2026-11-02');
  const miss = aMiss(set.id, 'leakage');

  it('grows the interval after each Good', () => {
    const state = { cards: {}, logs: [] };
    let day: IsoDate = '2026-11-03';
    const intervals: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const card = grade(miss, set.date, state, 3, day);
      intervals.push(card.memory!.scheduledDays);
      day = localIsoDate(card.due);
    }
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
  });

  it('shrinks the interval after Again, counts the slip and brings it back the next day', () => {
    const state = { cards: {}, logs: [] };
    let card = grade(miss, set.date, state, 3, '2026-11-03');
    card = grade(miss, set.date, state, 3, localIsoDate(card.due));
    const before = card.memory!.scheduledDays;
    const slippedOn = localIsoDate(card.due);
    card = grade(miss, set.date, state, 1, slippedOn);
    expect(card.memory!.scheduledDays).toBeLessThan(before);
    expect(localIsoDate(card.due)).toBe(addDays(slippedOn, 1));
    expect(card.slips).toBe(1);
    expect(card.memory!.lapses).toBe(1);
  });

  it('orders the four grades: Again < Hard < Good < Easy', () => {
    const days = ([1, 2, 3, 4] as const).map(
      (rating) =>
        gradeCard({
          missId: miss.id,
          rule: miss.rule,
          start: set.date,
          card: undefined,
          history: [],
          rating,
          now: at9('2026-11-03'),
          retention: 0.9,
          logId: 'x',
        }).card.memory!.scheduledDays,
    );
    expect(days[0]).toBeLessThanOrEqual(days[1]!);
    expect(days[1]).toBeLessThan(days[2]!);
    expect(days[2]).toBeLessThan(days[3]!);
  });

  it('gives shorter intervals when the target recall rises near the exam', () => {
    expect(targetRetention('2026-12-31', '2026-11-01')).toBe(0.9);
    expect(targetRetention('2026-12-31', '2026-12-17')).toBeCloseTo(0.925);
    expect(targetRetention('2026-12-31', '2026-12-28')).toBe(0.95);
    const at = (retention: number) =>
      gradeCard({
        missId: miss.id,
        rule: miss.rule,
        start: set.date,
        card: undefined,
        history: [
          { id: 'a', missId: miss.id, rating: 3, reviewedAt: at9('2026-11-03'), source: 'review' },
          { id: 'b', missId: miss.id, rating: 3, reviewedAt: at9('2026-11-06'), source: 'review' },
        ],
        rating: 3,
        now: at9('2026-11-20'),
        retention,
        logId: 'x',
      }).card.memory!.scheduledDays;
    expect(at(0.95)).toBeLessThan(at(0.9));
  });

  it('replays a carried-over history (held, slipped) before the first grade here', () => {
    const history: ReviewLogRecord[] = [
      { id: 'r1', missId: miss.id, rating: 3, reviewedAt: at9('2026-11-03'), source: 'retest' },
      { id: 'r3', missId: miss.id, rating: 1, reviewedAt: at9('2026-11-05'), source: 'retest' },
    ];
    const carried: ReviewCardRecord = {
      missId: miss.id,
      memory: null,
      due: at9('2026-11-09'),
      slips: 1,
      ruleHash: gradeCard({
        missId: miss.id,
        rule: miss.rule,
        start: set.date,
        card: undefined,
        history: [],
        rating: 3,
        now: 0,
        retention: 0.9,
        logId: 'x',
      }).card.ruleHash,
      updatedAt: 0,
    };
    const input = {
      missId: miss.id,
      rule: miss.rule,
      start: set.date,
      history,
      rating: 3 as const,
      now: at9('2026-11-09'),
      retention: 0.9,
      logId: 'n',
    };
    const replayed = gradeCard({ ...input, card: carried }).card;
    const fresh = gradeCard({ ...input, card: undefined, history: [] }).card;
    expect(replayed.memory!.reps).toBe(3);
    expect(replayed.memory!.lapses).toBe(1);
    expect(replayed.slips).toBe(1);
    expect(replayed.memory!.stability).not.toBe(fresh.memory!.stability);
  });

  it('starts the slip count again when the rule is rewritten', () => {
    const state = { cards: {} as Record<string, ReviewCardRecord>, logs: [] as ReviewLogRecord[] };
    grade(miss, set.date, state, 1, '2026-11-03');
    grade(miss, set.date, state, 1, '2026-11-04');
    expect(state.cards[miss.id]!.slips).toBe(2);
    const rewritten = { ...miss, rule: 'A clearer rule.' };
    grade(rewritten, set.date, state, 1, '2026-11-05');
    expect(state.cards[miss.id]!.slips).toBe(1);
  });
});

describe('the exam-aimed plan', () => {
  const modes = failureModeIds;

  function rules(count: number, setDate: IsoDate) {
    const sets: MixedSetRecord[] = [];
    const misses: MissRecord[] = [];
    for (let i = 0; i < count; i += 1) {
      if (i % 10 === 0) sets.push(aSet(addDays(setDate, Math.floor(i / 10) % 5)));
      misses.push(aMiss(sets.at(-1)!.id, modes[i % modes.length]!));
    }
    return { sets, misses };
  }

  it.each([1, 50, 500])(
    'reviews every one of %i rules at least once in the last 7 days, and never on or after the exam',
    (count) => {
      const examDate = '2027-01-15';
      const { sets, misses } = rules(count, '2026-11-20');
      const { logs, dueDays } = simulate(misses, sets, examDate, '2026-11-21', addDays(examDate, 3));
      const windowStart = addDays(examDate, -7);
      for (const miss of misses) {
        const days = logs.filter((l) => l.missId === miss.id).map((l) => localIsoDate(l.reviewedAt));
        expect(days.some((d) => d >= windowStart && d < examDate)).toBe(true);
        expect(days.every((d) => d < examDate)).toBe(true);
      }
      // Nothing was ever shown as due on or after the exam while it was ahead.
      expect(dueDays.filter((d) => d >= examDate)).toEqual([]);
      // No focus day carries more than its share.
      const perDay = new Map<IsoDate, number>();
      for (const log of logs) {
        const day = localIsoDate(log.reviewedAt);
        if (day >= windowStart) perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      const firstWindowReviews = new Set<string>();
      const windowLoad = new Map<IsoDate, number>();
      for (const log of [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
        const day = localIsoDate(log.reviewedAt);
        if (day < windowStart || firstWindowReviews.has(log.missId)) continue;
        firstWindowReviews.add(log.missId);
        windowLoad.set(day, (windowLoad.get(day) ?? 0) + 1);
      }
      expect(Math.max(...windowLoad.values())).toBeLessThanOrEqual(finalWeekDayCap(count) + newPerDay);
    },
  );

  it("places each rule's last-7-day review on the day whose focus matches its lane", () => {
    const examDate = '2027-01-15';
    const { sets, misses } = rules(30, '2026-11-20');
    const { logs } = simulate(misses, sets, examDate, '2026-11-21', examDate);
    const windowStart = addDays(examDate, -7);
    for (const miss of misses) {
      const first = logs
        .filter((l) => l.missId === miss.id && localIsoDate(l.reviewedAt) >= windowStart)
        .sort((a, b) => a.reviewedAt - b.reviewedAt)[0]!;
      const focusDay = -Math.round((at9(localIsoDate(first.reviewedAt)) - at9(examDate)) / dayMs);
      const lane =
        {
          'wrong-scaling-fit': 'scaling',
          leakage: 'features',
          'unsafe-rollout': 'deployment',
          'bad-monitoring-reaction': 'monitoring',
        }[miss.failureMode as string] ?? 'lifecycle';
      expect(laneFocusDays[lane as keyof typeof laneFocusDays]).toContain(focusDay);
      if (lane !== 'lifecycle') expect(laneFocusDays[lane as keyof typeof laneFocusDays][0]).toBe(focusDay);
    }
    expect(lastSevenDays.find((d) => d.day === 3)!.focus).toMatch(/Monitoring/);
  });

  it('spreads a backfill of old sets over the next days instead of one morning', () => {
    const typedAt = localInstant('2026-11-20', '21:00');
    const sets = [aSet('2026-11-02'), aSet('2026-11-09'), aSet('2026-11-16')];
    const misses = Array.from({ length: 17 }, (_, i) =>
      aMiss(sets[i % 3]!.id, 'leakage', { createdAt: typedAt + i, updatedAt: typedAt + i }),
    );
    const plan = buildReviewPlan({
      misses,
      setDates: new Map(sets.map((s) => [s.id, s.date])),
      cards: {},
      logs: [],
      examDate: null,
      today: '2026-11-20',
    });
    expect(dueToday(plan, '2026-11-20')).toEqual([]);
    expect(dueForecast(plan, '2026-11-20', 5)).toEqual([0, newPerDay, newPerDay, 1, 0]);
    // The oldest set's rules come first.
    const tomorrow = dueToday(plan, '2026-11-21').map((i) => i.start);
    expect(tomorrow.every((d) => d <= '2026-11-09')).toBe(true);
  });

  it('spreads a 10,000-rule backfill at the daily limit, in one pass', () => {
    const set = aSet('2026-11-01');
    const misses = Array.from({ length: 10_000 }, () => aMiss(set.id, 'leakage'));
    const plan = buildReviewPlan({
      misses,
      setDates: new Map([[set.id, set.date]]),
      cards: {},
      logs: [],
      examDate: null,
      today: '2026-11-20',
    });
    const perDay = new Map<IsoDate, number>();
    for (const item of plan) perDay.set(item.due!, (perDay.get(item.due!) ?? 0) + 1);
    expect(perDay.size).toBe(10_000 / newPerDay);
    expect([...perDay.values()].every((n) => n === newPerDay)).toBe(true);
    expect([...perDay.keys()].sort()[0]).toBe('2026-11-02');
  });

  it("dates a rule from its set, and keeps a normal set's rules for the next morning", () => {
    const set = aSet('2026-11-20');
    const misses = [1, 2, 3].map((i) =>
      aMiss(set.id, 'leakage', { createdAt: localInstant('2026-11-20', '18:00') + i }),
    );
    const plan = buildReviewPlan({
      misses,
      setDates: new Map([[set.id, set.date]]),
      cards: {},
      logs: [],
      examDate: '2026-12-10',
      today: '2026-11-21',
    });
    expect(plan.map((i) => i.due)).toEqual(['2026-11-21', '2026-11-21', '2026-11-21']);
    expect(dueReason(plan[0]!, '2026-11-21', '2026-12-10')).toBe(
      'due: first review, miss logged 1 day ago; exam in 19 days',
    );
    // The miss is the learner's logged one, not a review they missed: said so on the day itself too.
    expect(dueReason(plan[0]!, '2026-11-20', '2026-12-10')).toBe(
      'due: first review, miss logged today; exam in 20 days',
    );
  });

  /** A rule due on Nov 20 whose last review was at `at`, graded `rating`. */
  const reviewedItem = (missId: string, at: number, rating: ReviewItem['lastRating']): ReviewItem => ({
    missId,
    lane: 'features',
    start: '2026-11-01',
    due: '2026-11-20',
    kind: 'review',
    focusDay: null,
    owedFocusDay: null,
    lastReviewedAt: at,
    lastRating: rating,
  });

  it('a last review after "now" (a clock that ran ahead) is said as today and grades without a crash', () => {
    const miss = aMiss(null, 'leakage', { createdAt: at9('2026-11-01') });
    const state = { cards: {} as Record<string, ReviewCardRecord>, logs: [] as ReviewLogRecord[] };
    grade(miss, '2026-11-01', state, 3, '2026-11-23');
    const item = reviewedItem(miss.id, at9('2026-11-23'), 3);
    expect(dueReason(item, '2026-11-20', null)).toBe('due: today since you held it');
    const card = grade(miss, '2026-11-01', state, 1, '2026-11-20');
    expect(Number.isFinite(card.due)).toBe(true);
    expect(card.due).toBeGreaterThan(at9('2026-11-23'));
    // The grade counts after the one it followed, so replaying the logs keeps their order.
    expect(state.logs[1]!.reviewedAt).toBeGreaterThanOrEqual(state.logs[0]!.reviewedAt);
  });

  it('says why a card is due: "4 days since you slipped it; exam in 9 days"', () => {
    const item = reviewedItem('m', at9('2026-11-16'), 1);
    expect(dueReason(item, '2026-11-20', '2026-11-29')).toBe(
      'due: 4 days since you slipped it; exam in 9 days',
    );
    expect(dueReason({ ...item, due: '2026-11-19', lastRating: 3 }, '2026-11-20', null)).toBe(
      'due: 4 days since you held it, 1 day overdue',
    );
    expect(dueReason({ ...item, kind: 'final-week', focusDay: 7 }, '2026-11-20', '2026-11-27')).toBe(
      'due: its last-7-day review, on Day 7 (SparkML, estimator or transformer choice, and scoring modes only); exam in 7 days',
    );
  });

  it('lets a rule rest once it had its last-7-day review and FSRS would only bring it back after the exam', () => {
    const set = aSet('2026-11-01');
    const miss = aMiss(set.id, 'unsafe-rollout');
    const card: ReviewCardRecord = {
      missId: miss.id,
      memory: null,
      due: at9('2027-02-01'),
      slips: 0,
      ruleHash: '00000000',
      updatedAt: 0,
    };
    const input = {
      misses: [miss],
      setDates: new Map([[set.id, set.date]]),
      cards: { [miss.id]: card },
      examDate: '2026-12-10',
      today: '2026-12-05',
    };
    const log = (day: IsoDate): ReviewLogRecord => ({
      id: day,
      missId: miss.id,
      rating: 3,
      reviewedAt: at9(day),
      source: 'review',
    });
    // Reviewed before the last 7 days: owed its Day 2 review (deployment).
    expect(buildReviewPlan({ ...input, logs: [log('2026-11-20')] })[0]).toMatchObject({
      due: '2026-12-08',
      kind: 'final-week',
      focusDay: 2,
    });
    // Reviewed inside them: rests until the exam.
    expect(buildReviewPlan({ ...input, logs: [log('2026-12-04')] })[0]?.due).toBeNull();
    // On and after the exam day nothing is due until a new exam date is set; without one, FSRS alone decides.
    expect(buildReviewPlan({ ...input, logs: [log('2026-11-20')], today: '2026-12-10' })[0]?.due).toBeNull();
    expect(buildReviewPlan({ ...input, logs: [log('2026-11-20')], examDate: null })[0]?.due).toBe(
      '2027-02-01',
    );
  });
});
