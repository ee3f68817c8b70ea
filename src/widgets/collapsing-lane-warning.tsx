import { Link } from 'react-router-dom';
import { collapsingRuleText } from '../domain/miss-booking';
import { finalRules } from '../domain/seed';
import { useCollapsingLane } from './use-miss-signals';

const rule = finalRules.find((r) => r.id === 'no-collapsing-lane')!;

/** The final-72-hours rule about a collapsing lane, made live: shown only while the latest set shows one. */
export function CollapsingLaneWarning() {
  const lane = useCollapsingLane();
  if (!lane) return null;
  return (
    <div className="banner warning" role="status">
      <p>
        <strong>
          A lane is still collapsing: {lane.label}, {lane.count} of {lane.total} misses in {lane.setLabel}.
        </strong>{' '}
        {rule.text.charAt(0).toUpperCase() + rule.text.slice(1)}.
      </p>
      <p className="hint">{collapsingRuleText}</p>
      <p>
        <Link to="/misses#repair">Repair it from the miss log</Link>
      </p>
    </div>
  );
}
