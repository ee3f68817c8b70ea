import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/use-app-store';
import { hasUnsavedText } from '../platform/unsaved-text';
import { useServiceWorker } from '../platform/service-worker';
import { Toast } from '../ui/toast';

/**
 * Registers the service worker and offers a waiting update. Updating reloads the page, so it is never done on
 * its own and never while a session is running or a form holds unsaved text: not when the learner asks, and
 * not when another tab applied the update (an idle tab reloads then; a busy one asks).
 */
export function PwaUpdate() {
  const sessionActive = useAppStore((s) =>
    Object.values(s.sessions).some((session) => session.status === 'running' || session.status === 'paused'),
  );
  const busy = useRef(sessionActive);
  useEffect(() => {
    busy.current = sessionActive;
  });
  const [reloadWaiting, setReloadWaiting] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useServiceWorker({
    onRegisterError: (error: unknown) => console.warn('The offline service worker did not register.', error),
    onNeedReload: () => {
      if (busy.current || hasUnsavedText()) setReloadWaiting(true);
      else window.location.reload();
    },
  });
  const [blocked, setBlocked] = useState<string | null>(null);

  const update = () => {
    if (sessionActive) {
      setBlocked(
        'Finish or end your running session first; the update waits so your timer is not interrupted.',
      );
    } else if (hasUnsavedText()) {
      setBlocked('Save or clear the text you are typing first; updating reloads the page.');
    } else if (reloadWaiting) {
      window.location.reload();
    } else {
      updateServiceWorker();
    }
  };

  if (needRefresh || reloadWaiting) {
    return (
      <Toast>
        <p>
          {reloadWaiting
            ? 'The app was updated in another tab. Reload this tab when you are ready; nothing here is lost meanwhile.'
            : 'A new version of the app is ready.'}
        </p>
        {blocked && <p className="message warning">{blocked}</p>}
        <div className="actions">
          <button type="button" onClick={update}>
            {reloadWaiting ? 'Reload now' : 'Update now'}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setNeedRefresh(false);
              setReloadWaiting(false);
            }}
          >
            Later
          </button>
        </div>
      </Toast>
    );
  }
  // Offline-ready asks nothing of the learner and comes on a first visit, while they read the first screen: it
  // is said in the page's flow, after the view, where it can neither cover a control nor shift one.
  if (offlineReady) {
    return (
      <div className="banner ok offline-ready" role="status">
        <p>The app is ready to work offline.</p>
        <button type="button" className="secondary" onClick={() => setOfflineReady(false)}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
}
