/* global self, URL, caches, Response */
/*
 * Android's share sheet hands a sync file to the installed app as a POST to its share target (the manifest's
 * `share_target`). No static host answers a POST, so the service worker does: it keeps the file in Cache Storage
 * and sends the page on to /data?shared=1, where the app offers to merge it (src/platform/incoming-files.ts).
 * Imported into the generated service worker (vite.config.ts, workbox.importScripts); every address is taken
 * from the worker's scope, so a sub-path build works unchanged.
 */
self.addEventListener('fetch', (event) => {
  const scope = self.registration.scope;
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.pathname !== new URL('share-target', scope).pathname) return;
  event.respondWith(
    (async () => {
      const form = await event.request.formData();
      const file = form.getAll('file').find((value) => typeof value !== 'string');
      if (file) {
        const cache = await caches.open('ml-pro-shared-files');
        await cache.put(
          new URL('shared-file', scope).href,
          new Response(file, {
            headers: { 'x-file-name': encodeURIComponent(file.name || 'shared.mlsync') },
          }),
        );
      }
      return Response.redirect(new URL(file ? 'data?shared=1' : 'data', scope).href, 303);
    })(),
  );
});
