import { useId, type ReactNode } from 'react';
import { describedByOf } from './described-by';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  detail?: ReactNode;
}

/**
 * A fieldset of radios named by its legend. The hint and the error belong to the group, so they are described
 * on each radio: a screen reader announces them whichever radio takes focus.
 */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  error,
}: {
  legend: ReactNode;
  name: string;
  value: T | null;
  options: readonly RadioOption<T>[];
  onChange(value: T): void;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const id = useId();
  const describedBy = describedByOf(id, hint, error);
  return (
    // A radio cannot be invalid on its own; the group is, so the group says so.
    <fieldset role="radiogroup" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-describedby={describedBy}
          />
          <span>
            {option.label}
            {option.detail && (
              <>
                {' '}
                <span className="choice-detail">{option.detail}</span>
              </>
            )}
          </span>
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
