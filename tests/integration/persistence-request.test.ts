import { afterEach, expect, it, vi } from 'vitest';
import { requestPersistenceOnFirstData } from '../../src/app/persist-storage';
import { StudyDatabase } from '../../src/db/database';
import { createAppStore } from '../../src/store/app-store';

const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
afterEach(() => db.delete());

it('asks for persistent storage at the first learner data, once, and not on load', async () => {
  const persisted = vi.fn(async () => false);
  const persist = vi.fn(async () => true);
  vi.stubGlobal('navigator', { ...navigator, storage: { persisted, persist } });
  const handle = createAppStore({ db, now: () => 1_000 });
  await handle.hydrate();

  requestPersistenceOnFirstData(handle.store);
  handle.store.getState().dismissStorageError();
  await Promise.resolve();
  expect(persist).not.toHaveBeenCalled();

  handle.store.getState().setTicked('sparkml-pipelines', true);
  await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
  handle.store.getState().setTicked('inference-fit', true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(persist).toHaveBeenCalledTimes(1);
  vi.unstubAllGlobals();
});
