import type { ReactNode } from 'react';
import {
  compressionIntro,
  compressionPlan,
  defaultPlan,
  hoursBands,
  startingPoints,
} from '../../domain/seed';
import { TableHead } from '../../ui/table-head';

/** The seed's route tables as printed, so the learner can compare routes they are not on. */
export function RouteTables() {
  return (
    <section className="card" aria-labelledby="route-tables-heading">
      <h2 id="route-tables-heading">All routes at a glance</h2>
      <SeedTable
        caption="Choose the right timeline"
        columns={['Your starting point', 'Typical study time', 'Best-fit route']}
        rows={startingPoints.map((point) => [point.id, point.label, point.typicalHours, point.bestFitRoute])}
      />
      <SeedTable
        caption="Choose a route based on hours per week, not optimism"
        columns={['Time you can commit', 'Better route']}
        rows={hoursBands.map((band) => [band.id, band.label, band.betterRoute])}
      />
      <SeedTable
        caption="Default 6-week plan"
        columns={['Week', 'Focus', 'What to do']}
        rows={defaultPlan.map((week) => [week.week, week.week, week.focus, week.whatToDo])}
        rowHeader
      />
      <SeedTable
        labelledBy="compression-heading"
        columns={['Week', 'Focus']}
        rows={compressionPlan.map((week) => [week.week, week.week, week.focus])}
        rowHeader
      >
        <h3 id="compression-heading">Compression option for experienced candidates</h3>
        {/* The seed's sentence introduces its table, so it stands before it, colon and all. */}
        <p>{compressionIntro}</p>
      </SeedTable>
    </section>
  );
}

interface SeedTableProps {
  caption?: string;
  /** Names the table when a heading above it does instead of a caption. */
  labelledBy?: string;
  columns: readonly string[];
  /** Each row is its key, then its cells. */
  rows: readonly (readonly [key: string | number, ...cells: ReactNode[]])[];
  /** The first cell names its row (the week), so it is a row header. */
  rowHeader?: boolean;
  children?: ReactNode;
}

function SeedTable({ caption, labelledBy, columns, rows, rowHeader = false, children }: SeedTableProps) {
  return (
    <div className="table-wrap">
      {children}
      <table aria-labelledby={labelledBy}>
        {caption && <caption>{caption}</caption>}
        <TableHead columns={columns} />
        <tbody>
          {rows.map(([key, first, ...rest]) => (
            <tr key={key}>
              {rowHeader ? <th scope="row">{first}</th> : <td>{first}</td>}
              {rest.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
