import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { addDays, formatShortDate } from '../domain/dates';
import { countOf, dueForecast } from '../domain/review-schedule';
import { useAppStore } from '../store/use-app-store';
import { useToday } from '../ui/use-now';
import { useReviewPlan } from './use-review-plan';

/** The due count itself; mounted through `DueReviews` (due-reviews.tsx) so it loads after the page. */
export function DueReviewsCard() {
  const today = useToday();
  const plan = useReviewPlan(today);
  const examDate = useAppStore((s) => s.setup.examDate);
  const [dueNow = 0, tomorrow = 0] = useMemo(() => dueForecast(plan, today, 2), [plan, today]);
  const next = useMemo(
    () =>
      plan.reduce<string | null>(
        (soonest, item) =>
          item.due && item.due > today && (!soonest || item.due < soonest) ? item.due : soonest,
        null,
      ),
    [plan, today],
  );
  return (
    <section className="card" aria-labelledby="due-reviews-heading">
      <h2 id="due-reviews-heading">Rule review</h2>
      {plan.length === 0 ? (
        <p className="muted">
          Each one-sentence rule you write in the miss log becomes a review card, scheduled to be fresh on
          exam day.
        </p>
      ) : examDate && today >= examDate ? (
        <ExamOverNote />
      ) : dueNow > 0 ? (
        <>
          <p>
            <span className="stat">{dueNow}</span> {dueNow === 1 ? 'rule is' : 'rules are'} due today
            {tomorrow > 0 && `; ${countOf(tomorrow, 'rule')} tomorrow`}.
          </p>
          <p>
            <Link className="button" to="/review">
              Review now
            </Link>
          </p>
        </>
      ) : (
        <p>
          No rules due today.
          {next &&
            ` Next: ${formatShortDate(next)}${next === addDays(today, 1) ? ` (${countOf(tomorrow, 'rule')})` : ''}.`}{' '}
          <Link to="/review">Open rule review</Link>
        </p>
      )}
    </section>
  );
}

/** Shown once the exam day has come, here and in the review's summary. */
export function ExamOverNote() {
  return (
    <p>
      Reviews stop on exam day. Taking it again? <Link to="/plan">Set your new exam date</Link> and your rules
      come back, aimed at it.
    </p>
  );
}
