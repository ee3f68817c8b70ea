import { useEffect, useState } from 'react';
import { localIsoDate, type IsoDate } from '../domain/dates';

/**
 * The current instant, refreshed every `everyMs` and whenever the page becomes visible again (a laptop that
 * slept, a phone tab brought back). Only views that show time-dependent text use it.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const refresh = () => setNow(Date.now());
    const timer = window.setInterval(refresh, everyMs);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [everyMs]);
  return now;
}

/** Today's local calendar date; re-renders only when the date changes. */
export function useToday(): IsoDate {
  return localIsoDate(useNow(60_000));
}
