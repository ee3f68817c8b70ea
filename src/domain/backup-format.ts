/**
 * The backup file: every stored row of every table, wrapped with what a later version needs to read it
 * safely. `schemaVersion` is the backup format's version, not the database's: it changes only when a file
 * written by this version could no longer be read as-is.
 */
import { localIsoDate } from './dates';
import { emptyTableRows, tableNames, tables, type TableName, type TableRows } from './tables';

export const backupFormat = 'ml-pro-study-tracker-backup';
/**
 * 2 (2026-11-27): adds `studyLogs`, the rule review tables, and settings rows for the exam outcome and the
 * last export time; version-1 files still import unchanged (the new tables and rows are optional).
 */
/**
 * 3 (2026-12-03): adds `rehearsals` (a practice exam in progress) and a set's optional `practiceExam`; an older
 * app would refuse those fields, so it is told the file is newer. Version 1 and 2 files import unchanged.
 */
/**
 * 4 (2026-12-03): every rule and safer-action rule is one sentence, as the forms ask, and no miss points at a
 * deleted session. Older files may hold either; the import mends them (older-backup-rows.ts) and says how many
 * rules it joined. A version-4 file holding either is refused.
 */
export const backupSchemaVersion = 4;
export const readableSchemaVersions = [1, 2, 3, 4] as const;
/** The last schema whose files may hold rules of several sentences (see older-backup-rows.ts). */
export const looseRulesSchemaVersion = 3;
/** Checked against the file's size before it is read, so a huge file never reaches the parser. */
export const maxBackupBytes = 20 * 1024 * 1024;

export type BackupData = TableRows;

export type BackupKind = TableName;

export interface BackupFile {
  format: typeof backupFormat;
  schemaVersion: number;
  appVersion: string;
  /** ISO 8601 instant. */
  exportedAt: string;
  data: BackupData;
}

/** In the order the import confirmation lists them. */
export const backupKinds: readonly { kind: BackupKind; label: string }[] = tableNames.map((kind) => ({
  kind,
  label: tables[kind].label,
}));

export const emptyBackupData = emptyTableRows;

export function backupCounts(data: BackupData): Record<BackupKind, number> {
  const counts = {} as Record<BackupKind, number>;
  for (const { kind } of backupKinds) counts[kind] = data[kind].length;
  return counts;
}

/**
 * A deleted miss keeps its review rows for a while (its undo brings them back with it); a backup, and a sync's
 * check of merged data, hold only the review rows of misses they hold, as the import requires.
 */
export function withoutOrphanReviews(data: BackupData): BackupData {
  const missIds = new Set(data.misses.map((miss) => miss.id));
  return {
    ...data,
    reviewCards: data.reviewCards.filter((card) => missIds.has(card.missId)),
    reviewLogs: data.reviewLogs.filter((log) => missIds.has(log.missId)),
  };
}

export function createBackup(data: BackupData, appVersion: string, now: number): BackupFile {
  return {
    format: backupFormat,
    schemaVersion: backupSchemaVersion,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    data: withoutOrphanReviews(data),
  };
}

/** "ml-pro-backup-2026-11-26.json": sorts by date in a downloads folder. */
export function backupFileName(now: number): string {
  return `ml-pro-backup-${localIsoDate(now)}.json`;
}

const megabyte = 1024 * 1024;
const megabytes = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const wholeNumber = new Intl.NumberFormat('en');
const byteWord = new Intl.PluralRules('en');

function bytesText(bytes: number): string {
  return `${wholeNumber.format(bytes)} ${byteWord.select(bytes) === 'one' ? 'byte' : 'bytes'}`;
}

/**
 * Checked on the file's size before it is read; null when the size is fine. Rounded megabytes that would read
 * the same as the limit ("20 MB; at most 20 MB") give way to exact bytes.
 */
export function checkBackupSize(bytes: number): string | null {
  if (bytes > maxBackupBytes) {
    const size = `${megabytes.format(bytes / megabyte)} MB`;
    const limit = `${megabytes.format(maxBackupBytes / megabyte)} MB`;
    if (size === limit) {
      return `This file is ${bytesText(bytes)}, ${bytesText(bytes - maxBackupBytes)} over the ${limit} (${bytesText(maxBackupBytes)}) a backup can be. Nothing was changed.`;
    }
    return `This file is ${size}; a backup can be at most ${limit}. Nothing was changed.`;
  }
  if (bytes === 0) return 'This file is empty. Nothing was changed.';
  return null;
}
