/**
 * A copy of the rows a tab still had queued when it left, kept in localStorage, which a page can write
 * synchronously as it goes. The IndexedDB transaction started on leaving (storeRowsNow) usually lands; when the
 * browser tears the page down first, this copy is stored by the next tab to start, or at once by a tab already
 * open. It is dropped when the data was replaced since (another generation).
 */
import { withRulesJoined } from '../domain/joined-rules';
import type { MissRecord } from '../domain/records';
import type { TableName } from '../domain/tables';
import type { StudyDatabase } from './database';
import { StaleGenerationError, writeRows, type RowChange, type RowImage } from './row-writes';

const prefix = 'ml-pro-study-tracker:rows-on-leave:';

interface LeftRows {
  generation: string;
  images: readonly RowImage[];
}

/** Keeps (or, with no rows, forgets) this tab's copy. */
export function keepRowsOnLeave(tabId: string, generation: string, images: readonly RowImage[]): void {
  try {
    if (images.length === 0) localStorage.removeItem(prefix + tabId);
    else localStorage.setItem(prefix + tabId, JSON.stringify({ generation, images } satisfies LeftRows));
  } catch {
    // Storage blocked or full: the IndexedDB transaction started on leaving is all there is.
  }
}

export function isRowsOnLeaveKey(key: string | null): boolean {
  return key !== null && key.startsWith(prefix);
}

function leftCopies(): [string, LeftRows][] {
  try {
    return Object.keys(localStorage)
      .filter(isRowsOnLeaveKey)
      .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null') as LeftRows]);
  } catch {
    return [];
  }
}

/**
 * A copy left by a tab of the build before may hold a rule of several sentences, which this build joins wherever
 * such a rule comes in (domain/joined-rules.ts).
 */
function joinedMiss(row: unknown): unknown {
  const miss = row as Partial<MissRecord>;
  return typeof miss.rule === 'string' && typeof miss.saferAction === 'string'
    ? withRulesJoined(miss as MissRecord)
    : row;
}

/**
 * Stores every copy left by a tab that has gone (not `ownTabId`'s), except rows `skip` names (rows this tab is
 * itself still writing, which are newer), and forgets each copy. Returns the keys stored, per table.
 */
export async function storeRowsLeftBehind(
  db: StudyDatabase,
  ownTabId: string,
  skip: (table: TableName, key: string) => boolean = () => false,
): Promise<Partial<Record<TableName, string[]>>> {
  const stored: Partial<Record<TableName, string[]>> = {};
  for (const [key, left] of leftCopies()) {
    if (key === prefix + ownTabId) continue;
    localStorage.removeItem(key);
    // Written by this app, but storage is shared with anything on the origin: a malformed copy is skipped.
    const written: unknown = left?.images;
    if (!Array.isArray(written)) continue;
    const images = (written as RowImage[]).filter((image) => !skip(image.table, image.key));
    const changes: RowChange[] = images.map(({ table, key: rowKey, row }) =>
      row === null
        ? { table, delete: [rowKey] }
        : { table, put: [table === 'misses' ? joinedMiss(row) : row] },
    );
    try {
      await writeRows(db, changes, left.generation);
      for (const image of images) (stored[image.table] ??= []).push(image.key);
    } catch (error) {
      // Replaced since: these rows belong to data that is gone. Anything else is reported where it is used.
      if (!(error instanceof StaleGenerationError)) throw error;
    }
  }
  return stored;
}
