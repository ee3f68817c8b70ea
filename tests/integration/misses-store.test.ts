import { describe, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { localInstant } from '../../src/domain/dates';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import type { MissRecord } from '../../src/domain/records';
import { createAppStore } from '../../src/store/app-store';

const now = localInstant('2026-11-20', '18:00');

async function freshStore(db = new StudyDatabase(`test-${crypto.randomUUID()}`)) {
  const handle = createAppStore({ db, now: () => now });
  await handle.hydrate();
  return { db, store: handle.store, idle: handle.idle };
}

const aMissDraft = (setId: string) => ({
  ...emptyMissDraft(setId),
  domain: 'deployment',
  failureMode: 'unsafe-rollout',
  rule: 'Canary before promoting.',
  revisit: '3.1',
});

describe('misses slice', () => {
  it('saves a set and its misses so a fresh store hydrated from the same database has them', async () => {
    const { db, store, idle } = await freshStore();
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-20', label: 'Set A', questions: '20', correct: '16' });
    if (!set.ok) throw new Error('set should save');
    const miss = await store.getState().saveMiss(aMissDraft(set.id));
    if (!miss.ok) throw new Error('miss should save');
    await idle();

    const { store: again } = await freshStore(db);
    expect(again.getState().sets[set.id]).toMatchObject({ label: 'Set A', questions: 20, correct: 16 });
    expect(again.getState().misses[miss.id]).toMatchObject({
      setId: set.id,
      sessionId: null,
      domain: 'deployment',
      failureMode: 'unsafe-rollout',
      rule: 'Canary before promoting.',
      revisit: { kind: 'lesson', lessonId: '3.1' },
      revisited: false,
      retests: [],
      createdAt: now,
    });
  });

  it('saves nothing while the input is invalid', async () => {
    const { db, store, idle } = await freshStore();
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-20', label: 'Set', questions: '10', correct: '11' });
    expect(set.ok ? null : set.errors.correct).toMatch(/more right/);
    const miss = await store.getState().saveMiss({ ...aMissDraft('nope'), rule: 'Two sentences. Not one.' });
    expect(miss.ok).toBe(false);
    const unknownSet = await store.getState().saveMiss(aMissDraft('no-such-set'));
    expect(unknownSet.ok ? null : unknownSet.errors.setId).toMatch(/no longer exists/);
    await idle();
    expect(await db.sets.count()).toBe(0);
    expect(await db.misses.count()).toBe(0);
  });

  it('fills in a session miss without giving it a set, and keeps its retests', async () => {
    const { db } = await freshStore();
    const sessionMiss: MissRecord = {
      id: 'from-session',
      setId: null,
      sessionId: 'session-1',
      domain: null,
      failureMode: null,
      rule: 'Check drift before retraining.',
      saferAction: 'Roll back first.',
      revisit: null,
      revisited: false,
      retests: [{ day: 1, held: true, at: 1 }],
      createdAt: 5,
      updatedAt: 5,
    };
    await db.misses.put(sessionMiss);
    const { store: hydrated, idle } = await freshStore(db);
    const result = await hydrated.getState().saveMiss(
      {
        ...aMissDraft(''),
        failureMode: 'bad-monitoring-reaction',
        rule: sessionMiss.rule,
        saferAction: sessionMiss.saferAction,
      },
      sessionMiss.id,
    );
    expect(result.ok).toBe(true);
    await idle();
    expect(await db.misses.get(sessionMiss.id)).toMatchObject({
      setId: null,
      sessionId: 'session-1',
      failureMode: 'bad-monitoring-reaction',
      retests: [{ day: 1, held: true, at: 1 }],
      createdAt: 5,
      updatedAt: now,
    });
    expect(hydrated.getState().misses[sessionMiss.id]).toMatchObject({
      setId: null,
      sessionId: 'session-1',
      failureMode: 'bad-monitoring-reaction',
      retests: [{ day: 1, held: true, at: 1 }],
    });
  });

  it('deletes with undo and marks revisited', async () => {
    const { db, store, idle } = await freshStore();
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-20', label: 'Set', questions: '5', correct: '3' });
    if (!set.ok) throw new Error('set should save');
    const miss = await store.getState().saveMiss(aMissDraft(set.id));
    if (!miss.ok) throw new Error('miss should save');

    const removed = store.getState().misses[miss.id]!;
    expect(await store.getState().deleteMiss(miss.id)).toEqual({ ok: true });
    expect(await db.misses.count()).toBe(0);
    void store.getState().restoreMiss(removed);
    void store.getState().setRevisited(miss.id, true);
    await idle();
    expect(await db.misses.get(miss.id)).toMatchObject({
      revisited: true,
      createdAt: now,
    });
  });
});
