import { expect, it, vi } from 'vitest';
import { gradeCard } from '../../src/domain/review-fsrs';
import { cardFromLogs } from '../../src/domain/review-replay';
import type { ReviewLogRecord, ReviewRating } from '../../src/domain/review-records';
import type { CardFromLogs } from '../../src/store/review-slice';
import { storesForTests } from '../support/test-stores';

const { freshDb, openStore } = storesForTests(0);
const miss = { id: 'm1', rule: 'Canary first.' };
const start = '2026-11-01';
const t0 = Date.UTC(2026, 10, 10, 9);

/** The rule's card as a set of its logs makes it, slips counted from none. */
const cardOf = (logs: readonly ReviewLogRecord[], slips: 0 | 1 = 0) =>
  cardFromLogs({ miss, start, logs, examDate: null, stored: undefined, slipChange: slips });
/** What the review view hands the store for a grade or an undo of `log`. */
const fromLogs =
  (log: ReviewLogRecord, undo = false): CardFromLogs =>
  (logs, stored) =>
    cardFromLogs({
      miss,
      start,
      logs,
      examDate: null,
      stored,
      slipChange: log.rating === 1 ? (undo ? -1 : 1) : 0,
    });

/** A grade as a tab that has not yet heard of the other tab's grade makes it. */
const gradeLog = (id: string, rating: ReviewRating, now: number) =>
  gradeCard({
    missId: miss.id,
    rule: miss.rule,
    start,
    card: undefined,
    history: [],
    rating,
    now,
    retention: 0.9,
    logId: id,
  }).log;

it('two tabs grading one card: the card follows both logs, and an undo takes back only its own', async () => {
  const db = freshDb();
  const channelName = `review-${crypto.randomUUID()}`;
  const [a, b] = await Promise.all([openStore(db, channelName), openStore(db, channelName)]);
  const la = gradeLog('la', 3, t0);
  const lb = gradeLog('lb', 1, t0 + 60_000);
  const [wa, wb] = await Promise.all([
    a.getState().recordReview(la, fromLogs(la)),
    b.getState().recordReview(lb, fromLogs(lb)),
  ]);
  expect([wa.ok, wb.ok]).toEqual([true, true]);
  const both = cardOf([la, lb], 1)!;
  expect(await db.reviewCards.get(miss.id)).toEqual(both);
  await vi.waitFor(() => expect(a.getState().reviewCards[miss.id]).toEqual(both));
  await vi.waitFor(() => expect(b.getState().reviewCards[miss.id]).toEqual(both));

  // Tab A takes back its grade: B's stays, and the card is B's grade alone, in both tabs.
  expect((await a.getState().undoReview(la, fromLogs(la, true))).ok).toBe(true);
  const onlyB = cardOf([lb], 1)!;
  expect(onlyB).not.toEqual(both);
  expect(await db.reviewCards.get(miss.id)).toEqual(onlyB);
  expect((await db.reviewLogs.toArray()).map((log) => log.id)).toEqual(['lb']);
  await vi.waitFor(() => expect(b.getState().reviewCards[miss.id]).toEqual(onlyB));
  expect(a.getState().reviewCards[miss.id]).toEqual(onlyB);

  // B takes back the last grade: the rule is new again, everywhere.
  expect((await b.getState().undoReview(lb, fromLogs(lb, true))).ok).toBe(true);
  expect(await db.reviewCards.count()).toBe(0);
  await vi.waitFor(() => expect(a.getState().reviewCards[miss.id]).toBeUndefined());
});
