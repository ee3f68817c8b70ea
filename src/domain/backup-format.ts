/**
 * The backup file: every stored row of every table, wrapped with what a later version needs to read it
 * safely. `schemaVersion` is the backup format's version, not the database's: it changes only when a file
 * written by this version could no longer be read as-is.
 */
import { localIsoDate } from './dates';
import { emptyTableRows, tableNames, tables, type TableName, type TableRows } from './tables';

export const backupFormat = 'ml-pro-study-tracker-backup';
export const backupSchemaVersion = 2;
/** 2 added the rule review tables (optional, so a version-1 file still reads as-is). */
export const readableSchemaVersions = [1, 2] as const;
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

export function createBackup(data: BackupData, appVersion: string, now: number): BackupFile {
  return {
    format: backupFormat,
    schemaVersion: backupSchemaVersion,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    data,
  };
}

/** "ml-pro-backup-2026-11-26.json": sorts by date in a downloads folder. */
export function backupFileName(now: number): string {
  return `ml-pro-backup-${localIsoDate(now)}.json`;
}

/** Checked on the file's size before it is read; null when the size is fine. */
export function checkBackupSize(bytes: number): string | null {
  if (bytes > maxBackupBytes) {
    return `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a backup can be at most ${maxBackupBytes / 1024 / 1024} MB. Nothing was changed.`;
  }
  if (bytes === 0) return 'This file is empty. Nothing was changed.';
  return null;
}
