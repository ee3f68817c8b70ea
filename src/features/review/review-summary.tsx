import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { addDays, formatShortDate, localIsoDate, type IsoDate } from '../../domain/dates';
import { reviewRatings } from '../../domain/review-grades';
import { countText } from '../../domain/count-text';
import { dueForecast, type ReviewItem } from '../../domain/review-schedule';
import { useAppStore } from '../../store/use-app-store';
import { ExamOverNote } from '../../widgets/rule-review-card';

const forecastDays = 7;

/** "Done for today": what today's grades were, and what the next days hold. */
export function ReviewSummary({ plan, today }: { plan: readonly ReviewItem[]; today: IsoDate }) {
  const logs = useAppStore((s) => s.reviewLogs);
  const examDate = useAppStore((s) => s.setup.examDate);
  const examOver = examDate !== null && today >= examDate;
  const todays = useMemo(
    () => Object.values(logs).filter((log) => localIsoDate(log.reviewedAt) === today),
    [logs, today],
  );
  const forecast = useMemo(() => dueForecast(plan, today, forecastDays), [plan, today]);
  const resting = plan.filter((item) => item.due === null).length;

  return (
    <section className="card" aria-labelledby="review-summary-heading">
      <h2 id="review-summary-heading">{plan.length === 0 ? 'No rules to review yet' : 'Done for today'}</h2>
      {plan.length === 0 ? (
        <p>
          Every one-sentence rule you record in the <Link to="/misses">miss log</Link> becomes a card here,
          starting from its set&apos;s date.
        </p>
      ) : todays.length > 0 ? (
        <p>
          You reviewed {countText(todays.length, 'rule')} today:{' '}
          {reviewRatings
            .map(({ rating, label }) => `${todays.filter((log) => log.rating === rating).length} ${label}`)
            .join(', ')}
          .{todays.some((log) => log.rating === 1) && ' The slipped ones come back tomorrow.'}
        </p>
      ) : (
        <p>No rules are due today.</p>
      )}
      {examOver && plan.length > 0 && <ExamOverNote />}
      {plan.length > 0 && !examOver && (
        <>
          <h3>Coming up</h3>
          <ul className="review-forecast">
            {forecast.slice(1).map((count, index) => (
              <li key={index}>
                {formatShortDate(addDays(today, index + 1))}: {countText(count, 'rule')}
              </li>
            ))}
          </ul>
          {resting > 0 && (
            <p className="hint">
              {countText(resting, 'rule')} already had {resting === 1 ? 'its' : 'their'} last-7-day review and
              rest until the exam.
            </p>
          )}
        </>
      )}
    </section>
  );
}
