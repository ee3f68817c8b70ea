import type { Page } from '@playwright/test';

/**
 * The rows of one table as the app stored them in IndexedDB. A browser aborts a transaction still in flight when
 * the page unloads, and no person reloads within those milliseconds, so a test that reloads right after a change
 * first waits for the change to be stored, then checks that it comes back.
 */
export function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('ml-pro-study-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Every object store of the app's database, rows in key order, as one string: equal strings, equal bytes. */
export function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('ml-pro-study-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const dump: Record<string, unknown> = { version: db.version };
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (dump[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(dump));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Stores rows straight into the app's IndexedDB, as the app would have; the next page load reads them. Waits for
 * the view to render first: before that the app may not have created its database, and opening it here would
 * create an empty one instead.
 */
export async function putRows(page: Page, rows: Record<string, readonly unknown[]>): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor();
  return page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ml-pro-study-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(tables), 'readwrite');
          for (const [table, list] of Object.entries(tables)) {
            for (const row of list) tx.objectStore(table).put(row);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}
