import { examClock } from '../../domain/exam-countdown';
import { examStartText, todayState } from '../../domain/today-phase';
import { useAppStore } from '../../store/use-app-store';
import { CollapsingLaneWarning } from '../../widgets/collapsing-lane-warning';
import { FinalRules } from '../../ui/final-rules';
import { useNow } from '../../ui/use-now';

/**
 * The final-72-hours rules. From 72 hours before the exam they move to the top of the page as a banner
 * (`prominentOnly`); before that they sit in their place in the plan. The second rule turns into a live warning
 * whenever the latest mixed set shows a lane still collapsing.
 */
export function FinalHours({ prominentOnly = false }: { prominentOnly?: boolean }) {
  const setup = useAppStore((s) => s.setup);
  const now = useNow(60_000);
  const clock = examClock(setup.examDate, setup.examTime, now);
  const inFinal72 = clock.phase === 'final-72';
  if (prominentOnly !== inFinal72) return null;
  return (
    <section
      className={inFinal72 ? 'banner warning' : 'card'}
      aria-labelledby={prominentOnly ? 'final-72-now' : 'final-72'}
    >
      {inFinal72 && (
        <p>
          <strong>{examStartText(todayState(setup, 0, now))}</strong>
        </p>
      )}
      <FinalRules id={prominentOnly ? 'final-72-now' : 'final-72'} />
      <CollapsingLaneWarning />
    </section>
  );
}
