import type { FormEvent } from 'react';
import type { IsoDate } from '../domain/dates';
import {
  maxLoggedMinutes,
  maxLoggedWhatLength,
  type StudyLogDraft,
  type StudyLogErrors,
} from '../domain/study-log';
import type { StudyLogSaved } from '../store/study-log-slice';
import { FormActions } from '../ui/form-actions';
import { TextField } from '../ui/text-field';
import { useDraftForm } from '../ui/use-draft-form';

/** Date, minutes and what: a study time done away from the timer, or an edit of one already logged. */
export function StudyLogForm({
  initial,
  today,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: StudyLogDraft;
  today: IsoDate;
  submitLabel: string;
  /** Resolves once stored, or with the field messages or the write's failure; nothing is saved then. */
  onSave(draft: StudyLogDraft): Promise<StudyLogSaved>;
  onCancel?: () => void;
}) {
  const { failure, saving, field, submit } = useDraftForm<StudyLogDraft, StudyLogErrors>(initial);

  // The form clears only once the entry is stored; a failed write keeps what was typed, with a retry.
  const save = (event: FormEvent) =>
    submit(event, onSave, (submitted) => ({ ...initial, date: submitted.date }));

  return (
    <form className="study-log-form" onSubmit={(event) => void save(event)} noValidate>
      <div className="field-row">
        <TextField {...field('date')} label="Date" type="date" max={today} />
        <TextField
          {...field('minutes')}
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxLoggedMinutes}
          step={1}
        />
        <TextField {...field('what')} label="What you studied" maxLength={maxLoggedWhatLength} />
      </div>
      <FormActions submitLabel={submitLabel} saving={saving} failure={failure} onCancel={onCancel} />
    </form>
  );
}
