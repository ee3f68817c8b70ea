import { Link } from 'react-router-dom';
import { sessionPhases } from '../../domain/seed';

export function SessionStructure() {
  return (
    <section className="card" aria-labelledby="session-structure-heading">
      <h2 id="session-structure-heading">What a good 60-minute session looks like</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Minutes</th>
              <th scope="col">What to do</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {sessionPhases.map((phase) => (
              <tr key={phase.id}>
                <th scope="row">{phase.minutes}</th>
                <td>{phase.whatToDo}</td>
                <td>{phase.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link to="/session">Run a timed session</Link>
      </p>
    </section>
  );
}
