import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './toast.css';

/**
 * A notice floating at the foot of the screen. While it shows, the page reserves its height below the content
 * and as scroll padding, so the last control on a page can still be scrolled clear of it and a control reached
 * by Tab is never hidden under it (WCAG 2.4.11).
 */
export function Toast({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const root = document.documentElement;
    const reserve = () => root.style.setProperty('--toast-space', `${node.offsetHeight}px`);
    reserve();
    // Absent only in test DOMs; every browser the app supports has it.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(reserve);
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--toast-space');
    };
  }, []);
  return (
    <div ref={ref} className="banner ok toast" role="status">
      {children}
    </div>
  );
}
