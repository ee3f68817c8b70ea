import { Link } from 'react-router-dom';
import { SessionPhaseTable } from '../../ui/session-phase-table';

export function SessionStructure() {
  return (
    <SessionPhaseTable>
      <p>
        <Link to="/session">Run a timed session</Link>
      </p>
    </SessionPhaseTable>
  );
}
