import { ChartFigure } from './chart-figure';
import { formatShortDate } from '../domain/dates';
import type { PaceChange } from '../domain/pace-history';
import { studyWeekName, type StudyWeek } from '../domain/study-calendar';
import type { IsoDate } from '../domain/dates';
import { countText } from '../domain/count-text';
import { minutesText } from '../domain/duration-text';
import './charts.css';
import { TableHead } from './table-head';

const gap = 8;
/** Bars widen to fill about this width on a short route and narrow (then scroll) on a long one. */
const targetWidth = 560;
const plotHeight = 140;
const left = 30;
const bottom = 18;

const promiseText: Record<StudyWeek['promise'], string> = {
  'no-band': 'no hours band set',
  below: 'below the promise',
  within: 'kept the promise',
  above: 'above the promise',
  'in-progress': 'in progress',
  upcoming: 'to come',
};

export interface HoursBand {
  label: string;
  minHours: number;
  maxHours: number;
}

/**
 * Hours studied in each route week as bars against the promised band (the shaded stripe), with a flag on the week
 * the pace check changed its advice. The same numbers, study days per week and the advice are in the table.
 */
export function WeekHoursChart({
  weeks,
  routeWeeks,
  examDate,
  band,
  paceChanges,
}: {
  weeks: readonly StudyWeek[];
  /** Weeks of the route itself; later weeks are named by what they are for (after the route, last 7 days). */
  routeWeeks: number;
  examDate: IsoDate | null;
  band: HoursBand | null;
  paceChanges: readonly PaceChange[];
}) {
  if (weeks.length === 0) return null;
  const maxHours = Math.max(
    band ? band.maxHours * 1.15 : 1,
    ...weeks.map((week) => (week.minutes / 60) * 1.1),
  );
  const y = (hours: number) => plotHeight - (hours / maxHours) * plotHeight;
  const barWidth = Math.max(14, Math.min(44, Math.floor(targetWidth / weeks.length) - gap));
  const width = left + weeks.length * (barWidth + gap);
  const height = plotHeight + bottom;
  const changeOf = new Map(paceChanges.map((change) => [change.week, change]));
  const nameOf = (week: StudyWeek) => studyWeekName(week, routeWeeks, examDate);
  const kept = weeks.filter((week) => week.promise === 'within' || week.promise === 'above').length;
  const judged = weeks.filter((week) => ['below', 'within', 'above'].includes(week.promise)).length;
  const summary = band
    ? `Hours per week against your promised ${band.label}: ${countText(kept, 'week', 'weeks')} of ${judged} finished ${judged === 1 ? 'week' : 'weeks'} kept it.`
    : 'Hours per week. Choose your hours per week on the Plan page to compare them with a promise.';

  return (
    <ChartFigure
      className="week-hours"
      scrollClassName="chart-scroll"
      plotClassName="week-hours-plot"
      caption={summary}
      width={width}
      height={height}
      plot={
        <>
          {band && (
            <rect
              className="band"
              x={left - 4}
              width={width - left + 4}
              y={y(band.maxHours)}
              height={y(band.minHours) - y(band.maxHours)}
            />
          )}
          {band &&
            [band.minHours, band.maxHours].map((hours) => (
              <text key={hours} className="axis-label" x={left - 6} y={y(hours) + 4} textAnchor="end">
                {hours}
              </text>
            ))}
          <line className="axis" x1={left - 4} x2={width} y1={plotHeight} y2={plotHeight} />
          {weeks.map((week, i) => {
            const x = left + i * (barWidth + gap);
            const hours = week.minutes / 60;
            const change = changeOf.get(week.week);
            return (
              <g key={week.from} className={`week-bar ${week.promise}`}>
                <rect x={x} width={barWidth} y={y(hours)} height={plotHeight - y(hours)} />
                {change && (
                  <path
                    className={change.realBand ? 'pace-flag' : 'pace-flag back'}
                    d={`M${x + barWidth / 2 - 5} 0 h10 l-5 8 z`}
                  />
                )}
                <text className="axis-label" x={x + barWidth / 2} y={height - 4} textAnchor="middle">
                  {nameOf(week).short}
                </text>
              </g>
            );
          })}
        </>
      }
    >
      <p className="heatmap-legend" aria-hidden="true">
        <span className="swatch band" /> promised band <span className="swatch pace-flag" /> pace check warned{' '}
        <span className="swatch pace-flag back" /> back on pace
      </p>
      <div className="table-wrap">
        <table>
          <caption>Hours and study days per week</caption>
          <TableHead
            columns={[
              'Week',
              'Dates',
              { label: 'Study days', num: true },
              { label: 'Hours', num: true },
              'Promise',
              'Pace check',
            ]}
          />
          <tbody>
            {weeks.map((week) => (
              <tr key={week.from} data-week={week.week}>
                <th scope="row">{nameOf(week).name}</th>
                <td>
                  {formatShortDate(week.from)} – {formatShortDate(week.to)}
                </td>
                <td className="num">
                  {week.promise === 'upcoming' ? '–' : `${week.studyDays} of ${week.daysElapsed}`}
                </td>
                <td className="num">{minutesText(week.minutes)}</td>
                <td>{promiseText[week.promise]}</td>
                <td>{changeOf.get(week.week)?.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFigure>
  );
}
