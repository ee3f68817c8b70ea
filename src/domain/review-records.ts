/**
 * The stored rows of rule review: one card per miss rule (its spaced-repetition memory) and one log row per
 * grade. The card is what the scheduler needs next; the log is the history a rescheduler or an import can
 * always rebuild the card from.
 */
import { fnv1a32 } from './fnv-hash';

/** FSRS's four grades, numbered as in Anki and ts-fsrs: 1 Again (slipped), 2 Hard, 3 Good (held), 4 Easy. */
export type ReviewRating = 1 | 2 | 3 | 4;

/** FSRS card state: 0 new, 1 learning, 2 review, 3 relearning. */
export type ReviewState = 0 | 1 | 2 | 3;

/** What FSRS remembers about a rule, with times as epoch milliseconds. */
export interface ReviewMemory {
  stability: number;
  difficulty: number;
  state: ReviewState;
  reps: number;
  lapses: number;
  scheduledDays: number;
  learningSteps: number;
  lastReview: number;
}

export interface ReviewCardRecord {
  /** One card per miss, keyed by the miss's id. */
  missId: string;
  /**
   * Null for a card carried over from the day-1/3/7 retests: its first grade here replays that history through
   * FSRS, so the schema upgrade needs no scheduler.
   */
  memory: ReviewMemory | null;
  /** When the scheduler brings the rule back (epoch ms); the exam's limits are applied on top when shown. */
  due: number;
  /** Times it slipped (Again) since the rule's text last changed; three flag it for a rewrite. */
  slips: number;
  /** A short hash of the rule text the slips were counted against: rewriting the rule starts a fresh count. */
  ruleHash: string;
  updatedAt: number;
}

export interface ReviewLogRecord {
  id: string;
  missId: string;
  rating: ReviewRating;
  reviewedAt: number;
  /** 'retest' marks an answer carried over from the old day-1/3/7 retests. */
  source: 'review' | 'retest';
}

/** FNV-1a, 32 bits: enough to tell that a one-sentence rule was edited, not a security boundary. */
export function ruleHash(rule: string): string {
  return fnv1a32(rule).toString(16).padStart(8, '0');
}
