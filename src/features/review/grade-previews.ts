import { addDays, daysBetween, formatShortDate, type IsoDate } from '../../domain/dates';
import { gradeCard, type GradeInput } from '../../domain/review-fsrs';
import type { ReviewRating } from '../../domain/review-records';
import { countText } from '../../domain/count-text';
import { buildReviewPlan, type ReviewPlanInput } from '../../domain/review-schedule';

const ratings: ReviewRating[] = [1, 2, 3, 4];

/**
 * When each grade would bring the rule back, with the exam's limits applied (as Anki shows intervals on its
 * buttons): the whole plan is rebuilt with the card as that grade would leave it.
 */
export function gradePreviews(
  grade: Omit<GradeInput, 'rating' | 'logId'>,
  plan: ReviewPlanInput,
): Record<ReviewRating, string> {
  const previews = {} as Record<ReviewRating, string>;
  const logs = [...plan.logs];
  for (const rating of ratings) {
    const { card, log } = gradeCard({ ...grade, rating, logId: 'preview' });
    const item = buildReviewPlan({
      ...plan,
      cards: { ...plan.cards, [card.missId]: card },
      logs: [...logs, log],
    }).find((i) => i.missId === card.missId);
    previews[rating] = describeNext(item?.due ?? null, plan.today);
  }
  return previews;
}

function describeNext(due: IsoDate | null, today: IsoDate): string {
  if (due === null) return 'none, it rests until the exam';
  if (due === addDays(today, 1)) return 'tomorrow';
  const days = daysBetween(today, due);
  return days <= 14 ? `in ${countText(days, 'day')}` : formatShortDate(due);
}
