import { Link } from 'react-router-dom';
import { useAppStore } from '../store/use-app-store';

export function StorageBanners() {
  const memoryReason = useAppStore((s) => s.memoryReason);
  const error = useAppStore((s) => s.storageError);
  const dismiss = useAppStore((s) => s.dismissStorageError);
  return (
    <>
      {memoryReason === 'unavailable' && (
        <p className="banner warning" role="status">
          This browser is not letting the app store data (private mode or blocked storage). You can use it,
          but nothing will be kept after you close this tab.
        </p>
      )}
      {memoryReason === 'newer-version' && (
        <p className="banner warning" role="status">
          A newer version of the app has already updated your saved data in another tab, so this older tab
          shows none of it and keeps nothing. Close this tab and reopen the app to use the new version.
        </p>
      )}
      {error && (
        <div className="banner danger" role="alert">
          <p>{error}</p>
          <div className="actions">
            <Link className="button" to="/data">
              Export a backup
            </Link>
            <button type="button" className="secondary" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </>
  );
}
