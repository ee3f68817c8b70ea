import { Link } from 'react-router-dom';
import { collapsingRuleText, repairedText } from '../domain/miss-booking';
import { finalRuleById, lessonTitle } from '../domain/seed-lookups';
import { usePlannedRepairLessons, useLaneState } from './use-lane-patterns';
import '../ui/compact-banner.css';

const rule = finalRuleById('no-collapsing-lane');
const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * The final-72-hours rule about a collapsing lane, made live: shown while the latest set shows one. Once its
 * repair lessons are ticked after that set, it turns into the call to confirm the repair with one light set.
 * Mounted through `CollapsingLaneWarning` (collapsing-lane-warning.tsx), only once there are misses.
 */
export function CollapsingLaneBanner() {
  const state = useLaneState();
  const planned = usePlannedRepairLessons();
  if (state.status === 'clear') return null;
  const { collapse: lane, repair } = state;
  // Compact (judgment rule 9): one line with the verdict and the next step; the reasons are a tap away.
  if (state.status === 'repaired') {
    return (
      <div className="banner compact" role="status">
        <p>
          <strong>{repairedText(lane)}</strong> <Link to="/misses">Record the set in the miss log</Link>
        </p>
        <details>
          <summary>Details</summary>
          <p>
            You ticked its repair lessons after {lane.setLabel}. The next set you record clears the lane once
            its misses are logged, or shows the lane collapsing again.
          </p>
        </details>
      </div>
    );
  }
  const left = repair.lessons.filter((lesson) => !repair.done.includes(lesson));
  const allAdded = left.every((lesson) => planned.lessons.has(lesson));
  return (
    <div className="banner warning compact" role="status">
      <p>
        <strong>
          A lane is still collapsing: {lane.label}, {lane.count} of {lane.total} misses in {lane.setLabel}.
        </strong>{' '}
        <Link to="/misses#repair">Repair it</Link>
      </p>
      <details>
        <summary>Details</summary>
        <p>{rule.text.charAt(0).toUpperCase() + rule.text.slice(1)}.</p>
        <p className="hint">{collapsingRuleText}</p>
        <p>
          {`Repair lessons still to tick: ${listFormat.format(left.map((lesson) => `${lesson} ${lessonTitle(lesson)}`))}. `}
          {allAdded ? (
            `They are already in ${planned.place.kind === 'day' ? 'today’s work' : 'this week’s plan'}: tick them as you study them.`
          ) : (
            <Link to="/misses#repair">Add them from the miss log</Link>
          )}
        </p>
      </details>
    </div>
  );
}
