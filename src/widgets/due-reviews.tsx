import { useHasRows } from '../store/selectors';
import { NoRulesYet, RuleReviewCard } from './rule-review-card';
import { DueReviewsCard } from './widget-parts';

/** How many miss rules are due for review today, with the way in. Shown on Today and the miss log. */
export function DueReviews() {
  // Rules come from misses: without one there is nothing to schedule, so the schedule's code is not loaded.
  return useHasRows('misses') ? (
    <DueReviewsCard />
  ) : (
    <RuleReviewCard>
      <NoRulesYet />
    </RuleReviewCard>
  );
}
