/**
 * Whether a waiting service worker is really a new version: only if an older one controls this page. Firefox
 * reports the very first install as waiting when the learner moves to another page while it is still installing
 * (measured with Firefox ESR 153; Chromium does not), and offering an "update" then would only reload the page.
 */
export function isRealUpdate(): boolean {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  return !container || container.controller !== null;
}
