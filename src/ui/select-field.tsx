import type { Ref } from 'react';
import { Field, type ValueFieldProps } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

/** A select with its label, hint and error; the first option is the empty choice, named by `emptyLabel`. */
export function SelectField({
  options,
  emptyLabel,
  selectRef,
  value,
  onChange,
  ...frame
}: ValueFieldProps & {
  options: readonly SelectOption[];
  /** The label of the "" option; without it there is no empty choice. */
  emptyLabel?: string;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <Field {...frame}>
      {(control) => (
        <select {...control} ref={selectRef} value={value} onChange={(event) => onChange(event.target.value)}>
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
