import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Deep links such as /plan#week-3 arrive before a lazily loaded view has rendered, so the browser's own jump finds
 * nothing; this repeats it once the view is on screen.
 */
export function useScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
  }, [hash]);
}
