import { useEffect, useRef } from 'react';

/** Opening the set-up puts focus on its first choice; closing it puts focus back on "Change". */
export function useFocusOnToggle(editing: boolean) {
  const was = useRef(editing);
  useEffect(() => {
    if (was.current === editing) return;
    was.current = editing;
    const target = editing
      ? document.getElementById('setup-heading')?.closest('section')?.querySelector('input')
      : document.getElementById('setup-change');
    target?.focus();
  }, [editing]);
}
