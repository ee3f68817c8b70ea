import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { createAppStore, type AppStoreHandle } from '../../src/store/app-store';

const handles: AppStoreHandle[] = [];
const databases: StudyDatabase[] = [];

function freshDb() {
  const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
}

async function openStore(db: StudyDatabase, channelName: string | null = null) {
  const handle = createAppStore({ db, now: () => 1_000, channelName });
  handles.push(handle);
  await handle.hydrate();
  return handle;
}

/** Resolves once every store's pending writes have settled. */
const settled = () => Promise.all(handles.map((handle) => handle.idle()));

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

afterEach(async () => {
  handles.splice(0).forEach((h) => h.dispose());
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

describe('plan slice on IndexedDB', () => {
  it('after a retake, a task ticked on the earlier route is not done on the new one; ticking it stamps it anew', async () => {
    const db = freshDb();
    const clock = { now: 1_000 };
    const handle = createAppStore({ db, now: () => clock.now });
    handles.push(handle);
    await handle.hydrate();
    const { store } = handle;
    await store.getState().setTicked('sparkml-pipelines', true);
    clock.now = 5_000;
    await store
      .getState()
      .updateSetup({ startDate: '2026-08-01', examDate: '2026-10-01', routeStartedAt: 4_000 });
    const again = await store.getState().setTicked('sparkml-pipelines', true);
    expect(again.ok).toBe(true);
    await settled();
    const fresh = await openStore(db);
    expect(fresh.store.getState().ticks['sparkml-pipelines']).toEqual({
      id: 'sparkml-pipelines',
      tickedAt: 5_000,
    });
    expect(fresh.store.getState().setup.routeStartedAt).toBe(4_000);
  });

  it('writes a tick through at once and a fresh store hydrates it', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    store.getState().setTicked('sparkml-pipelines', true);
    expect(store.getState().ticks['sparkml-pipelines']).toEqual({ id: 'sparkml-pipelines', tickedAt: 1_000 });
    await settled();
    expect(await db.ticks.get('sparkml-pipelines')).toEqual({ id: 'sparkml-pipelines', tickedAt: 1_000 });

    const second = await openStore(db);
    expect(second.store.getState().ticks).toHaveProperty('sparkml-pipelines');
  });

  it('unticking deletes only that row', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    store.getState().setTicked('a', true);
    store.getState().setTicked('b', true);
    store.getState().setTicked('a', false);
    await settled();
    expect(await db.ticks.toArray()).toEqual([{ id: 'b', tickedAt: 1_000 }]);
  });

  it('keeps every tick when the set-up changes', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    store.getState().setTicked('aliases', true);
    expect(await store.getState().updateSetup({ routeOverride: 'compression', hoursBand: '9-12' })).toEqual({
      ok: true,
    });
    await settled();
    const again = await openStore(db);
    expect(again.store.getState().setup).toMatchObject({ routeOverride: 'compression', hoursBand: '9-12' });
    expect(again.store.getState().ticks).toHaveProperty('aliases');
  });

  it('rejects a bad set-up with a message and changes nothing', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    await store.getState().updateSetup({ startDate: '2026-12-01' });
    const outcome = await store.getState().updateSetup({ examDate: '2026-11-01' });
    expect(outcome.ok ? null : outcome.errors.examDate).toBe('The exam must come after the start date.');
    expect(store.getState().setup.examDate).toBeNull();
    await settled();
    expect((await db.settings.get('setup'))?.value).toMatchObject({
      startDate: '2026-12-01',
      examDate: null,
    });
  });

  it('requires a one-line justification before a self-check is ticked', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    const message = async (text: string) => {
      const outcome = await store.getState().saveSelfCheck('safe-to-promote', true, text);
      return outcome.ok ? null : outcome.message;
    };
    expect(await message('  ')).toMatch(/one line/);
    expect(await message('\u200b\u2060')).toMatch(/one line/);
    expect(store.getState().signals).toEqual({});
    expect(await message('Two lines\nare too many')).toMatch(/one line/);
    expect(await message('I walked through alias promotion')).toBeNull();
    await settled();
    expect(await db.signals.get('safe-to-promote')).toMatchObject({
      checked: true,
      justification: 'I walked through alias promotion',
    });
  });

  it('adds and removes extra tasks with their ticks', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    const added = await store
      .getState()
      .addExtraTask({ label: '1.2 Inference Fit', lessons: ['1.2'], weekOf: '2026-11-26' });
    if (!added.ok) throw new Error(added.message);
    const { id } = added;
    store.getState().setTicked(id, true);
    await settled();
    expect(await db.extraTasks.count()).toBe(1);
    store.getState().removeExtraTask(id);
    await settled();
    expect(await db.extraTasks.count()).toBe(0);
    expect(await db.ticks.count()).toBe(0);
  });
});

describe('another tab', () => {
  it('sees a tick written by the first tab without reloading', async () => {
    const db = freshDb();
    const channel = `test-${crypto.randomUUID()}`;
    const first = await openStore(db, channel);
    const second = await openStore(new StudyDatabase(db.name), channel);
    first.store.getState().setTicked('inference-fit', true);
    await until(() => 'inference-fit' in second.store.getState().ticks);
    first.store.getState().setTicked('inference-fit', false);
    await until(() => !('inference-fit' in second.store.getState().ticks));
  });
});

describe('a failed write', () => {
  it('rolls the store back to what is stored and says why, naming a full disk', async () => {
    const db = freshDb();
    const { store } = await openStore(db);
    store.getState().setTicked('kept', true);
    await settled();
    const quota = new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(db.table('ticks'), 'bulkPut').mockRejectedValueOnce(quota);
    store.getState().setTicked('lost', true);
    expect(store.getState().ticks).toHaveProperty('lost');
    await until(() => store.getState().storageError !== null);
    expect(store.getState().storageError).toMatch(/out of storage space/);
    await until(() => !('lost' in store.getState().ticks));
    expect(store.getState().ticks).toHaveProperty('kept');
    store.getState().dismissStorageError();
    expect(store.getState().storageError).toBeNull();
  });
});

describe('without IndexedDB', () => {
  it('runs in memory and reports it', async () => {
    const handle = createAppStore({ db: null });
    await handle.hydrate();
    expect(handle.store.getState().persistence).toBe('memory');
    expect(handle.store.getState().memoryReason).toBe('unavailable');
    handle.store.getState().setTicked('x', true);
    expect(handle.store.getState().ticks).toHaveProperty('x');
  });
});
