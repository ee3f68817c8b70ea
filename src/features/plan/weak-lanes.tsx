import { weakLanes, weakLanesHeading } from '../../domain/seed';
import { lessonTitle } from '../../domain/seed-lookups';
import { TableHead } from '../../ui/table-head';

export function WeakLanes() {
  return (
    <section className="card" aria-labelledby="weak-lanes-heading" id="weak-lanes">
      <h2 id="weak-lanes-heading">Best order for weak lanes</h2>
      <div className="table-wrap">
        <table>
          <TableHead columns={[weakLanesHeading.lane, weakLanesHeading.order]} />
          <tbody>
            {weakLanes.map((lane) => (
              <tr key={lane.id}>
                <th scope="row">{lane.label}</th>
                <td>
                  {lane.orderText}
                  <ol className="lesson-refs">
                    {lane.order.map((lesson) => (
                      <li key={lesson}>
                        {lesson} {lessonTitle(lesson)}
                      </li>
                    ))}
                  </ol>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
