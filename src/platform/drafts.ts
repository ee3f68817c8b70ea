/**
 * Drafts that survive a reload, a closed tab or a crash. A form with unsaved text writes it to the `drafts`
 * table on every change (no waiting for `pagehide`, which a browser may cut short), one write at a time with the
 * latest text written next; a copy also goes to sessionStorage synchronously, so a reload in the very
 * millisecond of a keystroke keeps it too, and when the page is hidden or goes, the newest text not yet stored
 * is put in a transaction requested before the handler returns. Reopening the form restores the draft and says
 * so. Saving or clearing the form deletes it.
 *
 * Each tab keeps its own drafts (stored as `form@tab`, the tab's id kept in its sessionStorage so a reload
 * finds them): two tabs typing in one form never overwrite each other, and saving in one deletes only its own.
 * A form that finds no draft of its own offers the newest one a closed tab left (an open tab holds a Web Lock
 * named for it); restoring takes it over, discarding deletes it.
 */
import { useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '../domain/device-rows';
import { useUnsavedText } from './unsaved-text';

/** Where drafts are kept: the database's `drafts` table (src/db/drafts-repository.ts), handed in at start. */
export interface DraftStorage {
  read(id: string): Promise<DraftRecord | undefined>;
  readStartingWith(prefix: string): Promise<DraftRecord[]>;
  write(row: DraftRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** Requests every put and delete before returning, for a page that may be about to go. */
  writeNow(rows: readonly { id: string; row: DraftRecord | null }[]): void;
}

let database: DraftStorage | null = null;

/** Called once at start; null in memory mode, where drafts live in the tab's sessionStorage only. */
export function connectDrafts(storage: DraftStorage | null): void {
  database = storage;
}

const tabIdKey = 'ml-pro-study-tracker:tab-id';
const tabLockPrefix = 'ml-pro-study-tracker:tab:';
/**
 * How long a tab waits for the lock named for the id it found in sessionStorage. A reload's previous page lets
 * go of it within moments; a tab still holding it after this is another open tab with the same id, which a
 * duplicated tab (its sessionStorage copied) is.
 */
const duplicateAfterMs = 2000;
/** The id when sessionStorage is blocked: it lasts as long as the page. */
let pageTabId: string | null = null;
let lockedTabId: string | null = null;
/** Settles once this tab holds the lock for its id: draft writes wait for it, so a duplicate never writes as its original. */
let tabSettled: Promise<void> = Promise.resolve();

const freshTabId = () => Math.random().toString(36).slice(2);

/** Holds the lock named for `id` while the tab is open; a duplicate's borrowed id is swapped for its own. */
function holdTabLock(id: string, borrowed: boolean): Promise<void> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return Promise.resolve();
  const wait = new AbortController();
  const timer = borrowed ? setTimeout(() => wait.abort(), duplicateAfterMs) : undefined;
  return new Promise<void>((settled) => {
    navigator.locks
      // Held until the tab goes: the promise never settles, and the browser releases the lock with the page.
      .request(tabLockPrefix + id, { signal: wait.signal }, () => {
        clearTimeout(timer);
        settled();
        return new Promise<never>(() => undefined);
      })
      .catch(() => {
        if (!wait.signal.aborted || lockedTabId !== id) return settled();
        const own = freshTabId();
        try {
          sessionStorage.setItem(tabIdKey, own);
        } catch {
          pageTabId = own;
        }
        lockedTabId = own;
        void holdTabLock(own, false).then(settled);
      });
  });
}

/** This tab's id, the same after a reload; the tab holds a lock named for it while it is open. */
function thisTab(): string {
  let id: string;
  let borrowed = false;
  try {
    const stored = sessionStorage.getItem(tabIdKey);
    id = stored ?? freshTabId();
    if (stored === null) sessionStorage.setItem(tabIdKey, id);
    // Found, not made: this tab's own from before a reload, or its original's in a duplicated tab.
    borrowed = stored !== null && lockedTabId === null;
  } catch {
    id = pageTabId ??= freshTabId();
  }
  if (lockedTabId !== id) {
    lockedTabId = id;
    tabSettled = holdTabLock(id, borrowed);
  }
  return id;
}

/** The tabs open now; null where Web Locks are missing, so every other tab's draft counts as left behind. */
async function openTabs(): Promise<Set<string> | null> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return null;
  try {
    const { held = [] } = await navigator.locks.query();
    return new Set(
      held.flatMap(({ name }) => (name?.startsWith(tabLockPrefix) ? [name.slice(tabLockPrefix.length)] : [])),
    );
  } catch {
    return null;
  }
}

