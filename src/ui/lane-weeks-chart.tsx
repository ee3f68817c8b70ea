import type { LaneTrend, LaneWeeks } from '../domain/lane-trend';
import './charts.css';
import { TableHead } from './table-head';

const trendText: Record<LaneTrend, string> = {
  shrinking: 'shrinking',
  growing: 'growing',
  steady: 'steady',
  'too-early': 'too early to tell',
};

/**
 * Misses per lane per route week: a table whose last column draws each lane's weeks as small bars on one shared
 * scale, so lanes compare at a glance, and says in words whether the lane is shrinking.
 */
export function LaneWeeksChart({
  lanes,
  weekLabels,
}: {
  lanes: readonly LaneWeeks[];
  /** Column headings, one per week, e.g. "W1". */
  weekLabels: readonly string[];
}) {
  const max = Math.max(1, ...lanes.flatMap((lane) => lane.counts));
  const step = 100 / Math.max(1, weekLabels.length);
  return (
    <div className="table-wrap chart">
      <table className="lane-weeks">
        <caption>Misses per lane, week by week</caption>
        <TableHead columns={['Lane', ...weekLabels.map((label) => ({ label, num: true })), 'Trend']} />
        <tbody>
          {lanes.map((lane) => (
            <tr key={lane.lane}>
              <th scope="row">{lane.label}</th>
              {lane.counts.map((count, i) => (
                <td key={weekLabels[i]} className="num">
                  {count}
                </td>
              ))}
              <td className="lane-trend">
                <svg className="spark" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
                  {lane.counts.map((count, i) => (
                    <rect
                      key={weekLabels[i]}
                      x={i * step + step * 0.15}
                      width={step * 0.7}
                      y={20 - (count / max) * 20}
                      height={(count / max) * 20}
                    />
                  ))}
                </svg>
                <span className={`trend ${lane.trend}`}>{trendText[lane.trend]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
