import { useId, useState, type FormEvent } from 'react';
import type { IsoDate } from '../../domain/dates';
import { maxQuestions, type SetDraft, type SetErrors } from '../../domain/miss-validation';
import { useAppStore } from '../../store/use-app-store';
import { restoredMessage, useDraft } from '../../platform/drafts';
import { SaveFailure } from '../../ui/save-failure';
import { maxDate, minDate } from '../../domain/validation/dates';
import { Field } from '../../ui/field';

const blankSet = (date: IsoDate, count: number): SetDraft => ({
  date,
  label: `Mixed set ${count + 1}`,
  questions: '',
  correct: '',
});

/** Step one after a mixed set: its date, name and score. Saving it selects it for the misses that follow. */
export function SetForm({ today, onSaved }: { today: IsoDate; onSaved(id: string): void }) {
  const setCount = useAppStore((s) => Object.keys(s.sets).length);
  const saveSet = useAppStore((s) => s.saveSet);
  const [draft, setDraft] = useState<SetDraft>(() => blankSet(today, setCount));
  const [errors, setErrors] = useState<SetErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const { restored } = useDraft('set:new', draft, draft.questions !== '' || draft.correct !== '', setDraft);
  const change = (key: keyof SetDraft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const submitted = draft;
    const result = await saveSet(submitted);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(result.message ?? null);
      const first = (['date', 'label', 'questions', 'correct'] as const).find((key) => result.errors[key]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setDraft((current) => (current === submitted ? blankSet(submitted.date, setCount + 1) : current));
    onSaved(result.id);
  };

  return (
    <form
      className="card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={`${id}-heading`}>1. Record a mixed set</h2>
      <div className="field-row">
        <Field id={`${id}-date`} label="Date" error={errors.date}>
          {(describedBy) => (
            <input
              id={`${id}-date`}
              type="date"
              min={minDate}
              max={maxDate}
              value={draft.date}
              onChange={change('date')}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id={`${id}-label`} label="Set name" error={errors.label}>
          {(describedBy) => (
            <input
              id={`${id}-label`}
              type="text"
              value={draft.label}
              onChange={change('label')}
              aria-invalid={errors.label ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id={`${id}-questions`} label="Questions" error={errors.questions}>
          {(describedBy) => (
            <input
              id={`${id}-questions`}
              type="text"
              inputMode="numeric"
              className="number-input"
              value={draft.questions}
              onChange={change('questions')}
              aria-invalid={errors.questions ? true : undefined}
              aria-describedby={describedBy}
              placeholder={`1-${maxQuestions}`}
            />
          )}
        </Field>
        <Field id={`${id}-correct`} label="Correct" error={errors.correct}>
          {(describedBy) => (
            <input
              id={`${id}-correct`}
              type="text"
              inputMode="numeric"
              className="number-input"
              value={draft.correct}
              onChange={change('correct')}
              aria-invalid={errors.correct ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
      </div>
      <button type="submit" aria-disabled={saving || undefined}>
        Save set
      </button>
      {failure && <SaveFailure message={failure} />}
      <p role="status" className="message">
        {restored ? restoredMessage : ''}
      </p>
    </form>
  );
}
