import { memo, type ReactNode } from 'react';
import { sessionPhases } from '../domain/seed';
import { TableHead } from './table-head';
import './session-phase-table.css';

/** The seed's "What a good 60-minute session looks like", with the phase in progress marked when there is one. */
// Memoised: the session view repaints once a minute while a session runs, and this need not repaint with it.
export const SessionPhaseTable = memo(function SessionPhaseTable({
  currentIndex = null,
  children,
}: {
  currentIndex?: number | null;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby="phase-table-heading">
      <h2 id="phase-table-heading">What a good 60-minute session looks like</h2>
      <div className="table-wrap">
        <table>
          <TableHead columns={['Minutes', 'What to do', 'Why']} />
          <tbody>
            {sessionPhases.map((phase, index) => (
              <tr
                key={phase.id}
                className={index === currentIndex ? 'session-row-current' : undefined}
                aria-current={index === currentIndex ? 'step' : undefined}
              >
                <th scope="row">
                  {phase.minutes}
                  {index === currentIndex && <span className="visually-hidden"> (now)</span>}
                </th>
                <td>{phase.whatToDo}</td>
                <td>{phase.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
});
