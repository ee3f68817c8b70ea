import { useEffect, useRef, useState } from 'react';
import { useDraft } from '../../platform/drafts';
import type { WriteOutcome } from '../../store/persistence';

/**
 * A worksheet field saved on every keystroke. The field keeps its own copy of the text until that text is
 * stored, so a failed write (a full disk) never empties the box: the text stays with the reason and a retry,
 * and as a draft that a reload restores. Text with a `problemOf` (a rule of two sentences) is held the same
 * way without being written, so the stored row keeps its last text that passed.
 */
export function useSavedAsTyped(
  draftId: string,
  stored: string,
  write: (text: string) => Promise<WriteOutcome>,
  problemOf: (text: string) => string | null = () => null,
) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const save = (value: string) => {
    setText(value);
    if (problemOf(value)) {
      setError(null);
      return;
    }
    void write(value).then((outcome) => {
      if (!mounted.current) return;
      setError(outcome.ok ? null : outcome.message);
      if (outcome.ok) setText((current) => (current === value ? null : current));
    });
  };
  const { restored, left } = useDraft<string | null>(draftId, text, text !== null, (draft) => {
    if (draft !== null) save(draft);
  });
  const value = text ?? stored;
  return {
    value,
    /** Why `value` is held back, not written; null when it is stored or on its way. */
    problem: text === null ? null : problemOf(text),
    change: save,
    error,
    restored,
    left,
    retry: () => {
      if (text !== null) save(text);
    },
  };
}
