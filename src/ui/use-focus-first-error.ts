import { useEffect, useRef } from 'react';

/**
 * After a failed submit, moves focus to the first control marked invalid, in the order the form shows them.
 * Keyed on the errors object a submit sets, so it fires once per failed submit and never while typing.
 */
export function useFocusFirstError<E extends object>(errors: E) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
