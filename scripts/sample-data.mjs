import { readFileSync } from 'node:fs';

/**
 * A learner three weeks into the default plan, with the longest text the forms accept: a 200-character rule
 * with no space to break at, an 80-character set name, a 300-character doc link, long session notes. Used by the
 * phone-layout e2e tests and by the screenshots, so what is measured is what is shown.
 */
const sample = JSON.parse(
  readFileSync(new URL('../tests/fixtures/sample-long-data.json', import.meta.url), 'utf8'),
);

export const sampleRoutes = ['/', '/plan', '/session', '/misses', '/data'];

/**
 * Opens `path` (relative to the context's baseURL) with the sample stored. The clock is pinned to the sample's
 * "now", so the current week, the due retests and the screenshots never drift.
 */
export async function openWithSampleData(page, path) {
  await page.clock.install({ time: new Date(sample.now) });
  await page.goto('/');
  // The static document already shows the heading; the app has hydrated once main is no longer busy.
  await page.locator('main[aria-busy="false"] h1').waitFor();
  // Runs in the page, which has IndexedDB; Node has none.
  await page.evaluate(async (rows) => {
    const db = await new Promise((resolve, reject) => {
      const request = globalThis.indexedDB.open('ml-pro-study-tracker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [table, list] of Object.entries(rows))
        for (const row of list) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sample.rows);
  await page.goto(path);
  await page.locator('main[aria-busy="false"] h1').waitFor();
}
