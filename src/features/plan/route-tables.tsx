import {
  compressionIntro,
  compressionPlan,
  defaultPlan,
  hoursBands,
  startingPoints,
} from '../../domain/seed';

/** The seed's route tables as printed, so the learner can compare routes they are not on. */
export function RouteTables() {
  return (
    <section className="card" aria-labelledby="route-tables-heading">
      <h2 id="route-tables-heading">All routes at a glance</h2>
      <div className="table-wrap">
        <table>
          <caption>Choose the right timeline</caption>
          <thead>
            <tr>
              <th scope="col">Your starting point</th>
              <th scope="col">Typical study time</th>
              <th scope="col">Best-fit route</th>
            </tr>
          </thead>
          <tbody>
            {startingPoints.map((point) => (
              <tr key={point.id}>
                <td>{point.label}</td>
                <td>{point.typicalHours}</td>
                <td>{point.bestFitRoute}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>Choose a route based on hours per week, not optimism</caption>
          <thead>
            <tr>
              <th scope="col">Time you can commit</th>
              <th scope="col">Better route</th>
            </tr>
          </thead>
          <tbody>
            {hoursBands.map((band) => (
              <tr key={band.id}>
                <td>{band.label}</td>
                <td>{band.betterRoute}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>Default 6-week plan</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Focus</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {defaultPlan.map((week) => (
              <tr key={week.week}>
                <th scope="row">{week.week}</th>
                <td>{week.focus}</td>
                <td>{week.whatToDo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <h3 id="compression-heading">Compression option for experienced candidates</h3>
        {/* The seed's sentence introduces its table, so it stands before it, colon and all. */}
        <p>{compressionIntro}</p>
        <table aria-labelledby="compression-heading">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Focus</th>
            </tr>
          </thead>
          <tbody>
            {compressionPlan.map((week) => (
              <tr key={week.week}>
                <th scope="row">{week.week}</th>
                <td>{week.focus}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
