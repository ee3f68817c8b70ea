import { backupKinds } from '../../domain/backup-format';
import type { MergeReport } from '../../sync/sync-actions';
import { TableHead } from '../../ui/table-head';

/** What one merge brought in, kind by kind; nothing when it brought nothing. */
export function MergeCounts({ report }: { report: Extract<MergeReport, { ok: true }> }) {
  const changedKinds = backupKinds.filter(({ kind }) => {
    const count = report.counts[kind];
    return count.added + count.changed + count.deleted > 0;
  });
  if (!changedKinds.length) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>What came in from {report.from}</caption>
        <TableHead
          columns={[
            'Kind',
            { label: 'New', num: true },
            { label: 'Changed', num: true },
            { label: 'Deleted', num: true },
          ]}
        />
        <tbody>
          {changedKinds.map(({ kind, label }) => (
            <tr key={kind}>
              <th scope="row">{label}</th>
              <td className="num">{report.counts[kind].added}</td>
              <td className="num">{report.counts[kind].changed}</td>
              <td className="num">{report.counts[kind].deleted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
