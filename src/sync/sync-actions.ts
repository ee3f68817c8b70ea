/**
 * What the "Your other devices" section does, on the database. Each action is run by the store holding the
 * database exclusively (as an import is), so no other tab writes between reading the tables and storing the
 * merge; the store then reads back what is stored.
 */
import type { SyncStateRecord } from '../domain/device-rows';
import { primaryKeyOf, tableNames, type TableName } from '../domain/tables';
import { readSnapshot } from '../db/backup-repository';
import type { StudyDatabase } from '../db/database';
import { planIdOf, readSyncState, writeSync, type SyncState } from '../db/sync-state';
import { documentState, mergeUpdate, openDocument, type KindCounts } from './merge';
import { isDeviceOwn } from './row-document';
import {
  readSyncFile,
  syncFileName,
  syncFormatVersion,
  writeSyncFile,
  type SyncFileHeader,
} from './sync-file';

type Touched = Partial<Record<TableName, string[]>>;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function deviceOf(state: SyncState, name?: string): Extract<SyncStateRecord, { key: 'device' }> {
  return {
    key: 'device',
    deviceId: state.device?.deviceId ?? randomId(),
    name: name ?? state.device?.name ?? '',
  };
}

export async function nameDevice(db: StudyDatabase, name: string): Promise<void> {
  const state = await readSyncState(db);
  await writeSync(db, { changes: [], put: [deviceOf(state, name.trim())] });
}

/** This device's document brought up to date, stored, and written as a file named for the device and date. */
export async function saveSyncFile(
  db: StudyDatabase,
  now: number,
): Promise<{ bytes: Uint8Array; name: string; touched: Touched }> {
  const { rows } = await readSnapshot(db);
  const state = await readSyncState(db);
  const doc = openDocument({
    state: state.document?.state ?? null,
    restored: state.restored?.data ?? null,
    local: rows,
  });
  const update = documentState(doc);
  doc.destroy();
  const device = deviceOf(state);
  const planId = planIdOf(state) ?? randomId();
  await writeSync(db, {
    changes: [],
    put: [device, { key: 'document', state: update, planId }],
    delete: ['restored'],
  });
  const header: SyncFileHeader = {
    formatVersion: syncFormatVersion,
    planId,
    deviceId: device.deviceId,
    deviceName: device.name || 'Unnamed device',
    savedAt: now,
  };
  return {
    bytes: await writeSyncFile(header, update),
    name: syncFileName(header.deviceName, now),
    touched: {},
  };
}

export type CheckedSyncFile =
  | { ok: false; message: string }
  | {
      ok: true;
      header: SyncFileHeader;
      update: Uint8Array;
      /** The file belongs to another study plan than this device's: ask before merging. */
      otherPlan: boolean;
      /** Saved by this very device. */
      own: boolean;
    };

/** Whether this device holds any study of its own (its own backup time and look are no study). */
async function holdsStudy(db: StudyDatabase): Promise<boolean> {
  for (const table of tableNames) {
    const rows = db.table(table);
    const count =
      table === 'settings'
        ? await rows.filter((row: { key: string }) => !isDeviceOwn(table, row.key)).count()
        : await rows.count();
    if (count > 0) return true;
  }
  return false;
}

export async function checkSyncFile(db: StudyDatabase, bytes: Uint8Array): Promise<CheckedSyncFile> {
  const file = await readSyncFile(bytes);
  if (!file.ok) return file;
  const state = await readSyncState(db);
  const planId = planIdOf(state);
  return {
    ...file,
    // A device that saved a file or chose a folder before it held any study has nothing another plan could mix
    // with: its first file is simply where it starts.
    otherPlan: planId !== null && planId !== file.header.planId && (await holdsStudy(db)),
    own: state.device?.deviceId === file.header.deviceId,
  };
}

export type MergeReport =
  | { ok: false; message: string; touched: Touched }
  | {
      ok: true;
      from: string;
      counts: Record<TableName, KindCounts>;
      refused: number;
      touched: Touched;
    };

type UndoRecord = Extract<SyncStateRecord, { key: 'undo' }>;

/**
 * What an undo puts back. A merge that continues a run (the folder's second file onwards) joins the run's undo:
 * the rows as they were before the run's first merge changed them, and the document from before the run.
 */
