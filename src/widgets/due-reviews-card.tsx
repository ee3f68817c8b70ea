import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { addDays, formatShortDate } from '../domain/dates';
import { countText } from '../domain/count-text';
import { dueForecast } from '../domain/review-schedule';
import { useAppStore } from '../store/use-app-store';
import { useToday } from '../ui/use-now';
import { ExamOverNote, NoRulesYet, RuleReviewCard } from './rule-review-card';
import { useReviewPlan } from './use-review-plan';

/** The due count itself; mounted through `DueReviews` (due-reviews.tsx) once there are misses. */
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
    <RuleReviewCard>
      {plan.length === 0 ? (
        <NoRulesYet />
      ) : examDate && today >= examDate ? (
        <ExamOverNote />
      ) : dueNow > 0 ? (
        <>
          <p>
            <span className="stat">{dueNow}</span> {dueNow === 1 ? 'rule is' : 'rules are'} due today
            {tomorrow > 0 && `; ${countText(tomorrow, 'rule')} tomorrow`}.
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
            ` Next: ${formatShortDate(next)}${next === addDays(today, 1) ? ` (${countText(tomorrow, 'rule')})` : ''}.`}{' '}
          <Link to="/review">Open rule review</Link>
        </p>
      )}
    </RuleReviewCard>
  );
}