/** The stored row of this tab's draft of `id`. */
const rowIdOf = (id: string) => `${id}@${thisTab()}`;

const mirrorPrefix = 'ml-pro-study-tracker:draft:';

/**
 * This tab's quick copy of `id` (undefined removes it). Also used alone for what is worth keeping across a
 * reload of this tab but not beyond it, such as the last review grade's undo; a reset forgets it with the drafts.
 */
export function writeTabCopy(id: string, value: unknown | undefined) {
  try {
    if (value === undefined) sessionStorage.removeItem(mirrorPrefix + id);
    else sessionStorage.setItem(mirrorPrefix + id, JSON.stringify(value));
  } catch {
    // Storage blocked or full: a draft's IndexedDB copy still stands; an undo lasts until the tab reloads.
  }
}

export function readTabCopy(id: string): unknown {
  try {
    const text = sessionStorage.getItem(mirrorPrefix + id);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** After a reset: the database's drafts are gone with every row, and so are the copies kept beside them. */
export function forgetDraftCopies(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(mirrorPrefix)) sessionStorage.removeItem(key);
    }
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(leaveCopyPrefix)) localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: there are no copies to forget.
  }
}

interface Writer {
  busy: boolean;
  /** The value to write next; undefined deletes, `idle` means nothing is waiting. */
  next: unknown;
}

const idle = Symbol('idle');
const writers = new Map<string, Writer>();
/** The newest value of each draft not yet stored (undefined: to delete), by form id. */
const unstored = new Map<string, unknown>();

/** Writes the latest value for `id`, one write at a time; later values replace waiting ones. */
function save(id: string, value: unknown | undefined) {
  writeTabCopy(id, value);
  const db = database;
  if (!db) return;
  unstored.set(id, value);
  const writer = writers.get(id) ?? { busy: false, next: idle };
  writers.set(id, writer);
  writer.next = value;
  if (writer.busy) return;
  const drain = async () => {
    writer.busy = true;
    thisTab();
    await tabSettled;
    while (writer.next !== idle) {
      const current = writer.next;
      writer.next = idle;
      try {
        if (current === undefined) await db.delete(rowIdOf(id));
        else await db.write({ id: rowIdOf(id), value: current, updatedAt: Date.now() });
        if (unstored.get(id) === current) unstored.delete(id);
        // The page stayed and everything is stored: the copy kept on hiding must not come back.
        if (unstored.size === 0) keepLeaveCopy([]);
      } catch {
        // A full disk: the sessionStorage copy and the form itself still hold the text.
      }
    }
    writer.busy = false;
  };
  void drain();
}

const leaveCopyPrefix = 'ml-pro-study-tracker:drafts-on-leave:';

interface LeftRow {
  id: string;
  row: DraftRecord | null;
}

/** This tab's copy of its unstored drafts in localStorage, written synchronously; none removes it. */
function keepLeaveCopy(rows: readonly LeftRow[]) {
  try {
    if (rows.length === 0) localStorage.removeItem(leaveCopyPrefix + thisTab());
    else localStorage.setItem(leaveCopyPrefix + thisTab(), JSON.stringify(rows));
  } catch {
    // Storage blocked or full: the transaction requested on leaving is all there is.
  }
}

/**
 * The page may be going: the newest text of every draft not yet stored is requested in a transaction before
 * this returns, and copied to localStorage, because a closing page's transaction can still be cut off.
 */
function storeUnstoredNow() {
  if (!database || unstored.size === 0) return;
  const now = Date.now();
  const rows = [...unstored].map(([id, value]): LeftRow => {
    const rowId = rowIdOf(id);
    return { id: rowId, row: value === undefined ? null : { id: rowId, value, updatedAt: now } };
  });
  database.writeNow(rows);
  keepLeaveCopy(rows);
}

/** Stores the copies other tabs left on leaving (see storeUnstoredNow) and forgets them. */
async function storeLeaveCopies(db: DraftStorage) {
  const own = leaveCopyPrefix + thisTab();
  let copies: [string, unknown][];
  try {
    copies = Object.keys(localStorage)
      .filter((key) => key.startsWith(leaveCopyPrefix) && key !== own)
      .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null')]);
  } catch {
    return;
  }
  for (const [key, rows] of copies) {
    localStorage.removeItem(key);
    // Written by this app, but storage is shared with anything on the origin: a malformed copy is skipped.
    if (!Array.isArray(rows)) continue;
    for (const { id, row } of rows as LeftRow[]) {
      if (typeof id !== 'string') continue;
      if (row === null) await db.delete(id);
      else if (row?.id === id && typeof row.updatedAt === 'number') await db.write(row);
    }
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', storeUnstoredNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storeUnstoredNow();
  });
}

