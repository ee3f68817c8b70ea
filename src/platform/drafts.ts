/**
 * Drafts that survive a reload, a closed tab or a crash. A form with unsaved text writes it to the `drafts`
 * table on every change (no waiting for `pagehide`, which a browser may cut short), one write at a time with the
 * latest text written next; a copy also goes to sessionStorage synchronously, so a reload in the very
 * millisecond of a keystroke keeps it too. Reopening the form restores the draft and says so. Saving or clearing
 * the form deletes it.
 */
import { useEffect, useRef, useState } from 'react';
import type { DraftRecord } from '../domain/device-rows';
import { useUnsavedText } from './unsaved-text';

/** Where drafts are kept: the database's `drafts` table (src/db/drafts-repository.ts), handed in at start. */
export interface DraftStorage {
  read(id: string): Promise<DraftRecord | undefined>;
  write(row: DraftRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

let database: DraftStorage | null = null;

/** Called once at start; null in memory mode, where drafts live in the tab's sessionStorage only. */
export function connectDrafts(storage: DraftStorage | null): void {
  database = storage;
}

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

/** After a reset: the database's drafts are gone with every row, and so are this tab's quick copies. */
export function forgetDraftCopies(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(mirrorPrefix)) sessionStorage.removeItem(key);
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

/** Writes the latest value for `id`, one write at a time; later values replace waiting ones. */
function save(id: string, value: unknown | undefined) {
  writeTabCopy(id, value);
  const db = database;
  if (!db) return;
  const writer = writers.get(id) ?? { busy: false, next: idle };
  writers.set(id, writer);
  writer.next = value;
  if (writer.busy) return;
  const drain = async () => {
    writer.busy = true;
    while (writer.next !== idle) {
      const current = writer.next;
      writer.next = idle;
      try {
        if (current === undefined) await db.delete(id);
        else await db.write({ id, value: current, updatedAt: Date.now() });
      } catch {
        // A full disk: the sessionStorage copy and the form itself still hold the text.
      }
    }
    writer.busy = false;
  };
  void drain();
}

async function load(id: string): Promise<unknown> {
  const quick = readTabCopy(id);
  if (quick !== undefined) return quick;
  if (!database) return undefined;
  try {
    return (await database.read(id))?.value;
  } catch {
    return undefined;
  }
}

export const restoredMessage = 'Restored your unsaved draft.';

/**
 * Keeps `value` as the draft `id` while `dirty`, and deletes it once not. On first render, a stored draft is
 * handed to `restore`; `restored` then stays true until the form is saved or cleared. A form that closes as it
 * saves (or on Cancel) calls `discard`: it is gone before a render could see it clean, and its draft would
 * otherwise come back, stale, the next time that row is opened.
 */
export function useDraft<T>(
  id: string,
  value: T,
  dirty: boolean,
  restore: (value: T) => void,
): {
  restored: boolean;
  discard: () => void;
  discardThen: (close: (() => void) | undefined) => (() => void) | undefined;
} {
  const [restored, setRestored] = useState(false);
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
    void load(id).then((draft) => {
      if (!live) return;
      loaded.current = true;
      // Text typed before the draft was read is newer than the draft.
      if (draft === undefined || dirtyRef.current) return;
      restoreRef.current(draft as T);
      setRestored(true);
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
  return {
    restored,
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
