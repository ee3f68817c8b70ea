import { useId, useRef, useState, type ChangeEvent } from 'react';
import { backupCounts, backupKinds, type BackupData, type BackupFile } from '../../domain/backup-format';
import { countText, nounFor } from '../../domain/count-text';
import { importedData } from '../../domain/backup-reminder';
import { formatDateTime } from '../../domain/dates';
import { readChosenBackup } from '../../platform/read-chosen-backup';
import { useAppStore } from '../../store/use-app-store';
import { useUnsavedText } from '../../platform/unsaved-text';
import { useStoredCounts } from './use-stored-counts';
import { StatusMessage } from './status-message';
import { TableHead } from '../../ui/table-head';

type Outcome = { kind: 'error' | 'done'; text: string } | null;

/**
 * Import replaces everything, so it never happens on choosing a file: the file is checked in full first, then
 * the learner sees what will be replaced, kind by kind, and confirms.
 */
export function BackupImport() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const replaceAllData = useAppStore((s) => s.replaceAllData);
  const stored = useStoredCounts();
  const [pending, setPending] = useState<{
    name: string;
    backup: BackupFile;
    joinedRules: number;
    fileRows: BackupData;
  } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedText(pending !== null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPending(null);
    setOutcome(null);
    if (!file) return;
    const result = await readChosenBackup(file);
    if (result.ok) setPending({ name: file.name, ...result });
    else setOutcome({ kind: 'error', text: result.message });
  };

  const clear = () => {
    setPending(null);
    if (input.current) input.current.value = '';
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await replaceAllData(importedData(pending.backup, Date.now()), pending.fileRows);
    setBusy(false);
    clear();
    setOutcome(
      result.ok
        ? {
            kind: 'done',
            text: `Backup imported from ${pending.name}. Your data now matches the file${
              pending.joinedRules > 0
                ? `, with ${countText(pending.joinedRules, 'rule')} joined into one sentence each`
                : ''
            }.`,
          }
        : { kind: 'error', text: result.message },
    );
  };

  const incoming = pending ? backupCounts(pending.backup.data) : null;

  return (
    <div className="stack">
      <h3>Import</h3>
      <div className="field">
        <label htmlFor={inputId}>Backup file</label>
        <span className="hint" id={`${inputId}-hint`}>
          A JSON file exported from this app, at most 20 MB. You will see what it replaces before anything
          changes.
        </span>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint${outcome?.kind === 'error' ? ` ${inputId}-error` : ''}`}
          aria-invalid={outcome?.kind === 'error' ? true : undefined}
          onChange={(event) => void choose(event)}
        />
        {outcome?.kind === 'error' && (
          <p id={`${inputId}-error`} className="field-error" role="alert">
            {outcome.text}
          </p>
        )}
      </div>
      <StatusMessage message={outcome?.kind === 'done' ? outcome.text : null} />
      {pending && incoming && (
        <div className="card highlight import-confirm" role="region" aria-label="Confirm import">
          <p>
            <strong>Replace everything in this browser with {pending.name}?</strong> It was exported on{' '}
            {formatDateTime(Date.parse(pending.backup.exportedAt))}. What you have now is deleted.
          </p>
          {pending.joinedRules > 0 && (
            <p>
              {/* An older release stored rules without the one-sentence check that every form and import now makes. */}
              {countText(pending.joinedRules, 'rule')} in this backup{' '}
              {nounFor(pending.joinedRules, 'is', 'are')} on several lines or in several sentences; each is
              joined into one sentence, every word kept.
            </p>
          )}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">What the import replaces</caption>
              <TableHead columns={['Kind', 'Now', 'In the backup']} />
              <tbody>
                {backupKinds.map(({ kind, label }) => (
                  <tr key={kind}>
                    <th scope="row">{label}</th>
                    <td>{stored[kind]}</td>
                    <td>{incoming[kind]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
              Replace my data with this backup
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={clear}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
