import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Deep links such as /plan#week-3 arrive before a lazily loaded view has rendered, so the browser's own jump finds
 * nothing; this repeats it once the view (or the part of it that holds the target) is on screen.
 */
export function useScrollToHash(rendered = true) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash || !rendered) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
  }, [hash, rendered]);
}

/**
 * Put last inside a Suspense boundary: it mounts, and scrolls, only once every lazy section before it has. As a
 * component it also keeps the address out of its parent: only it re-renders when the address changes.
 */
export function ScrollToHash(): null {
  useScrollToHash();
  return null;
}
