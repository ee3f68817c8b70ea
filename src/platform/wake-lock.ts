import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (a session's or a practice exam's clock running), so a phone left on the
 * desk does not lock mid-phase. The browser drops the lock whenever the page hides, so it is taken again when
 * the page shows; it is released when the clock stops or the view goes. Where the API is missing (older
 * Safari) nothing happens: the engine notice says so.
 */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let asking = false;
    let stopped = false;
    const take = () => {
      // One request at a time: a page shown again while the first request is pending must not take a second lock.
      if (document.hidden || asking || (lock && !lock.released)) return;
      asking = true;
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (stopped) void sentinel.release().catch(() => undefined);
          else lock = sentinel;
        })
        .catch(() => undefined)
        .finally(() => (asking = false));
    };
    take();
    document.addEventListener('visibilitychange', take);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', take);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
