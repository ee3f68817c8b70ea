import { useId } from 'react';
import { countText } from '../../domain/count-text';
import { TableHead } from '../../ui/table-head';

/**
 * Counts as a table, each row with a bar drawn in SVG beside its number. The table is what screen readers and
 * copy-paste read; the bars are decoration for the eye.
 */
export function BarChart({
  title,
  rows,
}: {
  title: string;
  rows: readonly { id: string; label: string; count: number }[];
}) {
  const id = useId();
  const max = Math.max(1, ...rows.map((row) => row.count));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <div className="table-wrap chart">
      <table aria-describedby={`${id}-total`}>
        <caption>{title}</caption>
        <TableHead
          columns={[
            title.replace(/^Misses by /, '').replace(/^./, (c) => c.toUpperCase()),
            { label: 'Misses', num: true },
            { label: <span className="visually-hidden">Bar</span> },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.count}</td>
              <td className="bar-cell">
                <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect x="0" y="0" height="10" width={(row.count / max) * 100} />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${id}-total`} className="hint">
        {countText(total, 'miss', 'misses')} in all.
      </p>
    </div>
  );
}
