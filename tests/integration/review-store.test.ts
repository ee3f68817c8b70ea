import { expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import type { ReviewCardRecord, ReviewLogRecord } from '../../src/domain/review-records';
import { createAppStore } from '../../src/store/app-store';

const card = (due: number, slips: number): ReviewCardRecord => ({
  missId: 'm1',
  memory: null,
  due,
  slips,
  ruleHash: '01234567',
  updatedAt: due,
});
const log: ReviewLogRecord = { id: 'l2', missId: 'm1', rating: 1, reviewedAt: 20, source: 'review' };

it('stores a grade as its card and log together, and an undo puts the card back as it was', async () => {
  const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  const { store, hydrate } = createAppStore({ db });
  await hydrate();
  const before = card(10, 0);
  const makes = (made: ReviewCardRecord) => () => made;
  expect(await store.getState().recordReview({ ...log, id: 'l1', rating: 3 }, makes(before))).toEqual({
    ok: true,
  });
  expect(await store.getState().recordReview(log, makes(card(30, 1)))).toEqual({ ok: true });
  expect(await db.reviewCards.get('m1')).toEqual(card(30, 1));
  expect((await db.reviewLogs.toArray()).map((l) => l.id)).toEqual(['l1', 'l2']);

  expect(await store.getState().undoReview(log, makes(before))).toEqual({ ok: true });
  expect(await db.reviewCards.get('m1')).toEqual(before);
  expect((await db.reviewLogs.toArray()).map((l) => l.id)).toEqual(['l1']);
  expect(store.getState().reviewCards.m1).toEqual(before);

  // Undoing a rule's first grade leaves it new again: no card at all.
  expect(await store.getState().undoReview({ ...log, id: 'l1' }, () => undefined)).toEqual({ ok: true });
  expect(await db.reviewCards.count()).toBe(0);
  expect(store.getState().reviewCards).toEqual({});

  // A fresh tab hydrates what was stored.
  await store.getState().recordReview(log, makes(card(40, 0)));
  const other = createAppStore({ db });
  await other.hydrate();
  expect(other.store.getState().reviewCards.m1).toEqual(card(40, 0));
  expect(other.store.getState().reviewLogs.l2).toEqual(log);
  await db.delete();
});
