import { useId, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { maxDate, minDate } from '../../domain/validation/dates';
import { Field } from '../../ui/field';

/**
 * A date input that saves only complete dates. Browsers report "" while a date is half typed, so saving on every
 * change would wipe the learner's date mid-edit; an empty field is saved as "no date" when they leave it.
 */
export function DateField({
  label,
  value,
  error,
  hint,
  onSave,
}: {
  label: string;
  value: IsoDate | null;
  error?: string | undefined;
  hint?: string;
  onSave(value: IsoDate | null): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          type="date"
          value={draft ?? value ?? ''}
          min={minDate}
          max={maxDate}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (isIsoDate(next)) onSave(next);
          }}
          onBlur={() => {
            if (draft === '') onSave(null);
            // A refused date (an exam before the start) stays as typed beside its message, not snapped back.
            else if (!error) setDraft(null);
          }}
        />
      )}
    </Field>
  );
}
