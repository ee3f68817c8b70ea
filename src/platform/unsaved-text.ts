import { useEffect, useId, useRef } from 'react';

/**
 * Which forms hold text the learner typed but has not saved, and how to save it. The update prompt and the
 * schema-upgrade reload ask here first, so an app update never throws away a half-written rule or note; and
 * when the tab is hidden or closed, every form that can save its draft does so, because no later event is
 * guaranteed (a phone may kill a hidden tab without warning).
 */
const dirtyForms = new Map<string, { current: (() => void) | undefined }>();
/** Dirty forms whose text is kept as a draft (drafts.ts): a reload restores it, so it does not hold one up. */
const draftForms = new Set<string>();

export function hasUnsavedText(): boolean {
  return dirtyForms.size > 0;
}

/** Whether a reload would lose typed text: some form holds text that is not kept as a draft. */
export function hasTextOutsideDrafts(): boolean {
  return [...dirtyForms.keys()].some((id) => !draftForms.has(id));
}

/**
 * Saves every draft that has a save; drafts without one (invalid input, say) stay unsaved. Returns how many
 * saves were started.
 */
export function flushUnsavedText(): number {
  let started = 0;
  for (const flush of [...dirtyForms.values()]) {
    if (!flush.current) continue;
    flush.current();
    started += 1;
  }
  return started;
}

function flushWhenHidden() {
  if (document.visibilityState === 'hidden') flushUnsavedText();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushUnsavedText);
  document.addEventListener('visibilitychange', flushWhenHidden);
}

/**
 * Call in a form with whether it holds unsaved text, and optionally how to save it now (called on pagehide,
 * on the tab going hidden, and before a schema-upgrade reload). Clears itself when the form goes away.
 */
export function useUnsavedText(isDirty: boolean, flush?: () => void, keptAsDraft = false): void {
  const id = useId();
  const latest = useRef(flush);
  useEffect(() => {
    latest.current = flush;
  });
  useEffect(() => {
    if (!isDirty) return;
    dirtyForms.set(id, latest);
    if (keptAsDraft) draftForms.add(id);
    return () => {
      dirtyForms.delete(id);
      draftForms.delete(id);
    };
  }, [id, isDirty, keptAsDraft]);
}
