import { describe, expect, it } from 'vitest';
import { rehearsalViewAt } from '../../src/domain/practice-exam';
import { rehearsalInProgress } from '../../src/store/rehearsal-actions';
import { storesForTests } from '../support/test-stores';

const minute = 60_000;
const t0 = new Date(2026, 11, 3, 19, 0).getTime();
const { clock, freshDb, openStore, settled } = storesForTests(t0);
const exam = { questions: 60, minutes: 120, timed: true, source: 'Databricks practice exam' };

describe('practice exam on IndexedDB', () => {
  it('keeps the run, its marks and flags across a reload, and lands as a set with its misses', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const started = await (await store.getState().rehearsal()).startRehearsal(exam);
    if (!started.ok) throw new Error('not started');
    clock.now = t0 + 37 * minute;
    await (await store.getState().rehearsal()).markQuestion(started.id, 20);
    await (await store.getState().rehearsal()).toggleFlag(started.id, 20);
    await settled();

    const reopened = await openStore(db);
    const run = reopened.getState().rehearsals[started.id]!;
    expect(run).toMatchObject({ current: 20, flagged: [20], startedAt: t0 });
    expect(rehearsalViewAt(run, clock.now)).toMatchObject({ due: 19, gap: 1 });
    // A second run is refused while this one is in progress.
    expect(await (await reopened.getState().rehearsal()).startRehearsal(exam)).toEqual({
      ok: false,
      errors: {},
      message: rehearsalInProgress,
    });

    clock.now = t0 + 400 * minute;
    expect(await (await reopened.getState().rehearsal()).finishRehearsal(started.id, 61)).toEqual({
      ok: false,
      message: 'Enter how many you got right: a whole number from 0 to 60.',
    });
    const finished = await (await reopened.getState().rehearsal()).finishRehearsal(started.id, 45);
    if (!finished.ok) throw new Error(finished.message);
    expect(await (await reopened.getState().rehearsal()).leaveMissForLater(finished.setId)).toEqual({
      ok: true,
    });
    await settled();

    const after = await openStore(db);
    expect(after.getState().rehearsals).toEqual({});
    expect(after.getState().sets[finished.setId]).toMatchObject({
      questions: 60,
      correct: 45,
      practiceExam: { usedMs: 120 * minute, flagged: [20] },
    });
    expect(Object.values(after.getState().misses)).toMatchObject([
      { setId: finished.setId, rule: '', domain: null },
    ]);
  });

  it('pauses only an untimed run', async () => {
    const store = await openStore(freshDb());
    const timed = await (await store.getState().rehearsal()).startRehearsal(exam);
    if (!timed.ok) throw new Error('not started');
    await (await store.getState().rehearsal()).pauseRehearsal(timed.id);
    expect(store.getState().rehearsals[timed.id]?.status).toBe('running');
    await (await store.getState().rehearsal()).abandonRehearsal(timed.id);
    const untimed = await (await store.getState().rehearsal()).startRehearsal({ ...exam, timed: false });
    if (!untimed.ok) throw new Error('not started');
    clock.now = t0 + 5 * minute;
    await (await store.getState().rehearsal()).pauseRehearsal(untimed.id);
    expect(store.getState().rehearsals[untimed.id]).toMatchObject({ status: 'paused', pausedAt: clock.now });
  });

  it('refuses bad options with a message per field and stores nothing', async () => {
    const store = await openStore(freshDb());
    const result = await (await store.getState().rehearsal()).startRehearsal({ ...exam, questions: 0 });
    expect(result).toEqual({
      ok: false,
      errors: { questions: 'Enter a whole number of questions from 1 to 500.' },
    });
    expect(store.getState().rehearsals).toEqual({});
  });
});
