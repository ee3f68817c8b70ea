/**
 * When to nudge the learner to back up. Everything lives in one browser, so a backup file is the only copy that
 * survives a cleared site, a lost phone or Safari's storage eviction. The nudge is quiet and comes only when it
 * matters: data changed since the last backup (or since the first row, when there never was one) and that has
 * gone unsaved for `thresholdDays`. The threshold is a parameter because a browser that may evict storage sooner
 * (Safari in a tab not added to the Home Screen) deserves a shorter one.
 */
import { carryOverMisses } from './review-carry-over';
import type { BackupData, BackupFile } from './backup-format';
import type { BackupLog } from './records';

export const defaultBackupThresholdDays = 7;

const dayMs = 86_400_000;

/** The latest moment a row says it was written: its updatedAt, createdAt or tickedAt, whichever it has. */
export function rowChangedAt(row: object): number | null {
  let latest: number | null = null;
  for (const field of ['updatedAt', 'createdAt', 'tickedAt'] as const) {
    const value = (row as Record<string, unknown>)[field];
    if (typeof value === 'number' && Number.isFinite(value) && (latest === null || value > latest))
      latest = value;
  }
  return latest;
}

export type BackupState = 'nothing-yet' | 'saved' | 'unsaved' | 'due';

export interface BackupStatus {
  state: BackupState;
  /** The newest instant a backup file holds this data up to (`backedUpUntil`), or null. */
  backedUpAt: number | null;
  /** Since when changes have waited for a backup: the last backup, or the first change when there was none. */
  unsavedSince: number | null;
}

/**
 * Up to when a backup file holds this browser's data: the last export here, or the file it was restored from,
 * whichever is later. Data restored from a file is not new data waiting for a backup.
 */
export function backedUpUntil(log: BackupLog): number | null {
  const times = [log.lastExportedAt, log.restoredFromAt ?? null].filter((at): at is number => at !== null);
  return times.length > 0 ? Math.max(...times) : null;
}

/**
 * `rows` are the study rows (not settings: a theme change is not worth a backup), in any tables. "nothing-yet":
 * no data and no backup; "saved": nothing changed since the last backup; "unsaved": changes younger than the
 * threshold; "due": changes unsaved for the threshold or longer.
 */
export function backupStatus(
  rows: Iterable<object>,
  backedUpAt: number | null,
  now: number,
  thresholdDays: number = defaultBackupThresholdDays,
): BackupStatus {
  let firstUnsaved: number | null = null;
  for (const row of rows) {
    const at = rowChangedAt(row);
    if (at === null || (backedUpAt !== null && at <= backedUpAt)) continue;
    if (firstUnsaved === null || at < firstUnsaved) firstUnsaved = at;
  }
  if (firstUnsaved === null) {
    return { state: backedUpAt === null ? 'nothing-yet' : 'saved', backedUpAt, unsavedSince: null };
  }
  const unsavedSince = backedUpAt ?? firstUnsaved;
  const state = now - unsavedSince >= thresholdDays * dayMs ? 'due' : 'unsaved';
  return { state, backedUpAt, unsavedSince };
}

/**
 * The data to write into a backup made at `now`, with the settings row that records this export, so importing the
 * file later also restores when that backup was made.
 */
export function withExportRecord(data: BackupData, now: number): BackupData {
  return {
    ...data,
    settings: [
      ...data.settings.filter((row) => row.key !== 'backups'),
      { key: 'backups', value: { lastExportedAt: now }, updatedAt: now },
    ],
  };
}

/**
 * The rows an import stores: the file's data, recording the file's own export time as where the data was restored
 * from (it holds everything up to then), never as a backup made on this device: the export record the file
 * carries is the exporting device's. A version-1 file has no record of its own; a clock ahead of ours counts as
 * now. A file from before rule review holds answered retests and no review cards: they are carried
 * into review as the database upgrade carries them, so importing keeps the same history as upgrading.
 */
export function importedData(file: BackupFile, now: number): BackupData {
  const restoredFromAt = Math.min(Date.parse(file.exportedAt), now);
  const data: BackupData = {
    ...file.data,
    settings: [
      ...file.data.settings.filter((row) => row.key !== 'backups'),
      { key: 'backups', value: { lastExportedAt: null, restoredFromAt }, updatedAt: now },
    ],
  };
  const cardIds = new Set(data.reviewCards.map((card) => card.missId));
  const logIds = new Set(data.reviewLogs.map((log) => log.id));
  const carried = carryOverMisses(data.misses, data.sets, (missId) => cardIds.has(missId), now);
  return {
    ...data,
    reviewCards: [...data.reviewCards, ...carried.cards],
    reviewLogs: [...data.reviewLogs, ...carried.logs.filter((log) => !logIds.has(log.id))],
  };
}
