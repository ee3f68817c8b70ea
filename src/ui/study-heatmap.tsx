import { ChartFigure } from './chart-figure';
import { daysBetween, formatLongDate, formatShortDate, type IsoDate } from '../domain/dates';
import { intensityOf, isStudyDay, type StudyDay } from '../domain/study-calendar';
import { minutesText } from '../domain/duration-text';
import { countText } from '../domain/count-text';
import './charts.css';
import { TableHead } from './table-head';

const gap = 3;
const left = 34;
/** The grid aims at this width: a short route gets big squares, a long one small squares and a scroll. */
const targetWidth = 600;
const legendCell = 14;
const top = 16;

function dayText(day: StudyDay): string {
  const parts = [day.minutes >= 1 ? minutesText(day.minutes) : 'no timed study'];
  if (day.ticks) parts.push(countText(day.ticks, 'task ticked', 'tasks ticked'));
  if (day.sets) parts.push(countText(day.sets, 'mixed set', 'mixed sets'));
  return parts.join(', ');
}

/**
 * Every day from the start to the exam as a grid of squares, one column per route week (it starts on the start
 * date's weekday, like the plan), shaded by study time. Today and the exam day are ringed. The picture is for the
 * eye; its summary is the image's name, and the same days are a table for screen readers and for copying.
 */
export function StudyHeatmap({
  days,
  weekAnchor,
  today,
  examDate,
}: {
  days: readonly StudyDay[];
  /** A date on which a column starts: the route's start date, or the first day shown. */
  weekAnchor: IsoDate;
  today: IsoDate;
  examDate: IsoDate | null;
}) {
  const first = days[0];
  if (!first) return null;
  const firstColumn = Math.floor(daysBetween(weekAnchor, first.date) / 7);
  const place = (date: IsoDate) => {
    const offset = daysBetween(weekAnchor, date);
    return { column: Math.floor(offset / 7) - firstColumn, row: ((offset % 7) + 7) % 7 };
  };
  const columns = place(days.at(-1)!.date).column + 1;
  const cell = Math.max(11, Math.min(22, Math.floor((targetWidth - left) / columns) - gap));
  const pitch = cell + gap;
  const width = left + columns * pitch;
  const height = top + 7 * pitch;
  const rowLabels = Array.from({ length: 7 }, (_, row) => {
    const date = days.find((day) => place(day.date).row === row)?.date;
    return date ? formatShortDate(date).slice(0, 3) : '';
  });
  const columnWeeks = new Map<number, number>();
  for (const day of days) if (day.week > 0) columnWeeks.set(place(day.date).column, day.week);

  const studied = days.filter((day) => day.date <= today && isStudyDay(day)).length;
  const lived = days.filter((day) => day.date <= today).length;
  const totalMinutes = days.reduce((sum, day) => sum + day.minutes, 0);
  const range = `Study calendar from ${formatLongDate(first.date)} to ${formatLongDate(days.at(-1)!.date)}:`;
  const tally = `${countText(studied, 'study day', 'study days')} of ${countText(lived, 'day', 'days')} so far, ${minutesText(totalMinutes)} of timed or logged study.`;

  return (
    <ChartFigure
      className="heatmap"
      scrollClassName="heatmap-scroll"
      plotClassName="heatmap-grid"
      // Two lines, each its own paint: one long caption would outweigh the page's lead as the largest paint.
      caption={
        <>
          <span className="caption-line">{range}</span> <span className="caption-line">{tally}</span>
        </>
      }
      width={width}
      height={height}
      plot={
        <>
          {rowLabels.map((label, row) => (
            <text key={row} x={0} y={top + row * pitch + cell / 2 + 4} className="heatmap-label">
              {label}
            </text>
          ))}
          <text x={0} y={top - 5} className="heatmap-label">
            Week
          </text>
          {[...columnWeeks].map(([column, week]) => (
            <text key={column} x={left + column * pitch} y={top - 5} className="heatmap-label">
              {week}
            </text>
          ))}
          {days.map((day) => {
            const { column, row } = place(day.date);
            const marks = [day.date === today && 'today', day.date === examDate && 'exam'].filter(Boolean);
            return (
              <rect
                key={day.date}
                x={left + column * pitch}
                y={top + row * pitch}
                width={cell}
                height={cell}
                rx={2}
                className={[`level-${intensityOf(day)}`, ...marks, day.date > today && 'future']
                  .filter(Boolean)
                  .join(' ')}
                data-date={day.date}
              >
                <title>
                  {`${formatShortDate(day.date)}${marks.length ? ` (${marks.join(', ')})` : ''}: ${dayText(day)}`}
                </title>
              </rect>
            );
          })}
        </>
      }
    >
      <div className="heatmap-legend" aria-hidden="true">
        <span>Less</span>
        {[0, 1, 2, 3, 4].map((level) => (
          <svg key={level} width={legendCell} height={legendCell}>
            <rect width={legendCell} height={legendCell} rx={2} className={`level-${level}`} />
          </svg>
        ))}
        <span>More (90 min or more)</span>
        <svg width={legendCell} height={legendCell}>
          <rect x={1} y={1} width={legendCell - 2} height={legendCell - 2} rx={2} className="level-0 today" />
        </svg>
        <span>Today</span>
        <svg width={legendCell} height={legendCell}>
          <rect x={1} y={1} width={legendCell - 2} height={legendCell - 2} rx={2} className="level-0 exam" />
        </svg>
        <span>Exam</span>
      </div>
      <details className="chart-table">
        <summary>Every day as a table</summary>
        <div className="table-wrap">
          <table>
            <caption>Study per day</caption>
            <TableHead
              columns={[
                'Date',
                { label: 'Week', num: true },
                { label: 'Study time', num: true },
                { label: 'Ticks', num: true },
                { label: 'Sets', num: true },
              ]}
            />
            <tbody>
              {days.map((day) => (
                <tr key={day.date}>
                  <th scope="row">
                    {formatShortDate(day.date)}
                    {day.date === today && ' (today)'}
                    {day.date === examDate && ' (exam)'}
                  </th>
                  <td className="num">{day.week || '–'}</td>
                  <td className="num">{minutesText(day.minutes)}</td>
                  <td className="num">{day.ticks}</td>
                  <td className="num">{day.sets}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </ChartFigure>
  );
}
