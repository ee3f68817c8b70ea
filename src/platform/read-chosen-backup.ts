import type { BackupParseResult } from '../domain/backup-schema';

/**
 * Reads the backup file a learner chose. The reader and its schema checks load only then, not with every first
 * visit; offline they come from the service worker's cache like the rest of the app.
 */
export async function readChosenBackup(file: File): Promise<BackupParseResult> {
  let reader;
  try {
    reader = await import('./read-backup-file');
  } catch {
    return {
      ok: false,
      message:
        'The app could not load the part that reads backups. Reload the page, then choose the file again.',
    };
  }
  return reader.readBackupFile(file);
}
