/**
 * The sync file: a short text header a person (or a later release) can read, then the device's document,
 * gzipped. The header says which format it is, which study plan it belongs to and which device saved it when;
 * gzip's own checksum and length make a truncated or damaged file fail to read instead of merging half of it.
 *
 *   ML-PRO-SYNC\n{"formatVersion":2,"planId":"…","deviceId":"…","deviceName":"Phone","savedAt":…}\n<gzip>
 *
 * Format 2 left out each row's primary key field, which its row key already says; format 3 holds a new row in
 * its marker, one key instead of one per field (see row-document.ts). A release that reads an older format
 * would take such rows for broken or deleted, so it is told to update instead. This release reads all three.
 * (Yjs's second update encoding gzips 4% smaller than its first with this layout.)
 */
import * as v from 'valibot';
import { backupFormat } from '../domain/backup-format';
import { localIsoDate } from '../domain/dates';

const magic = 'ML-PRO-SYNC\n';
export const syncFormatVersion = 3;
/** A year of heavy study is well under 1 MB; anything far larger is not a sync file of this app. */
export const maxSyncFileBytes = 20 * 1024 * 1024;

const headerSchema = v.strictObject({
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  planId: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
  deviceId: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
  deviceName: v.pipe(v.string(), v.maxLength(60)),
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type SyncFileHeader = v.InferOutput<typeof headerSchema>;

export type ReadSyncFile =
  { ok: true; header: SyncFileHeader; update: Uint8Array } | { ok: false; message: string };

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const writer = stream.writable.getWriter();
  // Failures surface on the reading side, where they are caught.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array);
  }
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export async function writeSyncFile(header: SyncFileHeader, update: Uint8Array): Promise<Uint8Array> {
  const head = new TextEncoder().encode(`${magic}${JSON.stringify(header)}\n`);
  const body = await through(update, new CompressionStream('gzip'));
  const file = new Uint8Array(head.length + body.length);
  file.set(head);
  file.set(body, head.length);
  return file;
}

const unchanged = 'Nothing was changed.';

export async function readSyncFile(bytes: Uint8Array): Promise<ReadSyncFile> {
  const fail = (message: string): ReadSyncFile => ({ ok: false, message: `${message} ${unchanged}` });
  if (bytes.length === 0) return fail('This file is empty.');
  if (bytes.length > maxSyncFileBytes) return fail('This file is too large to be a sync file of this app.');
  const start = new TextDecoder().decode(bytes.subarray(0, 200));
  if (!start.startsWith(magic)) {
    if (start.trimStart().startsWith('{') && start.includes(backupFormat)) {
      return fail(
        'This is a backup, not a sync file. To replace everything with it, use Import under Backup; to merge devices, choose a file saved with “Save a sync file”.',
      );
    }
    return fail('This is not a sync file of ML-PRO Study Tracker.');
  }
  const end = bytes.indexOf(10, magic.length);
  if (end < 0) return fail('This sync file is cut short: its header is incomplete.');
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(magic.length, end)));
  } catch {
    return fail('This sync file is damaged: its header cannot be read.');
  }
  const version = (header as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > syncFormatVersion) {
    return fail(
      `This sync file was saved by a newer version of the app (format ${version}; this app reads up to ${syncFormatVersion}). Update the app on this device (reload it), then merge again.`,
    );
  }
  const parsed = v.safeParse(headerSchema, header);
  if (!parsed.success) return fail('This sync file is damaged: its header is not valid.');
  try {
    const update = await through(bytes.subarray(end + 1), new DecompressionStream('gzip'));
    return { ok: true, header: parsed.output, update };
  } catch {
    return fail('This sync file is cut short or damaged, so it cannot be read.');
  }
}

/** "ml-pro-sync-phone-2026-12-03.mlsync": says whose and when, sorts by device then date. */
export function syncFileName(deviceName: string, now: number): string {
  const slug =
    deviceName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'device';
  return `ml-pro-sync-${slug}-${localIsoDate(now)}.mlsync`;
}
