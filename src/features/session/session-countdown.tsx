import { memo } from 'react';
import type { SessionRecord } from '../../domain/records';
import { formatCountdown, sessionViewAt } from '../../domain/session-timer';
import { PhaseProgress } from './phase-progress';
import { useTimerClock } from './use-timer-clock';

/**
 * The only part of the page that changes every second, so it keeps its own one-second clock: the rest of the
 * session view repaints once a minute, when phases can change.
 */
export const SessionCountdown = memo(function SessionCountdown({ session }: { session: SessionRecord }) {
  const { now } = useTimerClock(session);
  const view = sessionViewAt(session, now);
  return (
    <>
      <div className="session-times">
        <p>
          <span className="session-countdown" role="timer" aria-label="Time left in this phase">
            {formatCountdown(view.phaseLeftMs)}
          </span>
          <span className="session-time-label">left in this phase</span>
        </p>
        <p>
          <span className="session-countdown small" role="timer" aria-label="Time left in the session">
            {formatCountdown(view.sessionLeftMs)}
          </span>
          <span className="session-time-label">left in the session</span>
        </p>
      </div>
      <PhaseProgress positionMs={view.positionMs} currentIndex={view.phaseIndex} />
    </>
  );
});
