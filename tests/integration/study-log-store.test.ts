import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/domain/dates';
import { weekHours } from '../../src/domain/session-hours';
import { storesForTests } from '../support/test-stores';

const t0 = Date.UTC(2026, 10, 26, 12, 0);
const today = localIsoDate(t0);
const { clock, freshDb, openStore, settled } = storesForTests(t0);

describe('study time logged by hand', () => {
  it('is stored, counted in the week, edited, deleted and restored', async () => {
    const db = freshDb();
    const store = await openStore(db);
    expect(
      await store.getState().saveStudyLog({ date: today, minutes: '90', what: ' Docs on drift ' }, today),
    ).toEqual({ ok: true });
    await settled();
    const [row] = await db.studyLogs.toArray();
    expect(row).toMatchObject({ date: today, minutes: 90, what: 'Docs on drift' });

    const logs = () => Object.values(store.getState().studyLogs);
    const setup = { hoursBand: '6-8' as const, startDate: null };
    expect(weekHours([], setup, clock.now, 0, logs()).studiedMs).toBe(90 * 60_000);

    clock.now += 1_000;
    expect(
      await store.getState().saveStudyLog({ date: today, minutes: '45', what: 'Docs' }, today, row!.id),
    ).toEqual({ ok: true });
    await settled();
    expect(await db.studyLogs.get(row!.id)).toMatchObject({
      minutes: 45,
      createdAt: t0,
      updatedAt: t0 + 1_000,
    });

    const removed = store.getState().studyLogs[row!.id]!;
    expect(await store.getState().deleteStudyLog(row!.id)).toEqual({ ok: true });
    expect(await db.studyLogs.count()).toBe(0);
    store.getState().restoreStudyLog(removed);
    await settled();
    expect(await db.studyLogs.get(row!.id)).toEqual(removed);

    // A fresh store on the same database reads it back.
    const again = await openStore(db);
    expect(Object.values(again.getState().studyLogs)).toEqual([removed]);
  });

  it('refuses a bad entry with a message per field and stores nothing', async () => {
    const db = freshDb();
    const store = await openStore(db);
    expect(
      await store.getState().saveStudyLog({ date: '2026-12-25', minutes: '0', what: '' }, today),
    ).toEqual({
      ok: false,
      errors: {
        date: 'Enter today or an earlier date.',
        minutes: 'Enter whole minutes from 1 to 720.',
        what: 'Say what you studied, e.g. "Chapter 2.5 notes".',
      },
    });
    expect(await store.getState().saveStudyLog({ date: today, minutes: '1.5', what: 'x' }, today)).toEqual({
      ok: false,
      errors: { minutes: 'Enter whole minutes from 1 to 720.' },
    });
    await settled();
    expect(await db.studyLogs.count()).toBe(0);
    expect(store.getState().studyLogs).toEqual({});
  });

  it('keeps the answer to "how did it go" for its exam date', async () => {
    const db = freshDb();
    const store = await openStore(db);
    store.getState().setExamOutcome('2026-11-20', 'not-yet');
    await settled();
    expect(await db.settings.get('examOutcome')).toMatchObject({
      value: { examDate: '2026-11-20', result: 'not-yet' },
    });
    const again = await openStore(db);
    expect(again.getState().examOutcome).toEqual({ examDate: '2026-11-20', result: 'not-yet' });
    again.getState().setExamOutcome('2026-11-20', null);
    await settled();
    expect(await db.settings.get('examOutcome')).toBeUndefined();
  });
});

describe('a session finished before a minute was studied', () => {
  it('is not kept in history, while one with study time is', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const start = async () => {
      const outcome = await store.getState().startSession();
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.id;
    };
    const quick = await start();
    clock.now += 30_000;
    await store.getState().endSession(quick, 'finished-early');
    await settled();
    expect(store.getState().sessions[quick]).toBeUndefined();
    expect(await db.sessions.get(quick)).toBeUndefined();

    const real = await start();
    clock.now += 5 * 60_000;
    await store.getState().endSession(real, 'finished-early');
    await settled();
    expect(await db.sessions.get(real)).toMatchObject({ status: 'finished-early', studiedMs: 5 * 60_000 });
  });
});
