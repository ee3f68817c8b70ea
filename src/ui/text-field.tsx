import type { InputHTMLAttributes, Ref } from 'react';
import { Field, type ValueFieldProps } from './field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

/** A one-line text input with its label, hint and error, so a form only says what is wrong, never how to wire it. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  wide,
  className,
  inputRef,
  ...input
}: InputProps &
  ValueFieldProps & {
    className?: string;
    inputRef?: Ref<HTMLInputElement>;
  }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} wide={wide}>
      {(control) => (
        <input
          type="text"
          {...input}
          {...control}
          ref={inputRef}
          value={value}
          className={className}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
