import { useMemo } from 'react';
import type { IsoDate } from '../domain/dates';
import { buildReviewPlan, type ReviewItem } from '../domain/review-schedule';
import { useAppStore } from '../store/use-app-store';

/** Every rule's due date and why, rebuilt only when the rows it reads or the day change. */
export function useReviewPlan(today: IsoDate): ReviewItem[] {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const cards = useAppStore((s) => s.reviewCards);
  const logs = useAppStore((s) => s.reviewLogs);
  const examDate = useAppStore((s) => s.setup.examDate);
  return useMemo(
    () =>
      buildReviewPlan({
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
