/**
 * Rows that belong to this device's database only: they are never exported, never imported and never replaced,
 * so they live outside the table registry (tables.ts).
 */

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
