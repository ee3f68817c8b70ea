import { afterEach } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { createAppStore, type AppStoreHandle } from '../../src/store/app-store';

/**
 * Stores hydrated from fresh fake-indexeddb databases, on a clock the test moves (`clock.now`). After each test
 * the clock goes back to `start`, every store is disposed and every database deleted.
 */
export function storesForTests(start: number) {
  const handles: AppStoreHandle[] = [];
  const databases: StudyDatabase[] = [];
  const clock = { now: start };

  afterEach(async () => {
    clock.now = start;
    handles.splice(0).forEach((handle) => handle.dispose());
    await Promise.all(databases.splice(0).map((db) => db.delete()));
  });

  return {
    clock,
    freshDb() {
      const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
      databases.push(db);
      return db;
    },
    /** With a `channelName`, stores sharing it hear each other's writes, as tabs do. */
    async openStore(db: StudyDatabase, channelName: string | null = null) {
      const handle = createAppStore({ db, now: () => clock.now, channelName });
      handles.push(handle);
      await handle.hydrate();
      return handle.store;
    },
    /** Resolves once every store's pending writes have settled. */
    settled: () => Promise.all(handles.map((handle) => handle.idle())),
  };
}
