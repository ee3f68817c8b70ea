import type { InputHTMLAttributes, ReactNode } from 'react';

type ChoiceInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'children'>;

/** One checkbox (or radio) with its label and an optional detail line; the whole row is its label. */
export function Choice({
  type = 'checkbox',
  label,
  detail,
  onCheckedChange,
  ...input
}: ChoiceInput & {
  type?: 'checkbox' | 'radio';
  label: ReactNode;
  detail?: ReactNode;
  onCheckedChange(checked: boolean): void;
}) {
  return (
    <label className="choice">
      <input type={type} {...input} onChange={(event) => onCheckedChange(event.target.checked)} />
      <span>
        {label}
        {detail && <span className="choice-detail">{detail}</span>}
      </span>
    </label>
  );
}
