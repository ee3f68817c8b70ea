import { useState } from 'react';
import { Field } from './field';

/**
 * A time input saved only once complete. A browser reports "" while a time is half typed: saving that would wipe
 * the stored time mid-edit, and refusing it in a plain controlled input snaps the field back under the learner's
 * fingers. Left half typed, it says so, keeps what is typed and stores nothing.
 */
export function TimeField({
  id,
  label,
  hint,
  value,
  describedBy,
  onSave,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  /** Another message about this field, shown elsewhere. */
  describedBy?: string | undefined;
  onSave(time: string): void;
}) {
  const [halfTyped, setHalfTyped] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const error = incomplete
    ? `Enter the whole time, such as 19:00. ${value ? `Your saved time, ${value}, is kept.` : 'Nothing was saved.'}`
    : undefined;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          aria-describedby={[control['aria-describedby'], describedBy].filter(Boolean).join(' ') || undefined}
          type="time"
          required
          value={halfTyped ? '' : value}
          onChange={(event) => {
            const time = event.target.value;
            setHalfTyped(time === '');
            setIncomplete(false);
            if (time) onSave(time);
          }}
          onBlur={() => setIncomplete(halfTyped)}
        />
      )}
    </Field>
  );
}
