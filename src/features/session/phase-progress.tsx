import { sessionPhases } from '../../domain/seed';
import { phaseFill } from '../../domain/session-timer';

/** The whole hour at a glance: one bar per phase, as wide as the phase is long. */
export function PhaseProgress({ positionMs, currentIndex }: { positionMs: number; currentIndex: number }) {
  const fill = phaseFill(positionMs);
  return (
    <ol className="session-progress" aria-label="Session progress">
      {sessionPhases.map((phase, index) => {
        const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
        return (
          <li
            key={phase.id}
            className={`session-segment ${phase.endMinute - phase.startMinute > 10 ? 'long' : ''} ${state}`}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            <span className="session-segment-label">{phase.minutes}</span>
            <progress
              aria-label={`Minutes ${phase.minutes}, ${state === 'done' ? 'done' : state}`}
              max={fill[index]!.lengthMs}
              value={fill[index]!.doneMs}
            />
          </li>
        );
      })}
    </ol>
  );
}
