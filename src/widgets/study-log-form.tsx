import { useId, useState, type FormEvent } from 'react';
import type { IsoDate } from '../domain/dates';
import {
  maxLoggedMinutes,
  maxLoggedWhatLength,
  type StudyLogDraft,
  type StudyLogErrors,
} from '../domain/study-log';
import type { StudyLogSaved } from '../store/study-log-slice';
import { Field } from '../ui/field';
import { SaveFailure } from '../ui/save-failure';

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
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<StudyLogErrors>({});
  const change = (patch: Partial<StudyLogDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The form clears only once the entry is stored; a failed write keeps what was typed, with a retry.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const submitted = draft;
    const result = await onSave(submitted);
    setSaving(false);
    setErrors(result.ok ? {} : result.errors);
    setFailure(result.ok ? null : (result.message ?? null));
    if (result.ok)
      setDraft((current) => (current === submitted ? { ...initial, date: submitted.date } : current));
  };

  return (
    <form className="study-log-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field-row">
        <Field id={`${id}-date`} label="Date" error={errors.date}>
          {(describedBy) => (
            <input
              id={`${id}-date`}
              type="date"
              max={today}
              value={draft.date}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => change({ date: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-minutes`} label="Minutes" error={errors.minutes}>
          {(describedBy) => (
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxLoggedMinutes}
              step={1}
              value={draft.minutes}
              aria-invalid={errors.minutes ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => change({ minutes: event.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-what`} label="What you studied" error={errors.what}>
          {(describedBy) => (
            <input
              id={`${id}-what`}
              type="text"
              maxLength={maxLoggedWhatLength}
              value={draft.what}
              aria-invalid={errors.what ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => change({ what: event.target.value })}
            />
          )}
        </Field>
      </div>
      <p className="actions">
        <button type="submit" aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
      {failure && <SaveFailure message={failure} />}
    </form>
  );
}
