import { useEffect, useEffectEvent } from 'react';

/** Where typing happens: shortcuts never fire there. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** Space on a button, link or checkbox already means "press this"; the shortcut must not fire as well. */
function ownsSpace(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a, summary, input, [role="button"]') !== null
  );
}

/** Space pauses or resumes and N moves to the next phase, anywhere on the page except while typing. */
export function useSessionKeys(enabled: boolean, { toggle, next }: { toggle(): void; next(): void }) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (isTextEntry(event.target)) return;
    if (event.key === ' ' && !ownsSpace(event.target)) {
      event.preventDefault();
      toggle();
    } else if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      next();
    }
  });

  useEffect(() => {
    if (!enabled) return;
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
