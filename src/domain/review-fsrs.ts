/**
 * The one door to the FSRS scheduler (ts-fsrs). Only the review view imports this module, so the library
 * lands in that view's chunk and no other page loads it. Fuzz is off: the same history always gives the same
 * dates, which the learner can trust and the tests can pin.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade, type FSRS } from 'ts-fsrs';
import { toUtcNoon, type IsoDate } from './dates';
import {
  ruleHash,
  type ReviewCardRecord,
  type ReviewLogRecord,
  type ReviewMemory,
  type ReviewRating,
  type ReviewState,
} from './review-records';

const schedulers = new Map<number, FSRS>();
const dayMs = 86_400_000;

/**
 * Short-term (minute) steps are off: the learner reviews once a day, so every interval is whole days and a
 * slipped rule comes back tomorrow rather than in ten minutes.
 */
function schedulerFor(retention: number): FSRS {
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({ request_retention: retention, enable_fuzz: false, enable_short_term: false }),
    );
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

function toCard(memory: ReviewMemory, due: number): Card {
  return {
    due: new Date(due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: 0,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state,
    last_review: new Date(memory.lastReview),
  };
}

function toMemory(card: Card, reviewedAt: number): ReviewMemory {
  return {
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state as ReviewState,
    reps: card.reps,
    lapses: card.lapses,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    lastReview: card.last_review?.getTime() ?? reviewedAt,
  };
}

export interface GradeInput {
  missId: string;
  rule: string;
  /** The rule's start (its set's date): a new card is created then, not when it was typed. */
  start: IsoDate;
  card: ReviewCardRecord | undefined;
  /** The card's earlier grades: replayed when the card has no memory yet (carried over from retests). */
  history: readonly ReviewLogRecord[];
  rating: ReviewRating;
  now: number;
  retention: number;
  logId: string;
}

/** FSRS memory after replaying grades in order, from an empty card created on the rule's start date. */
function replay(start: IsoDate, history: readonly ReviewLogRecord[]): Card {
  const scheduler = schedulerFor(0.9);
  // Noon UTC, not the device's noon: a card replayed on two devices in two time zones must come out the same.
  let card = createEmptyCard(new Date(toUtcNoon(start)));
  for (const log of [...history].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
    card = scheduler.next(card, new Date(log.reviewedAt), log.rating as Grade).card;
  }
  return card;
}

/** One grade: the card's new state and the log row that records it. */
export function gradeCard(input: GradeInput): { card: ReviewCardRecord; log: ReviewLogRecord } {
  const { card, rating, retention } = input;
  const before = card?.memory ? toCard(card.memory, card.due) : replay(input.start, input.history);
  // A last review after "now" (a clock that ran ahead, a synced device's) would make FSRS throw "Invalid
  // delta_t" for good: the grade counts at that review's time instead, so it still follows it in the log.
  const now = Math.max(
    input.now,
    before.last_review?.getTime() ?? 0,
    ...input.history.map((log) => log.reviewedAt),
  );
  const next = schedulerFor(retention).next(before, new Date(now), rating as Grade).card;
  // A slipped rule comes back the next day, as a relearning step would in Anki: FSRS's post-lapse interval
  // can be several days, too long for a rule the learner just failed to recall before an exam.
  const due = rating === 1 ? Math.min(next.due.getTime(), now + dayMs) : next.due.getTime();
  const hash = ruleHash(input.rule);
  // Slips count against the rule as worded now: a rewrite starts the count again.
  const earlierSlips = card && card.ruleHash === hash ? card.slips : 0;
  return {
    card: {
      missId: input.missId,
      memory: toMemory(next, now),
      due,
      slips: earlierSlips + (rating === 1 ? 1 : 0),
      ruleHash: hash,
      updatedAt: now,
    },
    log: { id: input.logId, missId: input.missId, rating, reviewedAt: now, source: 'review' },
  };
}
