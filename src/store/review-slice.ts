import type { StateCreator } from 'zustand';
import type { ReviewCardRecord, ReviewLogRecord } from '../domain/review-records';
import type { WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

/**
 * Rule review's rows. The grade itself is computed by the review view (the scheduler lives in its chunk);
 * these actions store the result, so a card and its log are always written together.
 */
export interface ReviewSlice {
  /** Stores a grade: the card's new state and its log row, in one write. Resolves once stored. */
  recordReview(card: ReviewCardRecord, log: ReviewLogRecord): Promise<WriteOutcome>;
  /** Takes back a grade: removes its log and puts the card back as it was (or removes it if it was new). */
  undoReview(log: ReviewLogRecord, previous: ReviewCardRecord | null): Promise<WriteOutcome>;
}

export const createReviewSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], ReviewSlice> =>
  (set, get) => ({
    recordReview(card, log) {
      set({
        reviewCards: { ...get().reviewCards, [card.missId]: card },
        reviewLogs: { ...get().reviewLogs, [log.id]: log },
      });
      return deps.persistence.write([
        { table: 'reviewCards', put: [card] },
        { table: 'reviewLogs', put: [log] },
      ]);
    },
    undoReview(log, previous) {
      const { [log.id]: _undone, ...reviewLogs } = get().reviewLogs;
      const { [log.missId]: _graded, ...otherCards } = get().reviewCards;
      set({
        reviewLogs,
        reviewCards: previous ? { ...otherCards, [previous.missId]: previous } : otherCards,
      });
      return deps.persistence.write([
        { table: 'reviewLogs', delete: [log.id] },
        previous ? { table: 'reviewCards', put: [previous] } : { table: 'reviewCards', delete: [log.missId] },
      ]);
    },
  });
