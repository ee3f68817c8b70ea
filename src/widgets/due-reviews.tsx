import { lazy, Suspense } from 'react';

// Loaded after the page it sits on: the review plan's code is not part of Today's or the miss log's first load.
const DueReviewsCard = lazy(() => import('./due-reviews-card').then((m) => ({ default: m.DueReviewsCard })));

/** How many miss rules are due for review today, with the way in. Shown on Today and the miss log. */
export function DueReviews() {
  return (
    <Suspense
      fallback={
        <section className="card" aria-labelledby="due-reviews-heading">
          <h2 id="due-reviews-heading">Rule review</h2>
          <p className="muted">Counting the rules due…</p>
        </section>
      }
    >
      <DueReviewsCard />
    </Suspense>
  );
}
