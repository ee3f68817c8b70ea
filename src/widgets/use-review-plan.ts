import { useMemo } from 'react';
import type { IsoDate } from '../domain/dates';
import { indexRules, planFromIndex, type ReviewItem, type ReviewPlanInput } from '../domain/review-schedule';
import { useAppStore } from '../store/use-app-store';

/**
 * What the review schedule reads from the store, each part rebuilt only when its own rows change: a grade
 * changes the cards and logs, never the misses, so the misses' list keeps its identity and their index
 * (`useReviewPlan`) is not rebuilt.
 */
export function useReviewPlanInput(today: IsoDate): ReviewPlanInput {
  const missRows = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const cards = useAppStore((s) => s.reviewCards);
  const logRows = useAppStore((s) => s.reviewLogs);
  const examDate = useAppStore((s) => s.setup.examDate);
  const misses = useMemo(() => Object.values(missRows), [missRows]);
  const setDates = useMemo(() => new Map(Object.values(sets).map((set) => [set.id, set.date])), [sets]);
  const logs = useMemo(() => Object.values(logRows), [logRows]);
  return useMemo(
    () => ({ misses, setDates, cards, logs, examDate, today }),
    [misses, setDates, cards, logs, examDate, today],
  );
}

/** Every rule's due date and why, rebuilt only when the rows it reads or the day change. */
export function useReviewPlan(today: IsoDate): ReviewItem[] {
  const input = useReviewPlanInput(today);
  const { misses, setDates } = input;
  const index = useMemo(() => indexRules(misses, setDates), [misses, setDates]);
  return useMemo(() => planFromIndex(index, input), [index, input]);
}
