import { Link } from 'react-router-dom';
import { formatShortDate, localIsoDate } from '../../domain/dates';
import { laneLabel, laneOf } from '../../domain/miss-analytics';
import { countOf, nounFor, nouns } from '../../domain/plural';
import { failureModes } from '../../domain/seed';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-clock';
import { useDueRetests } from '../../widgets/use-miss-signals';

const retestsShown = 3;

export function DueRetests() {
  const today = useToday();
  const due = useDueRetests(today);
  const misses = useAppStore((s) => s.misses);
  return (
    <section className="card" aria-labelledby="today-retests-heading">
      <h2 id="today-retests-heading">Rule retests due</h2>
      {due.length === 0 ? (
        <p className="muted">
          No rules due today. Each rule you write comes back 1, 3 and 7 days later.{' '}
          <Link to="/misses">Open the miss log</Link>
        </p>
      ) : (
        <>
          <p>
            {countOf(due.length, nouns.rule)} {nounFor(due.length, nouns.is)} due for a quick self-retest.
          </p>
          <ul className="signal-list">
            {due.slice(0, retestsShown).map((retest) => {
              const miss = misses[retest.missId];
              const mode = failureModes.find((m) => m.id === miss?.failureMode);
              const lane = laneOf(miss?.failureMode ?? null);
              return (
                <li key={retest.missId}>
                  Day {retest.day}: a {mode ? mode.label : 'session'} rule
                  {lane && ` (${laneLabel(lane)})`} written{' '}
                  {miss ? formatShortDate(localIsoDate(miss.createdAt)) : ''}
                </li>
              );
            })}
          </ul>
          <p>
            <Link className="button" to="/misses#retests">
              Retest now
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
