import { useId, useState } from 'react';
import { bookingIntro, bookingChecks } from '../../domain/seed';
import { maxJustificationLength, type SelfCheckId } from '../../store/plan-slice';
import { useAppStore } from '../../store/use-app-store';
import { restoredMessage, useDraft } from '../../platform/drafts';
import { LeftDraftOffer } from '../../ui/left-draft-offer';
import { NarrowingCheck } from '../../widgets/booking-summary';
import { LatestPracticeExam } from '../../widgets/latest-practice-exam';
import { useBookingVerdict } from '../../widgets/use-booking-verdict';

export function BookingChecks() {
  return (
    <section className="card" aria-labelledby="booking-heading" id="booking">
      <h2 id="booking-heading">Booking signal</h2>
      <p>{bookingIntro}</p>
      <ul className="task-list">
        {bookingChecks.map((check) =>
          check.computed ? (
            <li key={check.id}>
              <NarrowingCheck text={check.text} />
            </li>
          ) : (
            <li key={check.id}>
              <SelfCheck id={check.id} text={check.text} />
            </li>
          ),
        )}
      </ul>
      <LatestPracticeExam />
      <BookingVerdictLine />
    </section>
  );
}

function SelfCheck({ id, text }: { id: SelfCheckId; text: string }) {
  const saved = useAppStore((s) => s.signals[id]);
  const saveSelfCheck = useAppStore((s) => s.saveSelfCheck);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const justification = draft ?? saved?.justification ?? '';
  const checked = saved?.checked ?? false;
  const checkboxId = useId();
  const fieldId = useId();

  const save = async (nextChecked: boolean, nextText: string) => {
    const outcome = await saveSelfCheck(id, nextChecked, nextText);
    setError(outcome.ok ? null : outcome.message);
    // Only once stored does the field stop holding its own copy; text typed meanwhile stays.
    if (outcome.ok) setDraft((current) => (current === nextText ? null : current));
  };
  // A justification typed before the box is ticked is kept as a draft from the first keystroke, so a reload
  // or a closed tab before the tick or blur does not lose it. The `signal:` prefix is the stored draft key, kept so
  // drafts saved by earlier releases still restore.
  const { restored, left } = useDraft(`signal:${id}`, draft, draft !== null, setDraft);

  return (
    <div className="choice">
      <input
        id={checkboxId}
        type="checkbox"
        checked={checked}
        onChange={(event) => void save(event.target.checked, justification)}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      <div className="grow">
        <label htmlFor={checkboxId}>{text}</label>
        <div className="field">
          <label htmlFor={fieldId} className="hint">
            Why this is true for you (one line)
          </label>
          <input
            id={fieldId}
            type="text"
            maxLength={maxJustificationLength}
            value={justification}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-error` : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              if (checked || saved) void save(checked, event.target.value);
              else setError(null);
            }}
            onBlur={() => {
              if (draft !== null && !error) void save(checked, draft);
            }}
          />
          <LeftDraftOffer left={left} what="justification" />
          {restored && draft !== null && (
            <p className="hint" role="status">
              {restoredMessage}
            </p>
          )}
          {error && (
            <p id={`${fieldId}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function BookingVerdictLine() {
  const verdict = useBookingVerdict();
  return (
    <p className={verdict.status === 'collapsing' ? 'message warning' : undefined} role="status">
      {verdict.status !== 'sat' && `${verdict.onCount} of ${verdict.of} signals on. `}
      {verdict.message}
    </p>
  );
}
