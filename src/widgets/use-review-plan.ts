import { useMemo, useState } from 'react';
import type { IsoDate } from '../domain/dates';
import { nextReviewPlan, reviewPlan, type ReviewPlan, type ReviewRows } from '../domain/review-plan';
import { indexRules, type ReviewItem, type ReviewPlanInput } from '../domain/review-schedule';
import { useAppStore } from '../store/use-app-store';

/**
 * What the review schedule reads from the store, each part rebuilt only when its own rows change: a grade
 * changes the cards and logs, never the misses, so the misses' list keeps its identity and their index
 * (`useReviewQueue`) is not rebuilt.
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

/**
 * Every rule's due date and today's queue, kept from render to render: a grade or an undo updates the plan
 * it leaves behind (`nextReviewPlan`) instead of rebuilding it over every rule.
 */
export function useReviewQueue(today: IsoDate): ReviewPlan {
  const { misses, setDates, cards, examDate } = useReviewPlanInput(today);
  const logs = useAppStore((s) => s.reviewLogs);
  const index = useMemo(() => indexRules(misses, setDates), [misses, setDates]);
  const rows = useMemo<ReviewRows>(() => ({ cards, logs, examDate, today }), [cards, logs, examDate, today]);
  const [plan, setPlan] = useState(() => reviewPlan(index, rows));
  if (plan.index === index && plan.rows === rows) return plan;
  // React's way to derive state from the previous render: this render uses the new plan at once.
  const next = nextReviewPlan(plan, index, rows);
  setPlan(next);
  return next;
}

/** Every rule's due date and why, updated change by change. */
export function useReviewPlan(today: IsoDate): readonly ReviewItem[] {
  return useReviewQueue(today).items;
}
