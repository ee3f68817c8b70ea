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
        <TimeLeft ms={view.phaseLeftMs} label="Time left in this phase" text="left in this phase" />
        <TimeLeft ms={view.sessionLeftMs} label="Time left in the session" text="left in the session" small />
      </div>
      <PhaseProgress positionMs={view.positionMs} currentIndex={view.phaseIndex} />
    </>
  );
});

function TimeLeft({
  ms,
  label,
  text,
  small = false,
}: {
  ms: number;
  label: string;
  text: string;
  small?: boolean;
}) {
  return (
    <p>
      <span
        className={small ? 'session-countdown small' : 'session-countdown'}
        role="timer"
        aria-label={label}
      >
        {formatCountdown(ms)}
      </span>
      <span className="session-time-label">{text}</span>
    </p>
  );
}
