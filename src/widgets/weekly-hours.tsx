import { memo, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { formatShortDate } from '../domain/dates';
import { durationText } from '../domain/duration-text';
import { hoursOf, paceWarning, weekHours } from '../domain/session-hours';
import { useAppStore } from '../store/use-app-store';
import { useNow } from '../ui/use-now';

/**
 * Hours promised against hours studied this week, with the seed's warning when the last two weeks both fell
 * short of the promise. Shown on Today and on /session.
 */
// Memoised: the session view repaints once a minute while a session runs, and this need not repaint with it.
export const WeeklyHours = memo(function WeeklyHours() {
  const sessions = useAppStore((s) => s.sessions);
  const studyLogs = useAppStore((s) => s.studyLogs);
  const setup = useAppStore((s) => s.setup);
  const now = useNow(60_000);
  const list = useMemo(() => Object.values(sessions), [sessions]);
  const logs = useMemo(() => Object.values(studyLogs), [studyLogs]);
  const week = useMemo(() => weekHours(list, setup, now, 0, logs), [list, setup, now, logs]);
  const warning = useMemo(() => paceWarning(list, setup, now, logs), [list, setup, now, logs]);
  const band = week.band;

  return (
    <section className="card" aria-labelledby="weekly-hours-heading">
      <h2 id="weekly-hours-heading">Hours this week</h2>
      <p>
        <span className="stat">{durationText(week.studiedMs)}</span> studied from{' '}
        {formatShortDate(week.weekStart)} to {formatShortDate(week.weekEnd)}, timed sessions and study time
        you logged
      </p>
      {band ? (
        <>
          <progress
            aria-label={`Hours studied this week against the ${band.minHours} hours your plan promises at least`}
            max={band.minHours}
            value={Math.min(band.minHours, hoursOf(week.studiedMs))}
          />
          <p className={week.status === 'below' ? 'muted' : 'message'}>
            {week.status === 'below'
              ? `${durationText(week.studiedMs)} of the ${band.label} your plan promises.`
              : week.status === 'within'
                ? `Within the ${band.label} your plan promises.`
                : `Above the ${band.label} your plan promises.`}
          </p>
        </>
      ) : (
        <p className="muted">
          <Link to="/plan">Choose your hours per week</Link> to compare them with what you study.
        </p>
      )}
      {warning && (
        <div className="banner warning" role="note">
          <p>{warning.message}</p>
          <p>
            <Link to="/plan">Change your hours or route on the plan</Link>
          </p>
        </div>
      )}
    </section>
  );
});
