/**
 * The four grades as the review view offers them, and the rewrite flag. Kept apart from the row types so the
 * first load (which needs the rows for the schema upgrade) does not carry the review view's words.
 */
import { ruleHash, type ReviewCardRecord, type ReviewRating } from './review-records';

export const reviewRatings = [
  { rating: 1, label: 'Again', meaning: 'slipped' },
  { rating: 2, label: 'Hard', meaning: 'recalled with effort' },
  { rating: 3, label: 'Good', meaning: 'held' },
  { rating: 4, label: 'Easy', meaning: 'held easily' },
] as const satisfies readonly { rating: ReviewRating; label: string; meaning: string }[];

/** Slips that flag a rule for rewriting: it keeps failing as worded. */
export const rewriteAfterSlips = 3;

export function needsRewrite(card: ReviewCardRecord | undefined, rule: string): boolean {
  return !!card && card.slips >= rewriteAfterSlips && card.ruleHash === ruleHash(rule);
}
