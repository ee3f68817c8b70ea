/**
 * Everyday row writes, each in one read-write transaction. Besides plain puts and deletes, a write can carry
 * field-level updates (applied to the row as stored when the transaction runs, so two tabs editing different
 * fields of one row both keep their edits) and a refusal condition checked in the same transaction (so "only
 * one running session" holds whatever the number of tabs). Every write also checks the database generation: a
 * write prepared before another tab replaced all data is refused, never applied to the new data.
 */
import type { MetaRecord } from '../domain/device-rows';
import { primaryKeyOf, type RowTable, type TableName } from '../domain/tables';
import type { StudyDatabase } from './database';

export interface RowUpdate {
  key: string;
  /**
   * Returns the row to store, null to delete it, or undefined to leave it as it is. `related` holds the rows
   * `from` names, as stored when the transaction runs (after this write's earlier changes).
   */
  apply(stored: unknown, related: readonly unknown[]): unknown;
  /**
   * Rows the new row is derived from (a review card from its rule's logs), read in the same transaction, so two
   * tabs writing logs of one card both end with the card their logs together make.
   */
  from?: { table: RowTable; index: string; value: string };
  /**
   * The rule the row as it would be stored must keep (its problem, or undefined), checked inside the write's
   * transaction against the row as stored, so two tabs each passing its own copy's check cannot together store
   * what neither form would (a start date after the exam). A problem refuses the whole write.
   */
  check?(next: unknown): string | undefined;
}

export interface RowChange {
  table: TableName;
  put?: readonly unknown[];
  delete?: readonly string[];
  update?: readonly RowUpdate[];
  /** The whole write is refused when a stored row of this table (other than the ones it puts) matches. */
  refuseIf?: { test(row: unknown): boolean; message: string };
}

/** Thrown inside the transaction so it rolls back; carries the learner-facing reason. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

export class StaleGenerationError extends Error {
  override name = 'StaleGenerationError';
}

export async function readGeneration(db: StudyDatabase): Promise<string> {
  return ((await db.meta.get('generation')) as MetaRecord | undefined)?.value ?? '';
}

/** Writes `changes` atomically; `generation` is what the writing tab last read (see readGeneration). */
export function writeRows(
  db: StudyDatabase,
  changes: readonly RowChange[],
  generation: string,
): Promise<void> {
  const names = [
    ...new Set(
      changes.flatMap((change) => [
        change.table,
        ...(change.update ?? []).flatMap((update) => (update.from ? [update.from.table] : [])),
      ]),
    ),
  ];
  return db.transaction('rw', [...names.map((name) => db.table(name)), db.meta], async () => {
    if ((await readGeneration(db)) !== generation) throw new StaleGenerationError();
    for (const change of changes) {
      const table = db.table(change.table);
      if (change.refuseIf) {
        const putting = new Set((change.put ?? []).map((row) => primaryKeyOf(change.table, row)));
        const { test, message } = change.refuseIf;
        const clash = await table
          .filter((row) => !putting.has(primaryKeyOf(change.table, row)) && test(row))
          .count();
        if (clash > 0) throw new WriteRefusedError(message);
      }
      if (change.delete?.length) await table.bulkDelete([...change.delete]);
      if (change.put?.length) await table.bulkPut([...change.put]);
      for (const { key, apply, check, from } of change.update ?? []) {
        const related = from ? await db.table(from.table).where(from.index).equals(from.value).toArray() : [];
        const next = apply(await table.get(key), related);
        const problem = next === null || next === undefined ? undefined : check?.(next);
        if (problem) throw new WriteRefusedError(problem);
        if (next === null) await table.delete(key);
        else if (next !== undefined) await table.put(next);
      }
    }
  });
}

/** A row as it should be stored now; null deletes it. */
export interface RowImage {
  table: TableName;
  key: string;
  row: unknown;
}

/**
 * Stores these rows in one transaction whose requests are all made before this returns, with no promise in
 * between: for a page that may be about to go (pagehide), where a promise chain would never run on. The browser
 * finishes a transaction whose requests were made. It checks no refusal rule, so it is only for changes this
 * tab has already made and queued; the queued write still runs if the page stays.
 *
 * It does check the generation, inside its own transaction, like every other write: an import or reset
 * replaces every table and bumps the generation in one transaction, and IndexedDB runs transactions over
 * shared tables one after another. So this either lands before the replace (which then clears it) or reads
 * the new generation and stores nothing: rows of the old data never land in the new.
 */
export function storeRowsNow(db: StudyDatabase, images: readonly RowImage[], generation: string): void {
  if (images.length === 0) return;
  try {
    const transaction = db
      .backendDB()
      .transaction([...new Set(images.map((image) => image.table)), 'meta'], 'readwrite');
    const read = transaction.objectStore('meta').get('generation');
    // Every write is requested now, not in the read's callback, which a page torn down meanwhile never runs; an
    // abort undoes all of them when the read finds newer data.
    for (const { table, key, row } of images) {
      if (row === null) transaction.objectStore(table).delete(key);
      else transaction.objectStore(table).put(row);
    }
    read.onsuccess = () => {
      if (((read.result as MetaRecord | undefined)?.value ?? '') !== generation) transaction.abort();
    };
  } catch {
    // The connection is closing (an upgrade or a reset in another tab): the queued write reports the outcome.
  }
}
