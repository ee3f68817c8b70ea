import { useEffect, useId } from 'react';

/**
 * Which forms hold text the learner typed but has not saved. The update prompt and the schema-upgrade reload
 * ask here first, so an app update never throws away a half-written rule or note.
 */
const dirtyForms = new Set<string>();

export function hasUnsavedText(): boolean {
  return dirtyForms.size > 0;
}

/** Call in a form with whether it holds unsaved text; clears itself when the form goes away. */
export function useUnsavedText(isDirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!isDirty) return;
    dirtyForms.add(id);
    return () => {
      dirtyForms.delete(id);
    };
  }, [id, isDirty]);
}
