import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { addDays, type IsoDate } from '../../domain/dates';
import type { ExamResult } from '../../domain/records';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-now';

const answers: { result: ExamResult; label: string }[] = [
  { result: 'passed', label: 'Passed' },
  { result: 'not-yet', label: 'Not yet' },
  { result: 'rescheduled', label: 'Rescheduled' },
];

/**
 * Judgment rule 7, after the exam: "how did it go", kept as a settings row for this exam date. A result ends the
 * coaching for that exam: passed is congratulations and what to keep; "not yet" and "rescheduled" ask the date.
 */
export function ExamOutcome({ examDate }: { examDate: IsoDate }) {
  const outcome = useAppStore((s) => s.examOutcome);
  const setExamOutcome = useAppStore((s) => s.setExamOutcome);
  const current = outcome?.examDate === examDate ? outcome.result : null;
  return (
    <section className="card highlight" aria-labelledby="exam-outcome-heading">
      <h2 id="exam-outcome-heading">How did it go?</h2>
      <fieldset>
        <legend>Your exam result</legend>
        {answers.map((answer) => (
          <label key={answer.result} className="choice">
            <input
              type="radio"
              name="exam-outcome"
              checked={current === answer.result}
              onChange={() => void setExamOutcome(examDate, answer.result)}
            />
            <span>{answer.label}</span>
          </label>
        ))}
      </fieldset>
      <div role="status">
        {current === 'passed' && (
          <>
            <p className="message">
              <strong>Congratulations: you passed the ML-PRO exam.</strong> Your plan, misses and hours stay
              here. What to keep:
            </p>
            <ul>
              <li>
                <Link to="/data">Export a full backup</Link> of your plan, miss log and sessions.
              </li>
              <li>
                <Link to="/review">Export your rules as an Anki file</Link> from the rule review.
              </li>
            </ul>
          </>
        )}
        {current === 'not-yet' && (
          <p className="message">
            Your miss log and your rule review carry over to the retake: they show where to aim.
          </p>
        )}
      </div>
      {current === 'not-yet' && <NextExamDate newRoute />}
      {current === 'rescheduled' && <NextExamDate newRoute={false} />}
    </section>
  );
}

/** The date the learner books next; for a retake the new route starts today and runs to it. */
function NextExamDate({ newRoute }: { newRoute: boolean }) {
  const updateSetup = useAppStore((s) => s.updateSetup);
  const today = useToday();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!date) return setError('Choose the date of your exam.');
    if (date <= today) return setError('Choose a date after today.');
    const outcome = await updateSetup(
      newRoute
        ? { examDate: date, startDate: today, keptRoute: null, routeStartedAt: Date.now() }
        : { examDate: date },
    );
    setError(outcome.ok ? null : (outcome.message ?? Object.values(outcome.errors).join(' ')));
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={id}>{newRoute ? 'Your next exam date' : 'Your new exam date'}</label>
        <input
          id={id}
          type="date"
          min={addDays(today, 1)}
          value={date}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setDate(event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <p className="actions">
        <button type="submit">{newRoute ? 'Start a new route to this date' : 'Save the new date'}</button>
      </p>
    </form>
  );
}
