import type { ReactNode, Ref } from 'react';
import { Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

/** A select with its label, hint and error; the first option is the empty choice, named by `emptyLabel`. */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  emptyLabel,
  wide = false,
  selectRef,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange(value: string): void;
  options: readonly SelectOption[];
  /** The label of the "" option; without it there is no empty choice. */
  emptyLabel?: string;
  wide?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={wide ? 'field-wide' : undefined}>
      {(describedBy) => (
        <select
          id={id}
          ref={selectRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
