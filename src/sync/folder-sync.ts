/**
 * One read-and-write of the sync folder, on the database. Every other device's file that changed since the last
 * read goes through the very path "Merge a sync file" takes (checkSyncFile, then mergeSyncFile: the same checks,
 * the same per-kind report, the same one undo), and this device then writes its own file, only when its document
 * changed since it last wrote it, so a cloud drive uploads nothing on a quiet day. The caller holds the
 * database exclusively for the whole run, as for any merge.
 */
import { backupKinds } from '../domain/backup-format';
import type { FolderRunSummary } from '../domain/device-rows';
import { fnv1a32 } from '../domain/fnv-hash';
import { filesToRead, ownFolderFileName, type FolderEntry } from '../domain/sync-folder-schedule';
import type { StudyDatabase } from '../db/database';
import { readSyncFolder } from '../db/sync-folder-row';
import { readSyncState, writeSync } from '../db/sync-state';
import {
  checkSyncFile,
  deviceOf,
  mergeSyncFile,
  saveSyncFile,
  type CheckedSyncFile,
  type MergeReport,
} from './sync-actions';

/** The folder as the platform lists, reads and writes it. */
export interface SyncFolderAccess {
  list(): Promise<FolderEntry[]>;
  read(name: string): Promise<Uint8Array>;
  write(name: string, bytes: Uint8Array): Promise<void>;
}

type Merged = Extract<MergeReport, { ok: true }>;

export interface FolderRun {
  merged: Merged[];
  /** Files from another study plan: merged only once the learner says so. */
  otherPlan: Extract<CheckedSyncFile, { ok: true }>[];
  summary: FolderRunSummary;
}

/** "Laptop: 3 new, 1 changed", totalled over every kind, or that nothing was new. */
export function cameInText(merged: readonly Merged[]): string {
  const parts = merged.flatMap((report) => {
    const total = { added: 0, changed: 0, deleted: 0 };
    for (const { kind } of backupKinds) {
      total.added += report.counts[kind].added;
      total.changed += report.counts[kind].changed;
      total.deleted += report.counts[kind].deleted;
    }
    const said = [
      total.added ? `${total.added} new` : '',
      total.changed ? `${total.changed} changed` : '',
      total.deleted ? `${total.deleted} deleted` : '',
    ].filter(Boolean);
    return said.length ? [`${report.from}: ${said.join(', ')}`] : [];
  });
  return parts.length ? parts.join('; ') : 'nothing new';
}

function documentHash(state: Uint8Array): string {
  // Hashing the bytes as text is enough to tell two documents apart; it guards nothing.
  let text = '';
  for (let at = 0; at < state.length; at += 8192) {
    text += String.fromCharCode(...state.subarray(at, at + 8192));
  }
  return `${state.length}-${fnv1a32(text).toString(36)}`;
}

/** Null when the folder was let go (in another tab) before this run took the database. */
export async function syncWithFolder(
  db: StudyDatabase,
  folder: SyncFolderAccess,
  now: number,
): Promise<{ run: FolderRun | null; touched: Merged['touched'] }> {
  const record = await readSyncFolder(db);
  if (!record) return { run: null, touched: {} };
  const state = await readSyncState(db);
  const device = deviceOf(state);
  // The device's id names its file, so it is stored before the first file is read.
  if (!state.device) await writeSync(db, { changes: [], put: [device] });
  const ownName = ownFolderFileName(device.deviceId);
  const entries = await folder.list();
  const seen = { ...record.seen };
  const merged: Merged[] = [];
  const otherPlan: FolderRun['otherPlan'] = [];
  const problems: string[] = [];
  const touched: Merged['touched'] = {};
  for (const entry of filesToRead(entries, record.seen, ownName)) {
    const checked = await checkSyncFile(db, await folder.read(entry.name));
    const mark = () => (seen[entry.name] = { lastModified: entry.lastModified, size: entry.size });
    if (!checked.ok) {
      problems.push(`${entry.name}: ${checked.message}`);
      mark();
      continue;
    }
    // Not marked as read: it asks again on the next run until the learner decides.
    if (checked.otherPlan) {
      otherPlan.push(checked);
      continue;
    }
    mark();
    if (checked.own) continue;
    // One undo takes back the whole run: every merge after the first joins the first one's undo.
    const report = await mergeSyncFile(db, checked, now, merged.length > 0);
    if (!report.ok) {
      problems.push(`${entry.name}: ${report.message}`);
      continue;
    }
    merged.push(report);
    for (const [table, keys] of Object.entries(report.touched) as [keyof Merged['touched'], string[]][]) {
      touched[table] = [...(touched[table] ?? []), ...keys];
    }
  }
  const saved = await saveSyncFile(db, now);
  const after = await readSyncState(db);
  const writtenHash = after.document ? documentHash(after.document.state) : null;
  if (writtenHash !== record.writtenHash || !entries.some((entry) => entry.name === ownName)) {
    await folder.write(ownName, saved.bytes);
  }
  const summary: FolderRunSummary = { at: now, cameIn: cameInText(merged), problems };
  await writeSync(db, { changes: [], put: [{ ...record, seen, writtenHash, last: summary }] });
  return { run: { merged, otherPlan, summary }, touched };
}
