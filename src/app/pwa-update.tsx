import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useAppStore } from '../store/use-app-store';
import { hasUnsavedText } from '../ui/unsaved-text';

/**
 * Registers the service worker and offers a waiting update. Updating reloads the page, so it is never done on
 * its own and never while a session is running or a form holds unsaved text.
 */
export function PwaUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) => console.warn('The offline service worker did not register.', error),
  });
  const sessionActive = useAppStore((s) =>
    Object.values(s.sessions).some((session) => session.status === 'running' || session.status === 'paused'),
  );
  const [blocked, setBlocked] = useState<string | null>(null);

  const update = () => {
    if (sessionActive) {
      setBlocked(
        'Finish or end your running session first; the update waits so your timer is not interrupted.',
      );
    } else if (hasUnsavedText()) {
      setBlocked('Save or clear the text you are typing first; updating reloads the page.');
    } else {
      void updateServiceWorker(true);
    }
  };

  if (needRefresh) {
    return (
      <div className="banner ok pwa-banner" role="status">
        <p>A new version of the app is ready.</p>
        {blocked && <p className="message warning">{blocked}</p>}
        <div className="actions">
          <button type="button" onClick={update}>
            Update now
          </button>
          <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner ok pwa-banner" role="status">
        <p>The app is ready to work offline.</p>
        <button type="button" className="secondary" onClick={() => setOfflineReady(false)}>
          Dismiss
        </button>
      </div>
    );
  }
  return null;
}
