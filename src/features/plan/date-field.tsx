import { useId, useRef, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { maxDate, minDate } from '../../domain/validation/dates';
import { Field } from '../../ui/field';
import { dateInputSupported } from '../../platform/engine-features';

const typedMessage = 'Enter the date as YYYY-MM-DD, for example 2026-12-31. Nothing was changed.';

/**
 * A date input that saves only complete dates. Browsers report "" while a date is half typed, so saving on every
 * change would wipe the learner's date mid-edit; an empty field is saved as "no date" when they leave it. A
 * browser without a date picker shows a text box: it asks for YYYY-MM-DD and refuses anything else, unsaved.
 *
 * The field owns its refusal: a refused date stays as typed beside its message until the learner changes it,
 * whatever else on the page re-renders or saves. When the stored date changes from elsewhere (an import, a reset,
 * another tab) the field shows it, unless the learner is typing in it.
 */
export function DateField({
  label,
  value,
  hint,
  onSave,
}: {
  label: string;
  value: IsoDate | null;
  hint?: string;
  /** Resolves with the message that refused the date, or undefined once it is saved. */
  onSave(value: IsoDate | null): Promise<string | undefined>;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [typed] = useState(() => !dateInputSupported());
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (!focused) {
      setDraft(null);
      setError(null);
    }
  }
  // Saves finish out of order (a refused date answers at once, a stored one only once written): only this
  // field's latest save may set its message.
  const latest = useRef(0);
  const save = (next: IsoDate | null) => {
    const call = ++latest.current;
    void onSave(next).then((message) => {
      if (call === latest.current) setError(message ?? null);
    });
  };
  return (
    <Field
      id={id}
      label={label}
      hint={typed ? [hint, 'Type the date as YYYY-MM-DD.'].filter(Boolean).join(' ') : hint}
      error={error ?? undefined}
    >
      {(control) => (
        <input
          {...control}
          type={typed ? 'text' : 'date'}
          value={draft ?? value ?? ''}
          min={minDate}
          max={maxDate}
          placeholder={typed ? 'YYYY-MM-DD' : undefined}
          onFocus={() => setFocused(true)}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            setError(null);
            if (isIsoDate(next)) save(next);
          }}
          onBlur={() => {
            setFocused(false);
            if (draft !== null && draft !== '' && !isIsoDate(draft)) {
              setError(typedMessage);
              return;
            }
            if (draft === '') save(null);
            // A refused date (an exam before the start) stays as typed beside its message, not snapped back.
            if (draft !== '' && !error) setDraft(null);
          }}
        />
      )}
    </Field>
  );
}
