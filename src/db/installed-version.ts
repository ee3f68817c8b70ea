/**
 * The version of the database as it is on disk, read without opening it at a version (which could upgrade or
 * create it): `indexedDB.databases()` where the browser has it, otherwise an open without a version, whose
 * creation is aborted when the database does not exist yet. Null when there is none.
 */
export async function installedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases === 'function') {
    try {
      const found = (await indexedDB.databases()).find((info) => info.name === name);
      return found?.version ?? null;
    } catch {
      // Some browsers refuse the listing in private modes; the open below still works.
    }
  }
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const { version } = request.result;
      request.result.close();
      resolve(version);
    };
    request.onerror = () => resolve(null);
  });
}
