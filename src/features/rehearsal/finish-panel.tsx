import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RehearsalRecord } from '../../domain/records';
import { useAppStore } from '../../store/use-app-store';
import { TextField } from '../../ui/text-field';

/**
 * The end of the run: the flagged questions to go back to while time remains, then the score. The score saves
 * the run as a mixed set and goes on to walk its misses into the miss log.
 */
export function FinishPanel({
  run,
  onMark,
  onBack,
}: {
  run: RehearsalRecord;
  onMark(question: number): void;
  /** Null once time is up: there is nothing to go back to. */
  onBack: (() => void) | null;
}) {
  const id = useId();
  const rehearsal = useAppStore((s) => s.rehearsal);
  const navigate = useNavigate();
  const [correct, setCorrect] = useState('');
  const [error, setError] = useState('');
  const [discarding, setDiscarding] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = /^\d+$/.test(correct.trim()) ? Number(correct.trim()) : Number.NaN;
    const result = await (await rehearsal()).finishRehearsal(run.id, value);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    void navigate(`/misses?walk=${encodeURIComponent(result.setId)}`);
  };

  return (
    <section className="card exam-finish" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Finish</h2>
      <h3>Review flagged</h3>
      {run.flagged.length === 0 ? (
        <p>No question is flagged.</p>
      ) : (
        <ul className="flag-list" aria-label="Flagged questions">
          {run.flagged.map((question) => (
            <li key={question}>
              <button type="button" className="secondary" onClick={() => onMark(question)}>
                Question {question}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={`${id}-correct`}
          label={`Correct answers, out of ${run.questions}`}
          inputMode="numeric"
          autoComplete="off"
          value={correct}
          onChange={setCorrect}
          error={error || undefined}
        />
        <p className="actions">
          <button type="submit">Save score</button>
          {onBack && (
            <button type="button" className="secondary" onClick={onBack}>
              Back to the questions
            </button>
          )}
        </p>
      </form>
      {discarding ? (
        <p className="actions">
          <span>Discard this practice exam? Nothing of it is kept.</span>
          <button
            type="button"
            className="danger"
            onClick={() => void rehearsal().then((actions) => actions.abandonRehearsal(run.id))}
          >
            Discard
          </button>
          <button type="button" className="secondary" onClick={() => setDiscarding(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <p>
          <button type="button" className="secondary" onClick={() => setDiscarding(true)}>
            Discard without saving
          </button>
        </p>
      )}
    </section>
  );
}
