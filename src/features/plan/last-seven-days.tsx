import { useRouteTicks } from '../../store/selectors';
import { useMemo } from 'react';
import { countdownTickId, lastSevenDayPlan } from '../../domain/exam-countdown';
import { formatShortDate } from '../../domain/dates';
import { progressOf } from '../../domain/progress';
import { lastSevenDays } from '../../domain/seed';
import { useAppStore } from '../../store/use-app-store';
import { ProgressBar } from '../../ui/progress-bar';
import { TaskCheckbox } from '../../widgets/task-checkbox';
import { useToday } from '../../ui/use-now';
import { TableHead } from '../../ui/table-head';

export function LastSevenDays() {
  const examDate = useAppStore((s) => s.setup.examDate);
  const ticks = useRouteTicks();
  const today = useToday();
  const days = useMemo(() => (examDate ? lastSevenDayPlan(examDate) : null), [examDate]);
  const progress = progressOf(
    lastSevenDays.map(({ day }) => countdownTickId(day)),
    (id) => id in ticks,
  );
  return (
    <section className="card" aria-labelledby="last-7-heading" id="last-7">
      <h2 id="last-7-heading">Last 7-day compression plan</h2>
      {!days && <p className="muted">Set your exam date to place these days on your calendar.</p>}
      <div className="table-wrap">
        <table>
          <TableHead columns={['Day', 'Date', 'Focus']} />
          <tbody>
            {lastSevenDays.map(({ day, focus }) => {
              const date = days?.find((d) => d.day === day)?.date;
              return (
                <tr key={day} aria-current={date === today ? 'date' : undefined}>
                  <th scope="row">{day}</th>
                  <td>
                    {date ? formatShortDate(date) : '—'}
                    {date === today && <span className="badge"> Today</span>}
                  </td>
                  <td>
                    <TaskCheckbox id={countdownTickId(day)} label={focus} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ProgressBar label="Last 7 days" progress={progress} />
    </section>
  );
}
