/**
 * Whole-database reads and replacement, for hydration, backups, import and reset. Replacing runs in one
 * read-write transaction over every table on a strictly durable connection of its own: an import either lands
 * completely or not at all, and once it reports success it is on disk. It also bumps the generation, so a write
 * another tab prepared against the old data is refused (see row-writes.ts).
 */
import { emptyTableRows, primaryKeyOf, tableNames, type TableName, type TableRows } from '../domain/tables';
import { StudyDatabase } from './database';
import { readGeneration } from './row-writes';

export async function readAllRows(db: StudyDatabase): Promise<TableRows> {
  return (await readSnapshot(db)).rows;
}

/** Every row and the generation they belong to, read in one transaction. */
export async function readSnapshot(db: StudyDatabase): Promise<{ rows: TableRows; generation: string }> {
  return db.transaction('r', db.tables, async () => {
    const data = emptyTableRows() as Record<TableName, unknown[]>;
    for (const name of tableNames) data[name] = await db.table(name).toArray();
    return { rows: data as TableRows, generation: await readGeneration(db) };
  });
}

/** The stored rows under these keys (absent keys are left out) and the generation, in one transaction. */
export async function readRows(
  db: StudyDatabase,
  table: TableName,
  keys: readonly string[],
): Promise<{ rows: unknown[]; generation: string }> {
  return db.transaction('r', [db.table(table), db.meta], async () => {
    const found = (await db.table(table).bulkGet([...keys])) as unknown[];
    return { rows: found.filter((row) => row !== undefined), generation: await readGeneration(db) };
  });
}

export interface Replaced {
  /** The keys that existed before or exist now, per table, for other tabs to re-read. */
  touched: Record<TableName, string[]>;
  generation: string;
}

export interface ReplaceOptions {
  /** A reset: every unsaved draft and the sync document go too (this device keeps its name). */
  clearDrafts?: boolean;
  /** An import: the backup file's own rows, which the next sync starts its document from. */
  restoredFrom?: TableRows;
}

/** Replaces every row (and with `clearDrafts`, every unsaved draft: a reset forgets everything). */
export async function replaceAllRows(
  db: StudyDatabase,
  data: TableRows,
  { clearDrafts = false, restoredFrom }: ReplaceOptions = {},
): Promise<Replaced> {
  const strict = new StudyDatabase(db.name, { strictDurability: true });
  try {
    await strict.open();
    return await replaceRows(strict, data, clearDrafts, restoredFrom);
  } finally {
    strict.close();
  }
}

function replaceRows(
  db: StudyDatabase,
  data: TableRows,
  clearDrafts: boolean,
  restoredFrom: TableRows | undefined,
): Promise<Replaced> {
  return db.transaction('rw', db.tables, async () => {
    const touched = {} as Record<TableName, string[]>;
    for (const name of tableNames) {
      const table = db.table(name);
      const before = (await table.toCollection().primaryKeys()) as string[];
      const rows = data[name] as readonly unknown[];
      await table.clear();
      if (rows.length) await table.bulkAdd([...rows]);
      touched[name] = [...new Set([...before, ...rows.map((row) => primaryKeyOf(name, row))])];
    }
    if (clearDrafts) await db.drafts.clear();
    if (clearDrafts || restoredFrom) await forgetSyncDocument(db, restoredFrom);
    const generation = crypto.randomUUID();
    await db.meta.put({ key: 'generation', value: generation });
    return { touched, generation };
  });
}

/**
 * Inside a replace, sync's document no longer matches the tables. An import keeps the backup's own rows for the
 * next sync to start from (see src/sync), and the device's study plan; a reset forgets the document, the
 * devices merged and the sync folder (or the folder's files would bring back everything just deleted). Either way the undo of a merge is gone. (Here rather than in sync-state.ts, which the entry
 * would then carry whole.)
 */
async function forgetSyncDocument(db: StudyDatabase, restoredFrom: TableRows | undefined) {
  const plan = (await db.syncState.get('document')) ?? (await db.syncState.get('restored'));
  const folder = await db.syncState.get('folder');
  await db.syncState.bulkDelete([
    'document',
    'restored',
    'undo',
    ...(restoredFrom ? [] : (['peers', 'folder'] as const)),
  ]);
  if (restoredFrom) {
    const planId = plan && 'planId' in plan ? plan.planId : null;
    await db.syncState.put({ key: 'restored', data: restoredFrom, planId });
    // The folder's files are read afresh, so what the other devices added since the backup comes back in.
    if (folder?.key === 'folder') await db.syncState.put({ ...folder, seen: {}, writtenHash: null });
  }
}

const exclusiveLock = 'ml-pro-study-tracker:database';

/**
 * Runs `work` holding the database exclusively: every other tab's row write waits for a shared hold of the
 * same Web Lock (see `withSharedDatabase`). Without Web Locks, the generation check inside every write is what
 * keeps queued writes off the new data.
 */
export function withExclusiveDatabase<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work();
  return navigator.locks.request(exclusiveLock, { mode: 'exclusive' }, work) as Promise<T>;
}

export function withSharedDatabase<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work();
  return navigator.locks.request(exclusiveLock, { mode: 'shared' }, work) as Promise<T>;
}

/**
 * Resolves once every write this connection already started has finished: a read over every table is queued
 * behind them. Used before letting go of the connection on a version change.
 */
export function writesInFlight(db: StudyDatabase): Promise<void> {
  try {
    const lastRead = db.backendDB().transaction(
      db.tables.map((table) => table.name),
      'readonly',
    );
    return new Promise((resolve) => {
      lastRead.oncomplete = lastRead.onabort = lastRead.onerror = () => resolve();
    });
  } catch {
    // The connection is already gone; nothing is left in flight.
    return Promise.resolve();
  }
}