async function load(id: string): Promise<unknown> {
  const quick = readTabCopy(id);
  if (quick !== undefined) return quick;
  if (!database) return undefined;
  try {
    return (await database.read(rowIdOf(id)))?.value;
  } catch {
    return undefined;
  }
}

/** A draft of this form that a closed tab left (or a release before drafts were kept per tab). */
export interface LeftDraft {
  restore(): void;
  discard(): void;
}

/** The newest draft of `id` left by a tab that is not open, if any. */
async function leftBehind(id: string): Promise<DraftRecord | undefined> {
  if (!database) return undefined;
  try {
    await storeLeaveCopies(database);
    const own = rowIdOf(id);
    const rows = (await database.readStartingWith(id)).filter(
      (row) => row.id !== own && (row.id === id || row.id.startsWith(`${id}@`)),
    );
    if (rows.length === 0) return undefined;
    const open = await openTabs();
    const left = rows.filter((row) => !open?.has(row.id.slice(id.length + 1)));
    return left.sort((a, b) => b.updatedAt - a.updatedAt)[0];
  } catch {
    return undefined;
  }
}

export const restoredMessage = 'Restored your unsaved draft.';

/**
 * Keeps `value` as this tab's draft `id` while `dirty`, and deletes it once not. On first render, a stored draft
 * is handed to `restore`; `restored` then stays true until the form is saved or cleared. Without one, a draft a
 * closed tab left is offered (`left`) until restored or discarded. A form that closes as it saves (or on Cancel)
 * calls `discard`: it is gone before a render could see it clean, and its draft would otherwise come back,
 * stale, the next time that row is opened.
 */
export function useDraft<T>(
  id: string,
  value: T,
  dirty: boolean,
  restore: (value: T) => void,
): {
  restored: boolean;
  left: LeftDraft | null;
  discard: () => void;
  discardThen: (close: (() => void) | undefined) => (() => void) | undefined;
} {
  const [restored, setRestored] = useState(false);
  const [left, setLeft] = useState<{ id: string; row: DraftRecord } | null>(null);
  const loaded = useRef(false);
  const restoreRef = useRef(restore);
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    restoreRef.current = restore;
    dirtyRef.current = dirty;
  });
  useUnsavedText(dirty, undefined, true);

  useEffect(() => {
    let live = true;
    loaded.current = false;
    void load(id).then(async (draft) => {
      if (!live) return;
      loaded.current = true;
      // Text typed before the draft was read is newer than the draft.
      if (dirtyRef.current) return;
      if (draft !== undefined) {
        restoreRef.current(draft as T);
        setRestored(true);
        return;
      }
      const other = await leftBehind(id);
      if (live && other) setLeft({ id, row: other });
    });
    return () => {
      live = false;
    };
  }, [id]);

  const first = useRef(true);
  useEffect(() => {
    // The first render shows what the form started with; a draft is written from the first change on.
    if (first.current) {
      first.current = false;
      return;
    }
    if (!loaded.current && !dirty) return;
    save(id, dirty ? value : undefined);
  }, [id, value, dirty]);
  // Saved or cleared: the restored draft is gone, and so is the note about it.
  if (restored && !dirty) setRestored(false);

  const discard = () => save(id, undefined);
  // Offered only for the form it was found for (a form reused for another row starts without one).
  const leftRow = left?.id === id ? left.row : null;
  const dropLeft = (row: DraftRecord) => {
    setLeft(null);
    void database?.delete(row.id).catch(() => undefined);
  };
  return {
    restored,
    // Text typed meanwhile is this tab's own: the offer goes with the first keystroke.
    left:
      leftRow && !dirty
        ? {
            restore: () => {
              dropLeft(leftRow);
              restoreRef.current(leftRow.value as T);
              setRestored(true);
            },
            discard: () => dropLeft(leftRow),
          }
        : null,
    discard,
    /** `close` (a Cancel that closes the form) preceded by dropping the draft; undefined without one. */
    discardThen: (close: (() => void) | undefined) =>
      close &&
      (() => {
        discard();
        close();
      }),
  };
}
