import { useEffect, useState } from 'react';

const lockName = 'ml-pro-study-tracker:session-timer';

/**
 * Whether this tab sounds the session's phase alerts. Every tab that shows an active session queues for one Web Lock;
 * the holder chimes, notifies and keeps the screen awake, so two open tabs never chime twice. When the holder
 * closes, the browser hands the lock to the next tab in the queue. Without Web Locks every tab is the holder.
 */
export function useTimerOwner(active: boolean): boolean {
  const supported = typeof navigator !== 'undefined' && 'locks' in navigator;
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!active || !supported) return;
    const abort = new AbortController();
    let release = () => {};
    navigator.locks
      .request(lockName, { signal: abort.signal }, () => {
        setHeld(true);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(() => undefined);
    return () => {
      abort.abort();
      release();
      setHeld(false);
    };
  }, [active, supported]);

  return !supported || held;
}