function undoOf(run: UndoRecord | undefined, merge: Omit<UndoRecord, 'key' | 'alsoFrom'>): UndoRecord {
  if (!run) return { key: 'undo', ...merge };
  const known = new Set(run.rows.map((row) => `${row.table}\u0000${row.key}`));
  return {
    ...run,
    rows: [...run.rows, ...merge.rows.filter((row) => !known.has(`${row.table}\u0000${row.key}`))],
    alsoFrom: [...(run.alsoFrom ?? []), merge.from],
  };
}

/**
 * Merges a checked file; on any problem nothing is written. The state before it is kept for one undo; with
 * `continuesRun`, the state before the run it continues (see `undoOf`).
 */
export async function mergeSyncFile(
  db: StudyDatabase,
  file: { header: SyncFileHeader; update: Uint8Array },
  now: number,
  continuesRun = false,
): Promise<MergeReport> {
  const { rows } = await readSnapshot(db);
  const state = await readSyncState(db);
  const outcome = mergeUpdate(
    { state: state.document?.state ?? null, restored: state.restored?.data ?? null, local: rows },
    file.update,
  );
  if (!outcome.ok) return { ...outcome, touched: {} };
  const before = outcome.changes.flatMap(({ table, put, delete: deleted }) => {
    const stored = new Map((rows[table] as readonly unknown[]).map((row) => [primaryKeyOf(table, row), row]));
    return [...put.map((row) => primaryKeyOf(table, row)), ...deleted].map((key) => ({
      table,
      key,
      row: stored.get(key) ?? null,
    }));
  });
  const device = deviceOf(state);
  const localPlan = planIdOf(state);
  // Both devices settle on the same plan id whichever merges first: the smaller of the two.
  const planId = localPlan && localPlan < file.header.planId ? localPlan : file.header.planId;
  const peers = (state.peers?.peers ?? []).filter((peer) => peer.deviceId !== file.header.deviceId);
  if (file.header.deviceId !== device.deviceId) {
    peers.push({
      deviceId: file.header.deviceId,
      name: file.header.deviceName,
      mergedAt: now,
      savedAt: file.header.savedAt,
    });
  }
  await writeSync(db, {
    changes: outcome.changes,
    put: [
      device,
      { key: 'document', state: outcome.state, planId },
      { key: 'peers', peers },
      undoOf(continuesRun ? state.undo : undefined, {
        rows: before,
        document: state.document ? { state: state.document.state, planId: state.document.planId } : null,
        restored: state.restored ? { data: state.restored.data, planId: state.restored.planId } : null,
        from: file.header.deviceName,
        mergedAt: now,
      }),
    ],
    delete: ['restored'],
  });
  return {
    ok: true,
    from: file.header.deviceName,
    counts: outcome.counts,
    refused: outcome.refused,
    touched: touchedBy(outcome.changes),
  };
}

function touchedBy(
  changes: readonly { table: TableName; put: readonly unknown[]; delete: readonly string[] }[],
) {
  const touched: Touched = {};
  for (const change of changes) {
    touched[change.table] = [...change.put.map((row) => primaryKeyOf(change.table, row)), ...change.delete];
  }
  return touched;
}

/** Puts back every row the last merge changed, and the document as it was before it. */
export async function undoLastMerge(db: StudyDatabase): Promise<{ ok: boolean; touched: Touched }> {
  const state = await readSyncState(db);
  const undo = state.undo;
  if (!undo) return { ok: false, touched: {} };
  const changes = tableNames
    .map((table) => {
      const rows = undo.rows.filter((row) => row.table === table);
      return {
        table,
        put: rows.filter((row) => row.row !== null).map((row) => row.row),
        delete: rows.filter((row) => row.row === null).map((row) => row.key),
      };
    })
    .filter((change) => change.put.length || change.delete.length);
  const put: SyncStateRecord[] = [];
  if (undo.document) put.push({ key: 'document', ...undo.document });
  if (undo.restored) put.push({ key: 'restored', ...undo.restored });
  await writeSync(db, {
    changes,
    put,
    delete: [
      'undo',
      ...(undo.document ? [] : (['document'] as const)),
      ...(undo.restored ? [] : (['restored'] as const)),
    ],
  });
  return { ok: true, touched: touchedBy(changes) };
}
