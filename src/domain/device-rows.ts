/**
 * Rows that belong to this device's database only: they are never exported, never imported and never replaced,
 * so they live outside the table registry (tables.ts).
 */
import type { TableName, TableRows } from './tables';

/** What a form held before it was saved, under a key naming the form (and the record it edits). */
export interface DraftRecord {
  id: string;
  value: unknown;
  updatedAt: number;
}

/**
 * `generation` changes whenever an import or a reset replaces every row. A write carries the generation its
 * tab last read and is refused when it differs, so nothing queued against the old data lands on the new.
 */
export interface MetaRecord {
  key: 'generation';
  value: string;
}

/** Another device whose sync file this one has merged. */
export interface SyncPeer {
  deviceId: string;
  name: string;
  /** When this device merged its latest file (this device's clock). */
  mergedAt: number;
  /** When that device saved the file (its own clock, only shown). */
  savedAt: number;
}

/** A row as it was before a merge changed it; null when the merge added it. */
export interface RowBefore {
  table: TableName;
  key: string;
  row: unknown;
}

/**
 * What sync keeps on this device (never exported, never replaced by an import): its name, the merge document,
 * the backup restored since the last sync (whose shared operations the next document starts from), the state
 * one merge can be undone to, and the devices merged so far.
 */
export type SyncStateRecord =
  | { key: 'device'; deviceId: string; name: string }
  | { key: 'document'; state: Uint8Array; planId: string }
  /** planId is null when the device had no plan before: then the backup's content names it. */
  | { key: 'restored'; data: TableRows; planId: string | null }
  | {
      key: 'undo';
      rows: RowBefore[];
      document: { state: Uint8Array; planId: string } | null;
      restored: { data: TableRows; planId: string | null } | null;
      from: string;
      /** The other devices whose files the same folder run merged after `from`'s: one undo takes back all. */
      alsoFrom?: string[];
      mergedAt: number;
    }
  | { key: 'peers'; peers: SyncPeer[] }
  | SyncFolderRecord;

/** The folder's files as last read, by name: a file whose time and size are unchanged is not read again. */
export type SeenFiles = Readonly<Record<string, { lastModified: number; size: number }>>;

/** What the last read of the sync folder brought in, in words, and what it could not read. */
export interface FolderRunSummary {
  at: number;
  cameIn: string;
  problems: string[];
}

/**
 * The sync folder the learner chose (File System Access): its handle, which IndexedDB stores as it is, the files
 * read so far (so an unchanged file is not read again) and a fingerprint of the document last written there.
 */
export interface SyncFolderRecord {
  key: 'folder';
  handle: FileSystemDirectoryHandle;
  name: string;
  seen: SeenFiles;
  writtenHash: string | null;
  last: FolderRunSummary | null;
}

export type SyncStateKey = SyncStateRecord['key'];
