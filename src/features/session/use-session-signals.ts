import { useEffect, useEffectEvent, useRef } from 'react';
import type { SessionRecord } from '../../domain/records';
import { formatCountdown, type SessionView } from '../../domain/session-timer';
import { sessionPhases } from '../../domain/seed';
import { notify, playChime } from '../../platform/chime-and-notifications';

const pageTitle = 'Study session · ML-PRO Study Tracker';

/** Phase name for titles and notifications: "Phase 2 of 5 (10-20)". */
export function phaseLabel(index: number): string {
  return `Phase ${index + 1} of ${sessionPhases.length} (${sessionPhases[index]!.minutes})`;
}

/**
 * Chime and notification when time carries the session over a phase boundary or to its end. Moves the learner
 * made (next, previous) change `shiftMs` and stay quiet; a reload starts from where the session already is.
 */
export function useBoundarySignals(
  session: SessionRecord | null,
  view: SessionView | null,
  { owner, sound, notifications }: { owner: boolean; sound: boolean; notifications: boolean },
) {
  const last = useRef<{ id: string; phaseIndex: number; atEnd: boolean; shiftMs: number } | null>(null);
  const id = session?.id ?? null;
  const shiftMs = session?.shiftMs ?? 0;
  const running = session?.status === 'running';
  const phaseIndex = view?.phaseIndex ?? -1;
  const atEnd = view?.atEnd ?? false;

  const signal = useEffectEvent((index: number, end: boolean) => {
    if (!owner) return;
    if (sound) playChime();
    if (!notifications) return;
    if (end) notify('Session complete', 'Your 60 minutes are done. Your notes are saved in history.');
    else notify(`${phaseLabel(index)} starts`, sessionPhases[index]!.whatToDo);
  });

  useEffect(() => {
    const previous = last.current;
    last.current = id === null ? null : { id, phaseIndex, atEnd, shiftMs };
    if (!previous || previous.id !== id || previous.shiftMs !== shiftMs || !running) return;
    if (previous.phaseIndex !== phaseIndex || (atEnd && !previous.atEnd)) signal(phaseIndex, atEnd);
  }, [id, shiftMs, running, phaseIndex, atEnd]);
}

/** The tab title carries the phase and the minutes left, so a background tab still tells the time. */
export function useSessionTitle(session: SessionRecord | null, view: SessionView | null) {
  const status = session?.status ?? null;
  const phaseIndex = view?.phaseIndex ?? 0;
  // Whole minutes: the hidden page repaints once a minute, so seconds would go stale.
  const minutesLeft = view ? Math.ceil(view.phaseLeftMs / 60_000) : 0;
  const pausedLeft = status === 'paused' && view ? formatCountdown(view.phaseLeftMs) : '';
  useEffect(() => {
    if (status !== 'running' && status !== 'paused') return;
    const state = status === 'paused' ? `Paused · ${pausedLeft} left` : `${minutesLeft} min left`;
    document.title = `${state} · ${phaseLabel(phaseIndex)} · ${pageTitle}`;
    return () => {
      document.title = pageTitle;
    };
  }, [status, phaseIndex, minutesLeft, pausedLeft]);
}

/** Keeps the screen on while the session runs; the browser drops the lock when the page hides, so take it again. */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const take = () => {
      if (document.hidden || (lock && !lock.released)) return;
      navigator.wakeLock
        .request('screen')
        .then((sentinel) => {
          if (stopped) void sentinel.release();
          else lock = sentinel;
        })
        .catch(() => undefined);
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
