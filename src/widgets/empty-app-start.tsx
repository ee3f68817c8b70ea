import { importedData } from '../domain/backup-reminder';
import { useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router-dom';
import { useAppStore } from '../store/use-app-store';
import { useHasLearnerData } from './use-has-learner-data';
import { readChosenBackup } from '../platform/read-chosen-backup';

type Outcome = { kind: 'error' | 'done'; text: string } | null;

/**
 * The first screen of an empty app. Empty may mean a first visit, a new device, or a browser that cleared the
 * app's storage (Safari does after seven days away, leaving no trace), so restoring a backup is offered as
 * plainly as starting over. With nothing stored there is nothing to replace, so the restore needs no confirming.
 */
export function EmptyAppStart() {
  const id = useId();
  const hasData = useHasLearnerData();
  const replaceAllData = useAppStore((s) => s.replaceAllData);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  if (outcome?.kind === 'done')
    return (
      <p className="banner ok" role="status">
        {outcome.text}
      </p>
    );
  if (hasData) return null;

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    setBusy(true);
    const result = await readChosenBackup(file);
    const outcome = result.ok
      ? await replaceAllData(importedData(result.backup, Date.now()), result.backup.data)
      : { ok: false as const, message: result.message };
    const problem = outcome.ok ? null : outcome.message;
    setBusy(false);
    input.value = '';
    setOutcome(
      problem
        ? { kind: 'error', text: problem }
        : {
            kind: 'done',
            text: `Restored from ${file.name}. Your plan, ticks, sessions and misses are back.`,
          },
    );
  };

  return (
    <section className="card highlight stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Nothing is saved in this browser yet</h2>
      <p>
        Start a new plan, restore a backup you exported earlier, or{' '}
        <Link to="/data#other-devices">start from a sync file</Link> saved on your other device.
      </p>
      <div className="grid-2">
        <p>
          <Link className="button" to="/plan">
            Start a new plan
          </Link>
        </p>
        <div className="field">
          <label htmlFor={id}>Restore from a backup</label>
          <span className="hint" id={`${id}-hint`}>
            The JSON file the Data page exports, from another device or from before this browser cleared its
            storage.
          </span>
          <input
            id={id}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            aria-describedby={`${id}-hint${outcome?.kind === 'error' ? ` ${id}-error` : ''}`}
            aria-invalid={outcome?.kind === 'error' ? true : undefined}
            onChange={(event) => void restore(event)}
          />
          {outcome?.kind === 'error' && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {outcome.text}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
