/**
 * Write-through of changed rows. The store updates itself first (the screen follows the learner at once), then
 * this writes exactly the rows that changed in one transaction, one write after another in the order they were
 * made. Every action hands back the write's outcome, so a form clears or says "saved" only once the row is
 * stored. If the write fails (a full disk, a closed database, data replaced in another tab), the store is put
 * back to what is actually stored and the learner is told; if even that read-back fails, they are told that too.
 * Other tabs hear about the written keys and read those rows back.
 */
import type { StudyDatabase } from '../db/database';
import { withSharedDatabase } from '../db/backup-repository';
import { reopenIfDropped } from '../db/connection';
import {
  StaleGenerationError,
  WriteRefusedError,
  storeRowsNow,
  writeRows,
  type RowChange,
  type RowUpdate,
} from '../db/row-writes';
import { keepRowsOnLeave, storeRowsLeftBehind } from '../db/rows-on-leave';
import { primaryKeyOf, type TableName } from '../domain/tables';

export type { RowChange, RowUpdate } from '../db/row-writes';

/** Keys touched per table: what other tabs and rollbacks read back. */
export type TouchedKeys = Partial<Record<TableName, string[]>>;

export type PersistenceMode = 'indexeddb' | 'memory';

/** What every store action resolves with: stored, or not stored and why (the screen shows what is stored). */
export type WriteOutcome = { ok: true } | { ok: false; message: string };

export const stored: WriteOutcome = { ok: true };

export interface Persistence {
  mode: PersistenceMode;
  write(changes: readonly RowChange[]): Promise<WriteOutcome>;
  /** Resolves once every write started so far has settled (tests wait on this instead of sleeping). */
  idle(): Promise<void>;
  /** Changes not yet stored for this row, in order, to lay over what is read back so nothing flickers away. */
  pendingUpdates(table: TableName, key: string): RowUpdate[];
  /** The generation this tab's rows belong to; set by hydration and by reading back another tab's replace. */
  generation: string;
  /**
   * For a page that may be about to go: stores `imageOf` every row whose write is still queued (waiting for the
   * database lock or an earlier write), in a transaction started before this returns. Writes that carry a
   * refusal rule are left to the queue, which checks it.
   */
  storePendingNow(imageOf: (table: TableName, key: string) => unknown): void;
  /** Stores the rows a tab that has gone left queued (see db/rows-on-leave.ts); returns their keys. */
  storeLeftBehind(): Promise<TouchedKeys>;
}

export function touchedKeys(changes: readonly RowChange[]): TouchedKeys {
  const touched: TouchedKeys = {};
  for (const change of changes) {
    const keys = (touched[change.table] ??= []);
    for (const row of change.put ?? []) keys.push(primaryKeyOf(change.table, row));
    keys.push(...(change.delete ?? []), ...(change.update ?? []).map((update) => update.key));
  }
  return touched;
}

export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const named = current as { name?: string; inner?: unknown; cause?: unknown };
    // Dexie keeps the browser's name on its own wrapper, so one check covers both.
    if (named.name === 'QuotaExceededError') return true;
    // Chromium on a full disk drops the connection and fails to open it again with this, not a quota error.
    if (named.name === 'UnknownError' && /backing store/i.test(String((current as Error).message)))
      return true;
    current = named.inner ?? named.cause;
  }
  return false;
}

