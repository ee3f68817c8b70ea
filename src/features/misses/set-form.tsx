import { useId, useState, type FormEvent } from 'react';
import type { IsoDate } from '../../domain/dates';
import { maxQuestions, type SetDraft, type SetErrors } from '../../domain/miss-validation';
import { useAppStore } from '../../store/use-app-store';
import { useUnsavedText } from '../../platform/unsaved-text';
import { TextField } from '../../ui/text-field';
import { useFocusFirstError } from '../../ui/use-focus-first-error';

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
  const formRef = useFocusFirstError(errors);
  const id = useId();
  useUnsavedText(draft.questions !== '' || draft.correct !== '');
  const field = (key: keyof SetDraft) => ({
    id: `${id}-${key}`,
    value: draft[key],
    error: errors[key],
    onChange: (value: string) => setDraft((d) => ({ ...d, [key]: value })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = saveSet(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setDraft(blankSet(draft.date, setCount + 1));
    onSaved(result.id);
  };

  return (
    <form ref={formRef} className="card" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${id}-heading`}>1. Record a mixed set</h2>
      <div className="field-row">
        <TextField {...field('date')} type="date" label="Date" />
        <TextField {...field('label')} label="Set name" wide />
      </div>
      <div className="field-row">
        <TextField
          {...field('questions')}
          label="Questions"
          inputMode="numeric"
          className="number-input"
          placeholder={`1-${maxQuestions}`}
        />
        <TextField {...field('correct')} label="Correct" inputMode="numeric" className="number-input" />
      </div>
      <button type="submit">Save set</button>
    </form>
  );
}
