import { useEffect, useEffectEvent } from 'react';
import type { ReviewRating } from '../../domain/review-records';

/** Typing in a field (the rule rewrite) never triggers a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

export interface ReviewKeys {
  reveal(): void;
  grade(rating: ReviewRating): void;
  undo(): void;
}

/**
 * Anki's keys: Space or Enter shows the rule, 1-4 grade it, U (or Ctrl/Cmd+Z) takes back the last grade.
 * Space and Enter on a focused button keep their own meaning (press it), so the grade button that has focus
 * after the reveal is graded by Space as Anki's "Good" is.
 */
export function useReviewKeys({ reveal, grade, undo }: ReviewKeys) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.repeat || isTyping(event.target)) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      undo();
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const onControl =
      event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
    if ((event.key === ' ' || event.key === 'Enter') && !onControl) {
      event.preventDefault();
      reveal();
    } else if (['1', '2', '3', '4'].includes(event.key)) {
      event.preventDefault();
      grade(Number(event.key) as ReviewRating);
    } else if (event.key === 'u' || event.key === 'U') {
      event.preventDefault();
      undo();
    }
  });

  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
