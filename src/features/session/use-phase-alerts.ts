import { useEffect, useEffectEvent, useRef } from 'react';
import type { SessionRecord } from '../../domain/records';
import type { SessionView } from '../../domain/session-timer';
import { sessionPhases } from '../../domain/seed';
import { notify, playChime } from '../../platform/chime-and-notifications';
import { phaseLabel } from './phase-label';

/**
 * Chime and notification when time carries the session over a phase boundary or to its end. Moves the learner
 * made (next, previous) change `shiftMs` and stay quiet; a reload starts from where the session already is.
 */
export function usePhaseAlerts(
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

  const alert = useEffectEvent((index: number, end: boolean) => {
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
    if (previous.phaseIndex !== phaseIndex || (atEnd && !previous.atEnd)) alert(phaseIndex, atEnd);
  }, [id, shiftMs, running, phaseIndex, atEnd]);
}
