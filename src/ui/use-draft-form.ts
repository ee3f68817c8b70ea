import { useId, useState, type FormEvent } from 'react';

/** What a form's save resolves to: stored, or the field messages and the write's failure (nothing stored). */
export type DraftSaved<Errors> = { ok: true } | { ok: false; errors: Errors; message?: string };

type FieldErrors<Draft> = Partial<Record<keyof Draft, string>>;

/**
 * A form's draft, its field messages and its save. One save runs at a time. The draft is replaced only once the
 * save is stored, and only if nothing was typed meanwhile (that text is newer); a failed save keeps every
 * character with its messages, so the learner can retry.
 */
export function useDraftForm<Draft extends object, Errors extends FieldErrors<Draft>>(
  initial: Draft | (() => Draft),
) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({} as Errors);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  /** The props a TextField or SelectField needs to edit one string of the draft. */
  const field = <Key extends keyof Draft & string>(key: Key) => ({
    id: `${id}-${key}`,
    value: draft[key] as string,
    error: errors[key],
    onChange: (value: string) => setDraft((d) => ({ ...d, [key]: value })),
  });

  /**
   * Saves the draft; once stored, `next` says what the form shows afterwards. Resolves with the save's result,
   * or with nothing when a save was already on its way.
   */
  const submit = async <Saved extends DraftSaved<Errors>>(
    event: FormEvent,
    save: (draft: Draft) => Promise<Saved>,
    next: (submitted: Draft, saved: Extract<Saved, { ok: true }>) => Draft,
  ): Promise<Saved | undefined> => {
    event.preventDefault();
    if (saving) return undefined;
    setSaving(true);
    const submitted = draft;
    const result = await save(submitted);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(result.message ?? null);
      return result;
    }
    setErrors({} as Errors);
    setFailure(null);
    const following = next(submitted, result as Extract<Saved, { ok: true }>);
    setDraft((current) => (current === submitted ? following : current));
    return result;
  };

  return { id, draft, setDraft, errors, failure, saving, field, submit };
}