export function describeWriteError(error: unknown): string {
  if (error instanceof WriteRefusedError) return error.message;
  if (error instanceof StaleGenerationError) {
    return 'Your data was replaced or reset in another tab while this change waited, so it was not saved. The screen now shows the new data; make the change again if you still want it.';
  }
  if (isQuotaError(error)) {
    return 'The disk is full: your device is out of storage space, so the last change was not saved. Free some space, then try again; export a backup from Data to keep a copy.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `The last change could not be saved (${message}).`;
}

export interface PersistenceHooks {
  onWriteError(message: string): void;
  /** Re-read these keys from the database into the store (pending updates laid over them). */
  reload(keys: TouchedKeys): Promise<void>;
  /** Tell other tabs which rows changed. */
  announce(keys: TouchedKeys): void;
}

const rollbackFailed =
  ' The screen could not be put back to what is stored either, so it may show changes that are not saved: reload the page.';

export function createPersistence(db: StudyDatabase | null, hooks: PersistenceHooks): Persistence {
  let tail: Promise<unknown> = Promise.resolve();
  const pending = new Map<string, RowUpdate[]>();
  /** Which row each pending key names, and how many of its writes carry a refusal rule. */
  const pendingRows = new Map<string, { table: TableName; key: string; guarded: number }>();
  const pendingKey = (table: TableName, key: string) => `${table}\u0000${key}`;
  // Names this tab's copy of its queued rows in localStorage; random, since randomUUID needs a secure context.
  const tabId = Math.random().toString(36).slice(2);
  let copyKept = false;

  if (!db) {
    return {
      mode: 'memory',
      write: async () => stored,
      idle: async () => undefined,
      pendingUpdates: () => [],
      generation: '',
      storePendingNow: () => undefined,
      storeLeftBehind: async () => ({}),
    };
  }

  const persistence: Persistence = {
    mode: 'indexeddb',
    generation: '',
    pendingUpdates: (table, key) => pending.get(pendingKey(table, key)) ?? [],
    storePendingNow(imageOf) {
      const images = [...pendingRows.values()]
        .filter((row) => row.guarded === 0)
        .map(({ table, key }) => ({ table, key, row: imageOf(table, key) ?? null }));
      storeRowsNow(db, images, persistence.generation);
      keepRowsOnLeave(tabId, persistence.generation, images);
      copyKept = images.length > 0;
    },
    storeLeftBehind: () =>
      storeRowsLeftBehind(db, tabId, (table, key) => pendingRows.has(pendingKey(table, key))),
    async idle() {
      // A write may queue another while settling; wait until the queue stops growing.
      for (let last: Promise<unknown> | null = null; last !== tail;) {
        last = tail;
        await last;
      }
    },
    write(changes) {
      const keys = touchedKeys(changes);
      // Registered before anything awaits, so a read-back that lands meanwhile (another tab's announcement, the
      // merge after a field update) still shows every change this tab has made and not yet stored.
      const updates = changes.flatMap((change) =>
        [
          ...(change.put ?? []).map((row): RowUpdate => ({
            key: primaryKeyOf(change.table, row),
            apply: () => row,
          })),
          ...(change.delete ?? []).map((key): RowUpdate => ({ key, apply: () => null })),
          ...(change.update ?? []),
        ].map((update) => ({ table: change.table, guarded: change.refuseIf ? 1 : 0, update })),
      );
      for (const { table, guarded, update } of updates) {
        const id = pendingKey(table, update.key);
        pending.set(id, [...(pending.get(id) ?? []), update]);
        const row = pendingRows.get(id) ?? { table, key: update.key, guarded: 0 };
        pendingRows.set(id, { ...row, guarded: row.guarded + guarded });
      }
      const merges = changes.some((change) => change.update?.length);
      const settle = () => {
        for (const { table, guarded, update } of updates) {
          const id = pendingKey(table, update.key);
          const left = (pending.get(id) ?? []).filter((item) => item !== update);
          if (left.length) {
            pending.set(id, left);
            const row = pendingRows.get(id)!;
            pendingRows.set(id, { ...row, guarded: row.guarded - guarded });
          } else {
            pending.delete(id);
            pendingRows.delete(id);
          }
        }
        // The page stayed and its queue has drained: the copy kept on hiding is stored and must not come back.
        if (copyKept && pendingRows.size === 0) {
          keepRowsOnLeave(tabId, '', []);
          copyKept = false;
        }
      };
      const generation = persistence.generation;
      const outcome = tail.then(async (): Promise<WriteOutcome> => {
        try {
          await withSharedDatabase(() => {
            // Only a dropped connection waits for the reopen; every other write starts at once, as before.
            const reopening = reopenIfDropped(db);
            const write = () => writeRows(db, changes, generation);
            return reopening ? reopening.then(write) : write();
          });
          settle();
          hooks.announce(keys);
          if (merges) await hooks.reload(keys).catch(() => undefined);
          return stored;
        } catch (error) {
          settle();
          let message = describeWriteError(error);
          try {
            await hooks.reload(keys);
          } catch {
            message += rollbackFailed;
          }
          // A refusal (a session already running) is answered where it was asked, not in the storage banner.
          if (!(error instanceof WriteRefusedError)) hooks.onWriteError(message);
          return { ok: false, message };
        }
      });
      tail = outcome;
      return outcome;
    },
  };
  return persistence;
}
