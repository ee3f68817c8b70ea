import { useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../../store/use-app-store';
import { StatusMessage } from './status-message';

interface Status {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

async function readStatus(): Promise<Status> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function StorageStatus() {
  const mode = useAppStore((s) => s.persistence);
  const [status, setStatus] = useState<Status | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(() => {
    void readStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);

  const askToKeep = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setMessage(
      granted
        ? 'The browser will keep your data even when the device runs low on space.'
        : 'The browser said no for now. Browsers often grant this once you use the app more or install it; keep exporting backups meanwhile.',
    );
    refresh();
  };

  return (
    <section className="card stack" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <dl className="storage-list">
        <div>
          <dt>Where your data is</dt>
          <dd>
            {mode === 'indexeddb'
              ? 'Saved in this browser (IndexedDB) the moment you change anything.'
              : 'In memory only: nothing will be kept after you close this tab.'}
          </dd>
        </div>
        <div>
          <dt>Kept when space runs low</dt>
          <dd>
            {status?.persisted == null
              ? 'This browser does not say.'
              : status.persisted
                ? 'Yes: the browser granted persistent storage.'
                : 'Not granted: the browser may clear it if the device runs out of space.'}
          </dd>
        </div>
        <div>
          <dt>Space used</dt>
          <dd>
            {status?.usage != null && status.quota != null
              ? `${formatBytes(status.usage)} of ${formatBytes(status.quota)} available to this app`
              : 'This browser does not say.'}
          </dd>
        </div>
      </dl>
      {status?.persisted === false && (
        <p>
          <button type="button" className="secondary" onClick={() => void askToKeep()}>
            Ask the browser to keep my data
          </button>
        </p>
      )}
      <StatusMessage message={message} />
    </section>
  );
}
