import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sample = JSON.parse(
  readFileSync(new URL('../fixtures/sample-long-data.json', import.meta.url), 'utf8'),
) as { now: string; rows: Record<string, unknown[]> };

/**
 * A learner three weeks into the default plan, with the longest text the forms accept: a 200-character rule
 * with no space to break at, an 80-character set name, a 300-character doc link, long session notes. The clock
 * is pinned to the sample's "now" so the current week, the due retests and the screenshots never drift.
 */
export async function openWithSampleData(page: Page, path: string) {
  await page.clock.install({ time: new Date(sample.now) });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ml-pro-study-tracker');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [table, list] of Object.entries(rows))
        for (const row of list) tx.objectStore(table).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sample.rows);
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

export const sampleRoutes = ['/', '/plan', '/session', '/misses', '/data'] as const;
