import { useState, type FormEvent } from 'react';
import type { IsoDate } from '../../domain/dates';
import { maxQuestions, type SetDraft, type SetErrors } from '../../domain/miss-validation';
import { maxDate, minDate } from '../../domain/validation/dates';
import { restoredMessage, useDraft } from '../../platform/drafts';
import { LeftDraftOffer } from '../../ui/left-draft-offer';
import { useAppStore } from '../../store/use-app-store';
import { SaveFailure } from '../../ui/save-failure';
import { TextField } from '../../ui/text-field';
import { useDraftForm } from '../../ui/use-draft-form';
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
  // What the form shows when nothing is typed; any field changed from it (a renamed set too) is kept as a draft.
  const [blank, setBlank] = useState(() => blankSet(today, setCount));
  const { id, draft, setDraft, failure, saving, field, submit, errors } = useDraftForm<SetDraft, SetErrors>(
    blank,
  );
  const formRef = useFocusFirstError(errors);
  const dirty = (Object.keys(blank) as (keyof SetDraft)[]).some((key) => draft[key] !== blank[key]);
  const { restored, left } = useDraft('set:new', draft, dirty, setDraft);

  // The form clears only once the set is stored; on a failed write the learner's text stays to retry.
  const save = async (event: FormEvent) => {
    const result = await submit(event, saveSet, (submitted) => {
      const next = blankSet(submitted.date, setCount + 1);
      setBlank(next);
      return next;
    });
    if (result?.ok) onSaved(result.id);
  };

  return (
    <form
      ref={formRef}
      className="card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h2 id={`${id}-heading`}>1. Record a mixed set</h2>
      <div className="field-row">
        <TextField {...field('date')} type="date" min={minDate} max={maxDate} label="Date" />
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
      <button type="submit" aria-disabled={saving || undefined}>
        Save set
      </button>
      {failure && <SaveFailure message={failure} />}
      <p role="status" className="message">
        {restored ? restoredMessage : ''}
      </p>
      <LeftDraftOffer left={left} what="mixed set" />
    </form>
  );
}
