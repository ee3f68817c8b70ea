import { addDays, daysBetween, formatShortDate, type IsoDate } from '../../domain/dates';
import { gradeCard, type GradeInput } from '../../domain/review-fsrs';
import type { ReviewRating } from '../../domain/review-records';
import { countText } from '../../domain/count-text';
import { buildReviewPlan } from '../../domain/review-plan';
import { dueAfterGrade, type ReviewItem, type ReviewPlanInput } from '../../domain/review-schedule';

// The review view loads this module (and ts-fsrs with it) with import() once a rule is shown, so a first visit's
// document does not fetch the scheduler before the view can paint.
export { gradeCard };
export { cardFromLogs } from '../../domain/review-replay';

const ratings: ReviewRating[] = [1, 2, 3, 4];

/**
 * When each grade would bring the rule back, with the exam's limits applied (as Anki shows intervals on its
 * buttons). It is shown on every reveal, so it is worked out from the card's plan item; the whole plan (all
 * rules: 50,000 for some learners) is rebuilt only in the one case the item cannot tell.
 */
export function gradePreviews(
  grade: Omit<GradeInput, 'rating' | 'logId'>,
  item: ReviewItem,
  plan: ReviewPlanInput,
): Record<ReviewRating, string> {
  const previews = {} as Record<ReviewRating, string>;
  for (const rating of ratings) {
    const { card, log } = gradeCard({ ...grade, rating, logId: 'preview' });
    const quick = dueAfterGrade(item, card.due, grade.now, plan.examDate, plan.today);
    const due = quick
      ? quick.due
      : (buildReviewPlan({
          ...plan,
          cards: { ...plan.cards, [card.missId]: card },
          logs: [...plan.logs, log],
        }).find((i) => i.missId === card.missId)?.due ?? null);
    previews[rating] = describeNext(due, plan.today);
  }
  return previews;
}

function describeNext(due: IsoDate | null, today: IsoDate): string {
  if (due === null) return 'none, it rests until the exam';
  if (due === addDays(today, 1)) return 'tomorrow';
  const days = daysBetween(today, due);
  return days <= 14 ? `in ${countText(days, 'day')}` : formatShortDate(due);
}
