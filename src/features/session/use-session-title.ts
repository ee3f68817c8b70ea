import { useEffect } from 'react';
import type { SessionRecord } from '../../domain/records';
import { formatCountdown, type SessionView } from '../../domain/session-timer';
import { phaseLabel } from './phase-label';

const pageTitle = 'Study session · ML-PRO Study Tracker';

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
