import type { StateCreator } from 'zustand';
import type { ReviewCardRecord, ReviewLogRecord } from '../domain/review-records';
import type { RowChange, WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

/**
 * A rule's card as its logs make it (the review view's `replayCard`, whose scheduler lives in its chunk);
 * undefined when the logs make no card (the rule is new again).
 */
export type CardFromLogs = (
  logs: readonly ReviewLogRecord[],
  stored: ReviewCardRecord | undefined,
) => ReviewCardRecord | undefined;

/**
 * Rule review's rows. A card follows its logs: a grade adds its log and an undo removes only its own, and in
 * the same transaction the card is rebuilt from every log of that rule then stored. Two tabs grading one rule
 * thus keep both grades in one card, and an undo in one leaves the other's grade in force.
 */
export interface ReviewSlice {
  /** Stores a grade's log and the card rebuilt with it, in one write. Resolves once stored. */
  recordReview(log: ReviewLogRecord, cardFromLogs: CardFromLogs): Promise<WriteOutcome>;
  /** Takes back a grade: removes its log and rebuilds the card from the rule's other logs. */
  undoReview(log: ReviewLogRecord, cardFromLogs: CardFromLogs): Promise<WriteOutcome>;
}

export const createReviewSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], ReviewSlice> =>
  (set, get) => {
    /** Shows the card this tab's logs make at once, then stores the one all stored logs make. */
    const write = (
      missId: string,
      reviewLogs: Store['reviewLogs'],
      logChange: RowChange,
      cardFromLogs: CardFromLogs,
    ) => {
      const { [missId]: stored, ...otherCards } = get().reviewCards;
      const card = cardFromLogs(
        Object.values(reviewLogs).filter((log) => log.missId === missId),
        stored,
      );
      set({ reviewLogs, reviewCards: card ? { ...otherCards, [missId]: card } : otherCards });
      return deps.persistence.write([
        logChange,
        {
          table: 'reviewCards',
          update: [
            {
              key: missId,
              from: { table: 'reviewLogs', index: 'missId', value: missId },
              apply: (row, logs) =>
                cardFromLogs(logs as ReviewLogRecord[], row as ReviewCardRecord | undefined) ?? null,
            },
          ],
        },
      ]);
    };
    return {
      recordReview: (log, cardFromLogs) =>
        write(
          log.missId,
          { ...get().reviewLogs, [log.id]: log },
          { table: 'reviewLogs', put: [log] },
          cardFromLogs,
        ),
      undoReview(log, cardFromLogs) {
        const { [log.id]: _undone, ...reviewLogs } = get().reviewLogs;
        return write(log.missId, reviewLogs, { table: 'reviewLogs', delete: [log.id] }, cardFromLogs);
      },
    };
  };
