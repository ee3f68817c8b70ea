import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

/**
 * A one-line text input with its label, hint and error; `aria-invalid` and `aria-describedby` follow the error
 * and hint, so a form only says what is wrong, never how to wire it.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  wide = false,
  className,
  inputRef,
  ...input
}: InputProps & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  /** Takes the whole row: for sentences, names and links. */
  wide?: boolean;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={wide ? 'field-wide' : undefined}>
      {(describedBy) => (
        <input
          type="text"
          {...input}
          id={id}
          ref={inputRef}
          value={value}
          className={className}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
