import { useCallback, useEffect, useState } from 'react';
import type { SessionRecord } from '../../domain/records';
import { msUntilNextChange, sessionViewAt } from '../../domain/session-timer';
import { pageNow } from '../../platform/page-clock';

const minuteMs = 60_000;

/**
 * The instant the timer is drawn at. Nothing here counts: every repaint reads the clock afresh and the view is
 * derived from the stored record. It repaints only while the session runs: at the next whole `unitMs` of the
 * session while the page is visible (a second for the countdown, a minute for the page around it), and at the
 * next whole minute while hidden (for the title and the phase alerts; phases start on whole minutes). Paused or
 * idle, no timer exists at all. No animation-frame loop.
 */
export function useTimerClock(
  session: SessionRecord | null,
  unitMs = 1000,
): { now: number; refresh: () => void } {
  const [now, setNow] = useState(() => pageNow());
  const [hidden, setHidden] = useState(() => document.hidden);
  const refresh = useCallback(() => setNow(pageNow()), []);

  useEffect(() => {
    const onVisibility = () => {
      setHidden(document.hidden);
      setNow(pageNow());
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    if (session?.status !== 'running') return;
    const view = sessionViewAt(session, now);
    if (view.atEnd) return;
    const delay = hidden
      ? msUntilNextChange(view.phaseLeftMs, minuteMs)
      : msUntilNextChange(view.sessionLeftMs, unitMs);
    // The clock may have moved on since `now` was read (an effect runs after the paint; a tab can be frozen in
    // between), so the wait starts from `now`, not from here: a change already due is drawn at once.
    const late = Math.max(0, pageNow() - now);
    if (late >= delay) {
      // Drawn in a microtask rather than by a zero-delay timer, which a stalled page (or a paused test clock)
      // may never run.
      let live = true;
      queueMicrotask(() => {
        if (live) setNow(pageNow());
      });
      return () => {
        live = false;
      };
    }
    const timer = window.setTimeout(() => setNow(pageNow()), delay - late);
    return () => window.clearTimeout(timer);
  }, [session, now, hidden, unitMs]);

  return { now, refresh };
}
