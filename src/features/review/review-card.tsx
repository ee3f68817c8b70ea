import { useEffect, useRef } from 'react';
import { formatShortDate, localIsoDate } from '../../domain/dates';
import type { MissRecord, MixedSetRecord } from '../../domain/records';
import { cueOf } from '../../domain/review-anki';
import { needsRewrite, reviewRatings } from '../../domain/review-grades';
import type { ReviewCardRecord, ReviewRating } from '../../domain/review-records';
import type { LaneId } from '../../domain/seed';
import { domainLabel, failureModeLabel, laneLabel } from '../../domain/seed-lookups';
import { RuleRewrite } from './review-parts';

interface ReviewCardProps {
  miss: MissRecord;
  set: MixedSetRecord | undefined;
  card: ReviewCardRecord | undefined;
  lane: LaneId | null;
  reason: string;
  position: string;
  revealed: boolean;
  /** When each grade would bring it back ("in 3 days"), once shown. */
  previews: Record<ReviewRating, string> | undefined;
  onReveal(): void;
  onGrade(rating: ReviewRating): void;
}

/** One rule: the cue to recall it from, then, once shown, the rule, its safer action and the four grades. */
export function ReviewCard({
  miss,
  set,
  card,
  lane,
  reason,
  position,
  revealed,
  previews,
  onReveal,
  onGrade,
}: ReviewCardProps) {
  const showButton = useRef<HTMLButtonElement>(null);
  const goodButton = useRef<HTMLButtonElement>(null);
  // Focus follows the step, so Space and Enter keep working on the control a keyboard user is on.
  useEffect(() => {
    (revealed ? goodButton : showButton).current?.focus({ preventScroll: true });
  }, [revealed]);

  const cue = cueOf(miss);
  const domain = domainLabel(miss.domain);
  const mode = failureModeLabel(miss.failureMode);
  const from = set
    ? `${set.label}, ${formatShortDate(set.date)}`
    : `a session on ${formatShortDate(localIsoDate(miss.createdAt))}`;

  return (
    <section className="card review-card" aria-labelledby="review-cue-heading">
      <p className="hint">
        Card {position} · {reason}
      </p>
      <h2 id="review-cue-heading">{cue || 'Recall the rule you should have used'}</h2>
      <dl className="review-context">
        <div>
          <dt>Set</dt>
          <dd>{from}</dd>
        </div>
        {domain && (
          <div>
            <dt>Domain</dt>
            <dd>{domain}</dd>
          </div>
        )}
        {mode && (
          <div>
            <dt>Failure mode</dt>
            <dd>
              {mode}
              {lane && ` (${laneLabel(lane)})`}
            </dd>
          </div>
        )}
      </dl>
      {revealed ? (
        <div className="review-answer">
          <p className="review-rule">{miss.rule}</p>
          {miss.saferAction.trim() && <p>Safer action: {miss.saferAction}</p>}
          {needsRewrite(card, miss.rule) && <RuleRewrite miss={miss} slips={card!.slips} />}
          <div className="review-grades" role="group" aria-label="How well did you recall it?">
            {reviewRatings.map(({ rating, label, meaning }) => (
              <button
                key={rating}
                type="button"
                ref={rating === 3 ? goodButton : undefined}
                className={rating === 3 ? undefined : 'secondary'}
                aria-keyshortcuts={String(rating)}
                onClick={() => onGrade(rating)}
              >
                <span>
                  <kbd>{rating}</kbd> {label}
                </span>
                <span className="review-grade-meaning">{meaning}</span>
                {previews && <span className="review-grade-meaning">{previews[rating]}</span>}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p className="actions">
          <button type="button" ref={showButton} aria-keyshortcuts="Space" onClick={onReveal}>
            Show the rule <kbd>Space</kbd>
          </button>
        </p>
      )}
    </section>
  );
}
