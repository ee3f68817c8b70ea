import { useCallback, useEffect, useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { backupKinds } from '../../domain/backup-format';
import { countText } from '../../domain/count-text';
import { formatDateTime } from '../../domain/dates';
import { shareOrDownload } from '../../platform/share-file';
import { useAppStore } from '../../store/use-app-store';
import type { CheckedSyncFile, MergeReport } from '../../sync/sync-actions';
import type { SyncStatus } from '../../sync/sync-status';
import { TableHead } from '../../ui/table-head';
import { StatusMessage } from './status-message';

// Loaded on first use: the merge engine (Yjs) is not part of any first visit.
const syncActions = () => import('../../sync/sync-actions');
const syncStatus = () => import('../../sync/sync-status');

const noStorage =
  'Sync needs this browser’s storage, which is not available here (a private window?). Nothing was changed.';
type Merged = Extract<MergeReport, { ok: true }>;
type Checked = Extract<CheckedSyncFile, { ok: true }>;

function mergedText(report: Merged): string {
  const kinds = backupKinds.filter(({ kind }) => {
    const count = report.counts[kind];
    return count.added + count.changed + count.deleted > 0;
  });
  const refused = report.refused
    ? ` ${countText(report.refused, 'row', 'rows')} from the file did not pass this app’s checks, so this device’s version was kept.`
    : '';
  return kinds.length
    ? `Merged the file from ${report.from}.${refused}`
    : `Merged the file from ${report.from}: this device already had everything in it.${refused}`;
}

/**
 * "Your other devices": keep a phone and a laptop in step through a file the learner owns. Saving writes this
 * device's sync file; merging another device's file adds what it has and this one lacks, field by field, shows
 * what came in, and can be undone once.
 */
export function OtherDevices() {
  const id = useId();
  const withSync = useAppStore((s) => s.withSyncDatabase);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Merged | null>(null);
  const [otherPlan, setOtherPlan] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);

  const loadStatus = useCallback(async () => {
    const { readSyncStatus } = await syncStatus();
    return withSync(async (db) => ({ ...(await readSyncStatus(db)), touched: {} }));
  }, [withSync]);
  const refresh = async () => setStatus(await loadStatus());

  useEffect(() => {
    let live = true;
    void loadStatus().then((next) => {
      if (!live) return;
      setStatus(next);
      // What the learner typed while it loaded stays.
      setName((typed) => typed || (next?.deviceName ?? ''));
    });
    return () => {
      live = false;
    };
  }, [loadStatus]);

  /** Runs one action with the buttons held, then shows the stored state. */
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(
        `That did not work (${failure instanceof Error ? failure.message : String(failure)}). Nothing was changed.`,
      );
    } finally {
      await refresh();
      setBusy(false);
    }
  };

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const { nameDevice } = await syncActions();
      await withSync(async (db) => {
        await nameDevice(db, name);
        return { touched: {} };
      });
      setMessage(`This device is now called “${name.trim()}” in the files it saves.`);
    });
  };

  const save = () =>
    act(async () => {
      const { saveSyncFile } = await syncActions();
      const saved = await withSync((db) => saveSyncFile(db, Date.now()));
      if (!saved) return setError(noStorage);
      const how = await shareOrDownload(saved.name, saved.bytes, 'application/octet-stream');
      setMessage(
        how === 'cancelled'
          ? 'The sync file was not shared. Save it again when you are ready.'
          : `Sync file ${saved.name} ${how === 'shared' ? 'shared' : 'saved to your downloads'}. Merge it on your other device.`,
      );
    });

  const merge = async (file: Checked) => {
    const { mergeSyncFile } = await syncActions();
    const merged = await withSync((db) => mergeSyncFile(db, file, Date.now()));
    if (!merged) return setError(noStorage);
    if (merged.ok) setReport(merged);
    else setError(merged.message);
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    setReport(null);
    setOtherPlan(null);
    if (!chosen) return;
    void act(async () => {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const { checkSyncFile } = await syncActions();
      const checked = await withSync(async (db) => ({ ...(await checkSyncFile(db, bytes)), touched: {} }));
      if (!checked) return setError(noStorage);
      if (!checked.ok) return setError(checked.message);
      if (checked.otherPlan) return setOtherPlan(checked);
      await merge(checked);
    });
  };

  const undo = () =>
    act(async () => {
      const { undoLastMerge } = await syncActions();
      const undone = await withSync((db) => undoLastMerge(db));
      setReport(null);
      if (undone?.ok) setMessage('The merge was undone: every row it changed is as it was before.');
    });

  const changedKinds = report
    ? backupKinds.filter(({ kind }) => {
        const count = report.counts[kind];
        return count.added + count.changed + count.deleted > 0;
      })
    : [];

  return (
    <section id="other-devices" className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your other devices</h2>
      {/* Two short paragraphs, not one long block: on a first visit the largest paint stays the document's own
          lead (tests/e2e/first-visit.spec.ts), which is there before any script. */}
      <p>
        Keep a phone and a laptop in step with no account: save a sync file on one, merge it on the other.
      </p>
      <p>
        A merge adds what the other device has, field by field; nothing added on either side is lost, and
        nothing deleted comes back.
      </p>
      <form className="field" onSubmit={saveName}>
        <label htmlFor={`${id}-name`}>This device’s name</label>
        <span className="hint" id={`${id}-name-hint`}>
          Shown on your other devices when they merge its file, such as “Phone” or “Work laptop”.
        </span>
        <div className="actions">
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={60}
            aria-describedby={`${id}-name-hint`}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="secondary" disabled={busy || name.trim() === ''}>
            Save name
          </button>
        </div>
      </form>
      <div className="stack">
        <h3>Save a sync file</h3>
        <p>
          One small file with everything this device knows. On a phone it opens the share sheet (AirDrop,
          Drive, a message to yourself); elsewhere it downloads.
        </p>
        <p>
          <button type="button" disabled={busy} onClick={() => void save()}>
            Save a sync file
          </button>
        </p>
      </div>
      <div className="field">
        <h3>Merge a sync file</h3>
        <label htmlFor={`${id}-file`}>Sync file from another device</label>
        <span className="hint" id={`${id}-file-hint`}>
          A .mlsync file saved by this app on another device; on a new device this starts you from it. You can
          undo a merge until the next one.
        </span>
        <input
          id={`${id}-file`}
          type="file"
          accept=".mlsync,application/octet-stream"
          disabled={busy}
          aria-describedby={`${id}-file-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={choose}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {otherPlan && (
        <div className="card highlight stack" role="region" aria-label="Merge a file from another study plan">
          <p>
            <strong>This file is from another study plan</strong> (saved by {otherPlan.header.deviceName} on{' '}
            {formatDateTime(otherPlan.header.savedAt)}). Merging joins the two: every set, miss and session of
            both is kept.
          </p>
          <div className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  setOtherPlan(null);
                  await merge(otherPlan);
                })
              }
            >
              Merge the two plans
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setOtherPlan(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <StatusMessage message={message ?? (report ? mergedText(report) : null)} />
      {report && changedKinds.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>What came in from {report.from}</caption>
            <TableHead
              columns={[
                'Kind',
                { label: 'New', num: true },
                { label: 'Changed', num: true },
                { label: 'Deleted', num: true },
              ]}
            />
            <tbody>
              {changedKinds.map(({ kind, label }) => (
                <tr key={kind}>
                  <th scope="row">{label}</th>
                  <td className="num">{report.counts[kind].added}</td>
                  <td className="num">{report.counts[kind].changed}</td>
                  <td className="num">{report.counts[kind].deleted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {status?.undo && (
        <p>
          <button type="button" className="secondary" disabled={busy} onClick={() => void undo()}>
            Undo the merge of {status.undo.from}’s file
          </button>
        </p>
      )}
      <div className="stack">
        <h3>Devices merged</h3>
        {status && status.peers.length > 0 ? (
          <ul>
            {status.peers.map((peer) => (
              <li key={peer.deviceId}>
                {peer.name}: merged {formatDateTime(peer.mergedAt)} (its file saved{' '}
                {formatDateTime(peer.savedAt)})
              </li>
            ))}
          </ul>
        ) : (
          <p>None yet.</p>
        )}
      </div>
    </section>
  );
}
