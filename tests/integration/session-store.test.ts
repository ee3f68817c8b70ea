import { describe, expect, it } from 'vitest';
import { positionMsAt, sessionViewAt } from '../../src/domain/session-timer';
import { createBackup } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { sessionMissId } from '../../src/store/session-slice';
import { storesForTests } from '../support/test-stores';

const minute = 60_000;
const t0 = Date.UTC(2026, 10, 26, 9, 0);
const { clock, freshDb, openStore, settled } = storesForTests(t0);

async function started(store: Awaited<ReturnType<typeof openStore>>) {
  const outcome = await store.getState().startSession();
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.id;
}

describe('session slice on IndexedDB', () => {
  it('keeps start, pause, resume and notes across a fresh store on the same database', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const id = await started(store);
    clock.now = t0 + 12 * minute;
    store.getState().pauseSession(id);
    store.getState().setSessionNote(id, 'objective', 'Deploy and monitor: model serving');
    await settled();

    let reopened = await openStore(db);
    expect(reopened.getState().sessions[id]).toMatchObject({
      status: 'paused',
      startedAt: t0,
      pausedAt: t0 + 12 * minute,
      notes: { objective: 'Deploy and monitor: model serving' },
    });

    clock.now = t0 + 17 * minute;
    reopened.getState().resumeSession(id);
    await settled();
    reopened = await openStore(db);
    const session = reopened.getState().sessions[id]!;
    expect(session).toMatchObject({ status: 'running', pausedMs: 5 * minute, pausedAt: null });
    expect(positionMsAt(session, t0 + 20 * minute)).toBe(15 * minute);
  });

  it('allows one active session only', async () => {
    const store = await openStore(freshDb());
    const id = await started(store);
    expect(await store.getState().startSession()).toMatchObject({ ok: false });
    await store.getState().pauseSession(id);
    expect(await store.getState().startSession()).toMatchObject({ ok: false });
    await store.getState().endSession(id, 'abandoned');
    expect(await store.getState().startSession()).toMatchObject({ ok: true });
  });

  it('settles a session that ran out while nobody looked, at minute 60', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const id = await started(store);
    clock.now = t0 + 30 * minute;
    store.getState().settleSession(id);
    expect(store.getState().sessions[id]!.status).toBe('running');
    clock.now = t0 + 8 * 60 * minute;
    store.getState().settleSession(id);
    await settled();
    const reopened = await openStore(db);
    expect(reopened.getState().sessions[id]).toMatchObject({
      status: 'completed',
      endedAt: t0 + 60 * minute,
      studiedMs: 60 * minute,
    });
  });

  it('moves between phases and finishes early with the real study time', async () => {
    const store = await openStore(freshDb());
    const id = await started(store);
    clock.now = t0 + 4 * minute;
    store.getState().movePhase(id, 1);
    store.getState().movePhase(id, 1);
    expect(sessionViewAt(store.getState().sessions[id]!, clock.now).phaseId).toBe('scenario');
    store.getState().movePhase(id, -1);
    expect(sessionViewAt(store.getState().sessions[id]!, clock.now).phaseId).toBe('boundary');
    clock.now = t0 + 9 * minute;
    store.getState().endSession(id, 'finished-early');
    expect(store.getState().sessions[id]).toMatchObject({ status: 'finished-early', studiedMs: 9 * minute });
  });

  it('writes one miss per session from the 40-50 phase and removes it when emptied', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const id = await started(store);
    const save = (rule: string) =>
      store
        .getState()
        .saveSessionMiss(id, { rule, saferAction: 'Roll back first', domain: null, failureMode: null });
    save('C');
    save('Check the alias');
    store.getState().saveSessionMiss(id, {
      rule: 'Check the alias',
      saferAction: 'Roll back first',
      domain: 'deployment',
      failureMode: 'unsafe-rollout',
    });
    await settled();
    const rows = await db.misses.where('sessionId').equals(id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: sessionMissId(id),
      setId: null,
      rule: 'Check the alias',
      saferAction: 'Roll back first',
      domain: 'deployment',
      failureMode: 'unsafe-rollout',
      revisit: null,
      revisited: false,
      retests: [],
    });

    await store
      .getState()
      .saveSessionMiss(id, { rule: '', saferAction: ' ', domain: null, failureMode: null });
    await settled();
    expect(await db.misses.count()).toBe(0);
  });

  it('deletes a session and restores it on undo', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const id = await started(store);
    clock.now += 5 * minute;
    store.getState().endSession(id, 'finished-early');
    const removed = store.getState().sessions[id]!;
    expect(await store.getState().deleteSession(id)).toEqual({ ok: true });
    expect(await db.sessions.count()).toBe(0);
    store.getState().restoreSession(removed);
    await settled();
    expect(await db.sessions.get(id)).toEqual(removed);
  });

  it('a deleted session leaves its miss in the log, detached, so the backup imports; undo attaches it again', async () => {
    const db = freshDb();
    const store = await openStore(db);
    const id = await started(store);
    // Half recorded, as a worksheet may leave it: a failure mode and no rule yet.
    await store.getState().saveSessionMiss(id, { failureMode: 'leakage' });
    clock.now += 5 * minute;
    await store.getState().endSession(id, 'finished-early');
    const removed = store.getState().sessions[id]!;
    expect(await store.getState().deleteSession(id)).toEqual({ ok: true });
    expect(await db.misses.get(sessionMissId(id))).toMatchObject({ sessionId: null, failureMode: 'leakage' });
    expect(store.getState().misses[sessionMissId(id)]).toMatchObject({ sessionId: null });
    const backup = createBackup(await store.getState().exportData(), '0.2.0', clock.now);
    const parsed = parseBackup(JSON.stringify(backup), { now: clock.now });
    expect(parsed.ok ? 'imports' : parsed.message).toBe('imports');

    expect(await store.getState().restoreSession(removed)).toEqual({ ok: true });
    expect(await db.sessions.get(id)).toEqual(removed);
    expect(await db.misses.get(sessionMissId(id))).toMatchObject({ sessionId: id, failureMode: 'leakage' });
  });
});
