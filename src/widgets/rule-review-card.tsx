import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The frame of the rule-review count on Today and the miss log, shared by its loading, empty and full states. */
export function RuleReviewCard({ children }: { children: ReactNode }) {
  return (
    <section className="card" aria-labelledby="due-reviews-heading">
      <h2 id="due-reviews-heading">Rule review</h2>
      {children}
    </section>
  );
}

export function NoRulesYet() {
  return (
    <p className="muted">
      Each one-sentence rule you write in the miss log becomes a review card, scheduled to be fresh on exam
      day.
    </p>
  );
}

export function CountingRules() {
  return <p className="muted">Counting the rules due…</p>;
}

/** Shown once the exam day has come, here and in the review's summary. */
export function ExamOverNote() {
  return (
    <p>
      Reviews stop on exam day. Taking it again? <Link to="/plan">Set your new exam date</Link> and your rules
      come back, aimed at it.
    </p>
  );
}
