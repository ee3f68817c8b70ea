import { formatShortDate } from '../domain/dates';
import type { SetScore } from '../domain/miss-analytics';
import { TableHead } from './table-head';

/**
 * Percent correct per set, oldest to newest: a line for the eye and the same numbers in a table. `shownSets`
 * keeps the miss log to the recent trend; the progress view shows every set.
 */
export function ScoreChart({ scores, shownSets = 12 }: { scores: readonly SetScore[]; shownSets?: number }) {
  if (scores.length === 0) return <p className="muted">Record a mixed set to see your score over time.</p>;
  const recent = scores.slice(-shownSets);
  const step = recent.length > 1 ? 100 / (recent.length - 1) : 0;
  const points = recent.map((s, i) => `${(recent.length > 1 ? i * step : 50).toFixed(1)},${100 - s.percent}`);
  const first = recent[0]!;
  const last = recent.at(-1)!;
  return (
    <figure className="score-chart">
      <figcaption>
        Score per set over time: {first.percent}% on {formatShortDate(first.date)}
        {recent.length > 1 && ` to ${last.percent}% on ${formatShortDate(last.date)}`}
        {scores.length > shownSets && ` (last ${shownSets} of ${scores.length} sets)`}.
      </figcaption>
      <svg viewBox="-4 -4 108 108" preserveAspectRatio="none" className="line-chart" aria-hidden="true">
        <line x1="0" y1="50" x2="100" y2="50" className="grid-line" />
        <polyline points={points.join(' ')} />
        {points.map((point, i) => {
          const [x, y] = point.split(',');
          return <circle key={recent[i]!.id} cx={x} cy={y} r="2" />;
        })}
      </svg>
      <div className="table-wrap">
        <table>
          <TableHead
            columns={['Date', 'Set', { label: 'Correct', num: true }, { label: 'Score', num: true }]}
          />
          <tbody>
            {[...recent].reverse().map((s) => (
              <tr key={s.id}>
                <td>{formatShortDate(s.date)}</td>
                <td>{s.label}</td>
                <td className="num">
                  {s.correct}/{s.questions}
                </td>
                <td className="num">{s.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
