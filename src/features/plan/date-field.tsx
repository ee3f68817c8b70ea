import { useId, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { maxDate, minDate } from '../../domain/validation/dates';
import { Field } from '../../ui/field';
import { dateInputSupported } from '../../platform/engine-features';

/**
 * A date input that saves only complete dates. Browsers report "" while a date is half typed, so saving on every
 * change would wipe the learner's date mid-edit; an empty field is saved as "no date" when they leave it. A
 * browser without a date picker shows a text box: it asks for YYYY-MM-DD and refuses anything else, unsaved.
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
  const [typed] = useState(() => !dateInputSupported());
  const [typedError, setTypedError] = useState<string | null>(null);
  return (
    <Field
      id={id}
      label={label}
      hint={typed ? [hint, 'Type the date as YYYY-MM-DD.'].filter(Boolean).join(' ') : hint}
      error={error ?? typedError ?? undefined}
    >
      {(control) => (
        <input
          {...control}
          type={typed ? 'text' : 'date'}
          value={draft ?? value ?? ''}
          min={minDate}
          max={maxDate}
          placeholder={typed ? 'YYYY-MM-DD' : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (isIsoDate(next)) {
              setTypedError(null);
              onSave(next);
            }
          }}
          onBlur={() => {
            if (draft !== null && draft !== '' && !isIsoDate(draft)) {
              setTypedError('Enter the date as YYYY-MM-DD, for example 2026-12-31. Nothing was changed.');
              return;
            }
            if (draft === '') onSave(null);
            setTypedError(null);
            // A refused date (an exam before the start) stays as typed beside its message, not snapped back.
            if (draft !== '' && !error) setDraft(null);
          }}
        />
      )}
    </Field>
  );
}
