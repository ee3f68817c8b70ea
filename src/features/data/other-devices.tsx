import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useState,
  type ChangeEvent,
  type FormEvent,
} from 'react';
import { useSearchParams } from 'react-router-dom';
import { backupKinds } from '../../domain/backup-format';
import { countText } from '../../domain/count-text';
import { formatDateTime } from '../../domain/dates';
import { onLaunchedFiles, takeSharedFile } from '../../platform/incoming-files';
import { shareOrDownload } from '../../platform/share-file';
import { useAppStore } from '../../store/use-app-store';
import type { CheckedSyncFile, MergeReport } from '../../sync/sync-actions';
import type { SyncStatus } from '../../sync/sync-status';
import { folderProblemsText, undoMergeText, undoneText } from '../../domain/sync-folder-text';
import { MergeCounts } from './merge-counts';
import { StatusMessage } from './status-message';
import { SyncFolder } from './sync-folder';
import { useHeldAction } from './use-held-action';

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
  const [reports, setReports] = useState<Merged[]>([]);
  const [otherPlan, setOtherPlan] = useState<Checked | null>(null);
  const [shared, setShared] = useState<File | null>(null);

  const loadStatus = useCallback(async () => {
    const { readSyncStatus } = await syncStatus();
    return withSync(async (db) => ({ ...(await readSyncStatus(db)), touched: {} }));
  }, [withSync]);
  const refresh = async () => setStatus(await loadStatus());

  useEffect(() => {
    let live = true;
    loadStatus().then(
      (next) => {
        if (!live) return;
        setStatus(next);
        // What the learner typed while it loaded stays.
        setName((typed) => typed || (next?.deviceName ?? ''));
      },
      // Left before it loaded, the database may close under the read: nothing is shown, so nothing to say.
      (error: unknown) => {
        if (live) setMessage(`Your devices could not be read: ${String(error)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [loadStatus]);

  /** Runs one action with the buttons held, then shows the stored state. */
  const { act, busy, error, setError } = useHeldAction({ onStart: () => setMessage(null), settle: refresh });

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
    if (!merged.ok) return setError(merged.message);
    setReports([merged]);
    setMessage(mergedText(merged));
  };

  /** Every way a file arrives (the field, a double-click, the share sheet) merges it through here. */
  const mergeFile = (chosen: File) => {
    setReports([]);
    setOtherPlan(null);
    setShared(null);
    return act(async () => {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const { checkSyncFile } = await syncActions();
      const checked = await withSync(async (db) => ({ ...(await checkSyncFile(db, bytes)), touched: {} }));
      if (!checked) return setError(noStorage);
      if (!checked.ok) return setError(checked.message);
      if (checked.otherPlan) return setOtherPlan(checked);
      await merge(checked);
    });
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen) void mergeFile(chosen);
  };

  const onLaunched = useEffectEvent((files: File[]) => void mergeFile(files[0]!));
  useEffect(() => onLaunchedFiles(onLaunched), []);

  // A file shared from another app arrives once, after the share sheet: asked about before it is merged.
  const [searchParams, setSearchParams] = useSearchParams();
  const sharedArrived = searchParams.get('shared') === '1';
  useEffect(() => {
    if (!sharedArrived) return;
    void takeSharedFile(new URL(import.meta.env.BASE_URL, window.location.href).href).then((file) => {
      setShared(file);
      setSearchParams({}, { replace: true });
    });
  }, [sharedArrived, setSearchParams]);

  const undo = () =>
    act(async () => {
      const { undoLastMerge } = await syncActions();
      const files = status?.undo?.from.length ?? 1;
      const undone = await withSync((db) => undoLastMerge(db));
      setReports([]);
      if (undone?.ok) setMessage(undoneText(files));
    });

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
      {shared && (
        <div className="card highlight stack" role="region" aria-label="A sync file shared to the app">
          <p>
            <strong>{shared.name}</strong> was shared to the app. Merge it into this device? You can undo a
            merge until the next one.
          </p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void mergeFile(shared)}>
              Merge {shared.name}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setShared(null)}>
              Not now
            </button>
          </div>
        </div>
      )}
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
      <SyncFolder
        status={status}
        onRan={(run, folderName) => {
          setReports(run.merged);
          setOtherPlan(run.otherPlan[0] ?? null);
          setError(null);
          setMessage(
            `Synced with the folder “${folderName}”: ${run.summary.cameIn}.${folderProblemsText(run.summary.problems)}`,
          );
        }}
        refresh={refresh}
      />
      <StatusMessage message={message} />
      {reports.map((report) => (
        <MergeCounts key={report.from} report={report} />
      ))}
      {status?.undo && (
        <p>
          <button type="button" className="secondary" disabled={busy} onClick={() => void undo()}>
            {undoMergeText(status.undo.from)}
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
