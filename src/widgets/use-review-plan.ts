import { useMemo } from 'react';
import type { IsoDate } from '../domain/dates';
import { buildReviewPlan, type ReviewItem, type ReviewPlanInput } from '../domain/review-schedule';
import { useAppStore } from '../store/use-app-store';

/** What the review schedule reads from the store, rebuilt only when those rows or the day change. */
export function useReviewPlanInput(today: IsoDate): ReviewPlanInput {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const cards = useAppStore((s) => s.reviewCards);
  const logs = useAppStore((s) => s.reviewLogs);
  const examDate = useAppStore((s) => s.setup.examDate);
  return useMemo(
    () => ({
      misses: Object.values(misses),
      setDates: new Map(Object.values(sets).map((set) => [set.id, set.date])),
      cards,
      logs: Object.values(logs),
      examDate,
      today,
    }),
    [misses, sets, cards, logs, examDate, today],
  );
}

/** Every rule's due date and why, rebuilt only when the rows it reads or the day change. */
export function useReviewPlan(today: IsoDate): ReviewItem[] {
  const input = useReviewPlanInput(today);
  return useMemo(() => buildReviewPlan(input), [input]);
}
