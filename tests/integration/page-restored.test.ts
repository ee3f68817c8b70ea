import { afterEach, expect, it } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { createAppStore, type AppStoreHandle } from '../../src/store/app-store';

const handles: AppStoreHandle[] = [];
let db: StudyDatabase | null = null;

afterEach(async () => {
  handles.splice(0).forEach((handle) => handle.dispose());
  await db?.delete();
});

async function openTab(database: StudyDatabase) {
  // No channel: a page in the back-forward cache hears none of the other tabs' messages.
  const handle = createAppStore({ db: database, now: () => 1_000 });
  handles.push(handle);
  await handle.hydrate();
  return handle;
}

it('a page brought back from the back-forward cache shows what other tabs wrote while it slept', async () => {
  db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  const sleeping = await openTab(db);
  const other = await openTab(db);
  await other.store.getState().setTicked('sparkml-pipelines', true);
  await other.idle();
  expect(sleeping.store.getState().ticks['sparkml-pipelines']).toBeUndefined();

  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  await expect
    .poll(() => sleeping.store.getState().ticks['sparkml-pipelines'])
    .toEqual({ id: 'sparkml-pipelines', tickedAt: 1_000 });
});
