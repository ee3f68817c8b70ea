import { useState } from 'react';
import { forgetDraftCopies } from '../../platform/drafts';
import { useAppStore } from '../../store/use-app-store';
import { StatusMessage } from './status-message';

export function ResetData() {
  const resetAllData = useAppStore((s) => s.resetAllData);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const reset = async () => {
    setBusy(true);
    const result = await resetAllData();
    if (result.ok) forgetDraftCopies();
    setBusy(false);
    setConfirming(false);
    setMessage(
      result.ok ? 'Everything was deleted. The app is back to its first-run state.' : result.message,
    );
  };

  return (
    <section className="card stack" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      <p>Deletes every tick, session, mixed set, miss and setting in this browser. Export a backup first.</p>
      {confirming ? (
        <div className="card highlight" role="region" aria-label="Confirm reset">
          <p>
            <strong>Delete everything?</strong> This cannot be undone without a backup.
          </p>
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void reset()}>
              Delete everything
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setMessage(null);
              setConfirming(true);
            }}
          >
            Reset everything…
          </button>
        </p>
      )}
      <StatusMessage message={message} />
    </section>
  );
}
