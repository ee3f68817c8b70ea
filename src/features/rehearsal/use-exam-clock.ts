import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { alertsPassed, rehearsalViewAt, type RehearsalView } from '../../domain/practice-exam';
import type { RehearsalRecord } from '../../domain/records';
import { playChime } from '../../platform/chime-and-notifications';
import { pageNow } from '../../platform/page-clock';

/**
 * The exam clock drawn from the stored run: every repaint reads the page clock afresh (a reload, a sleeping
 * laptop or a clock jump all read the same answer from the same record). It repaints on the next whole second
 * while the run is running and not over, and when the page comes back into view; paused or over, no timer runs.
 */
export function useExamClock(run: RehearsalRecord): { now: number; view: RehearsalView } {
  const [now, setNow] = useState(() => pageNow());
  useEffect(() => {
    const onVisibility = () => setNow(pageNow());
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);
  const view = rehearsalViewAt(run, now);
  const ticking = run.status === 'running' && !view.timeUp;
  const elapsedMs = view.positionMs;
  useEffect(() => {
    if (!ticking) return;
    // The wait starts from `now`, not from here: a change already due (a frozen tab) is drawn at once.
    const late = Math.max(0, pageNow() - now);
    const delay = 1000 - (elapsedMs % 1000);
    const timer = window.setTimeout(() => setNow(pageNow()), Math.max(0, delay - late));
    return () => window.clearTimeout(timer);
  }, [ticking, now, elapsedMs]);
  // A run that changed (paused, resumed, another tab's mark) is drawn at the current instant.
  const [drawnFor, setDrawnFor] = useState(run);
  if (drawnFor !== run) {
    setDrawnFor(run);
    setNow(pageNow());
  }
  return { now, view };
}

/**
 * One chime at half time, at ten minutes left and when a timed run's time is up: only when time carries the
 * run over the mark while the page is open, so a reload never chimes for a mark already passed.
 */
export function useExamChimes(run: RehearsalRecord, view: RehearsalView, sound: boolean) {
  const passed = alertsPassed(view.positionMs, run.limitMs, run.timed);
  const last = useRef<{ id: string; passed: number } | null>(null);
  const chime = useEffectEvent(() => {
    if (sound) playChime();
  });
  useEffect(() => {
    const previous = last.current;
    last.current = { id: run.id, passed };
    if (previous?.id === run.id && passed > previous.passed) chime();
  }, [run.id, passed]);
}
