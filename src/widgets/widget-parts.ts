import { createElement } from 'react';
import { hasRows } from '../store/selectors';
import type { Store } from '../store/store-types';
import { lazyPart } from '../ui/lazy-part';
import { CountingRules, RuleReviewCard } from './rule-review-card';

// Widgets whose code has nothing to show until the learner has misses: a first visit does not load them, and a
// returning learner's views preload them while the store hydrates (each route's `preloadParts`).

/** The collapse rule and the lane repair, once there is a miss to judge. */
export const CollapsingLaneBanner = lazyPart(() =>
  import('./collapsing-lane-banner').then((m) => m.CollapsingLaneBanner),
);

/** The review schedule, once a miss has a rule to review. */
export const DueReviewsCard = lazyPart(
  () => import('./due-reviews-card').then((m) => m.DueReviewsCard),
  createElement(RuleReviewCard, null, createElement(CountingRules)),
);

/** What the widgets need for this learner's data, fetched while the store hydrates. */
export function preloadWidgetParts(state: Store): Promise<unknown> {
  return hasRows(state.misses)
    ? Promise.all([CollapsingLaneBanner.preload(), DueReviewsCard.preload()])
    : Promise.resolve();
}
