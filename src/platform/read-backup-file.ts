import { checkBackupSize } from '../domain/backup-format';
import type { BackupParseResult } from '../domain/backup-schema';

/**
 * Reads and checks a chosen backup file in full. The size comes first, so a 2 GB file is refused without being
 * read into memory; the validator loads on first use only, since most visits never import. The file is read
 * as bytes so that invalid UTF-8 is refused rather than silently replaced.
 */
export async function readBackupFile(file: File): Promise<BackupParseResult> {
  const sizeProblem = checkBackupSize(file.size);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const [{ parseBackupBytes }, bytes] = await Promise.all([
    import('../domain/backup-schema'),
    file.arrayBuffer(),
  ]);
  return parseBackupBytes(new Uint8Array(bytes), { now: Date.now() });
}
