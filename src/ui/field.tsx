import type { ReactNode } from 'react';
import { describedByOf } from './described-by';

/** The attributes that tie a control to its label, hint and error. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** What a one-value field (text, select) is given by its form. */
export interface ValueFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  /** Takes the whole row: for sentences, names and links. */
  wide?: boolean;
}

/**
 * A labelled control with its hint and its error message next to it, wired up for screen readers: the control
 * spreads the `FieldControl` it is handed, so `aria-invalid` and `aria-describedby` follow the error and hint.
 */
export function Field({
  id,
  label,
  hint,
  error,
  wide = false,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  wide?: boolean;
  children: (control: FieldControl) => ReactNode;
}) {
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedByOf(id, hint, error),
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
