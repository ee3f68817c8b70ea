/**
 * Sync files that reach the app without a file picker: opened from the desktop (manifest `file_handlers`, read
 * through `launchQueue`) or shared from another app on Android (manifest `share_target`). A share is a POST,
 * which no static host answers: the service worker (public/share-target-sw.js) takes it, keeps the file in
 * Cache Storage and sends the page to /data?shared=1, where `takeSharedFile` hands it over once.
 */

/** Where the service worker keeps a shared file until the data view takes it. */
export const sharedFileCache = 'ml-pro-shared-files';
const sharedFileKey = 'shared-file';

interface LaunchParams {
  files: readonly FileSystemFileHandle[];
}
type LaunchQueue = { setConsumer(consumer: (params: LaunchParams) => void): void };

/**
 * Calls `consumer` with each file the app was opened with (a double-click on a sync file, once installed).
 * Chromium keeps a launch's files until a consumer is set, so setting it after the view renders loses none.
 */
export function onLaunchedFiles(consumer: (files: File[]) => void): void {
  const queue = (window as { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    if (!params.files.length) return;
    void Promise.all(params.files.map((handle) => handle.getFile())).then(consumer, (error: unknown) =>
      console.warn('A file the app was opened with could not be read.', error),
    );
  });
}

/** The file shared to the app, taken out of the cache so it is offered once; null when there is none. */
export async function takeSharedFile(scope: string): Promise<File | null> {
  if (typeof caches === 'undefined') return null;
  const cache = await caches.open(sharedFileCache);
  const key = new URL(sharedFileKey, scope).href;
  const response = await cache.match(key);
  if (!response) return null;
  await cache.delete(key);
  const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'shared.mlsync');
  return new File([await response.arrayBuffer()], name);
}
