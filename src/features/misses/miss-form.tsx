import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatShortDate } from '../../domain/dates';
import { laneLabel } from '../../domain/miss-analytics';
import {
  docChoice,
  emptyMissDraft,
  maxRuleLength,
  type MissDraft,
  type MissErrors,
} from '../../domain/miss-validation';
import { failureModes, lessons, weakDomains } from '../../domain/seed';
import { useAppStore } from '../../store/use-app-store';
import { restoredMessage, useDraft } from '../../platform/drafts';
import { SaveFailure } from '../../ui/save-failure';
import { cleanText, visibleLength } from '../../domain/validation/text';
import { Field } from '../../ui/field';

const fieldOrder: (keyof MissDraft)[] = [
  'setId',
  'domain',
  'failureMode',
  'rule',
  'revisit',
  'docTitle',
  'docUrl',
  'saferAction',
];

/**
 * One miss. Built for a dozen in a row: Enter in any text field saves, the form clears and focus goes back to
 * the weak domain while the set stays chosen. A failed save keeps everything typed and moves to the first
 * field with a message.
 */
export function MissForm({
  initial,
  missId,
  allowNoSet = false,
  heading,
  headingId,
  submitLabel,
  onSaved,
  onCancel,
}: {
  initial: MissDraft;
  missId?: string;
  allowNoSet?: boolean;
  heading: string;
  headingId?: string;
  submitLabel: string;
  onSaved?: (id: string) => void;
  onCancel?: () => void;
}) {
  const sets = useAppStore((s) => s.sets);
  const saveMiss = useAppStore((s) => s.saveMiss);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<MissErrors>({});
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = (
    ['domain', 'failureMode', 'rule', 'revisit', 'docTitle', 'docUrl', 'saferAction'] as const
  ).some((key) => draft[key] !== saved[key]);
  const { restored } = useDraft(`miss:${missId ?? 'new'}`, draft, dirty, setDraft);
  const firstField = useRef<HTMLSelectElement>(null);
  const id = useId();
  // A set saved above becomes this form's set without wiping what is typed, and focus moves to the first
  // miss field so the learner carries straight on.
  const [syncedSetId, setSyncedSetId] = useState(initial.setId);
  if (initial.setId !== syncedSetId) {
    setSyncedSetId(initial.setId);
    setDraft((d) => ({ ...d, setId: initial.setId }));
  }
  const focusedFor = useRef(initial.setId);
  useEffect(() => {
    if (focusedFor.current === syncedSetId) return;
    focusedFor.current = syncedSetId;
    firstField.current?.focus();
  }, [syncedSetId]);
  const setOptions = useMemo(
    () => Object.values(sets).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
    [sets],
  );
  const change = (key: keyof MissDraft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const invalid = (key: keyof MissDraft) => (errors[key] ? true : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const submitted = draft;
    // The form clears and says "saved" only once the miss is stored; until then every character stays.
    const result = await saveMiss(submitted, missId);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('');
      setFailure(result.message ?? null);
      const first = fieldOrder.find((key) => result.errors[key]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    const setLabel = submitted.setId ? sets[submitted.setId]?.label : undefined;
    setStatus(setLabel ? `Miss saved to ${setLabel}.` : 'Miss saved.');
    onSaved?.(result.id);
    const next = missId ? submitted : emptyMissDraft(submitted.setId);
    setSaved(next);
    // Text typed while the save was on its way is newer than what was saved, so it stays.
    setDraft((current) => (current === submitted ? next : current));
    if (!missId) firstField.current?.focus();
  };

  const mode = failureModes.find((m) => m.id === draft.failureMode);
  return (
    <form
      className="card"
      aria-labelledby={headingId ?? `${id}-heading`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={headingId ?? `${id}-heading`} tabIndex={-1}>
        {heading}
      </h2>
      <Field id={`${id}-setId`} label="Mixed set" error={errors.setId}>
        {(describedBy) => (
          <select
            id={`${id}-setId`}
            value={draft.setId}
            onChange={change('setId')}
            aria-invalid={invalid('setId')}
            aria-describedby={describedBy}
          >
            <option value="">{allowNoSet ? 'None: written in a session' : 'Choose a set…'}</option>
            {setOptions.map((set) => (
              <option key={set.id} value={set.id}>
                {set.label} ({formatShortDate(set.date)}, {set.correct}/{set.questions})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field id={`${id}-domain`} label="Weak domain" error={errors.domain}>
          {(describedBy) => (
            <select
              id={`${id}-domain`}
              ref={firstField}
              value={draft.domain}
              onChange={change('domain')}
              aria-invalid={invalid('domain')}
              aria-describedby={describedBy}
            >
              <option value="">Choose…</option>
              {weakDomains.map((domain) => (
                <option key={domain.id} value={domain.id}>
                  {domain.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-failureMode`}
          label="Failure mode"
          error={errors.failureMode}
          hint={mode ? `Lane: ${laneLabel(mode.lane)}` : undefined}
        >
          {(describedBy) => (
            <select
              id={`${id}-failureMode`}
              value={draft.failureMode}
              onChange={change('failureMode')}
              aria-invalid={invalid('failureMode')}
              aria-describedby={describedBy}
            >
              <option value="">Choose…</option>
              {failureModes.map((failure) => (
                <option key={failure.id} value={failure.id}>
                  {failure.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id={`${id}-rule`}
        label="The one sentence rule you should have used"
        error={errors.rule}
        hint={`One sentence, up to ${maxRuleLength} characters (${visibleLength(cleanText(draft.rule))} now).`}
      >
        {(describedBy) => (
          <input
            id={`${id}-rule`}
            type="text"
            className="wide-input"
            value={draft.rule}
            onChange={change('rule')}
            aria-invalid={invalid('rule')}
            aria-describedby={describedBy}
            autoComplete="off"
          />
        )}
      </Field>
      <div className="field-row">
        <Field id={`${id}-revisit`} label="Lesson or official doc to revisit next" error={errors.revisit}>
          {(describedBy) => (
            <select
              id={`${id}-revisit`}
              value={draft.revisit}
              onChange={change('revisit')}
              aria-invalid={invalid('revisit')}
              aria-describedby={describedBy}
            >
              <option value="">Not chosen yet</option>
              {lessons.map((lesson) => (
                <option key={lesson.id} value={lesson.id}>
                  {lesson.id} {lesson.title}
                </option>
              ))}
              <option value={docChoice}>An official doc (title and link)</option>
            </select>
          )}
        </Field>
        {draft.revisit === docChoice && (
          <>
            <Field id={`${id}-docTitle`} label="Doc title" error={errors.docTitle}>
              {(describedBy) => (
                <input
                  id={`${id}-docTitle`}
                  type="text"
                  value={draft.docTitle}
                  onChange={change('docTitle')}
                  aria-invalid={invalid('docTitle')}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
            <Field id={`${id}-docUrl`} label="Doc link" error={errors.docUrl} hint="https:// or http:// only">
              {(describedBy) => (
                <input
                  id={`${id}-docUrl`}
                  type="url"
                  value={draft.docUrl}
                  onChange={change('docUrl')}
                  aria-invalid={invalid('docUrl')}
                  aria-describedby={describedBy}
                />
              )}
            </Field>
          </>
        )}
      </div>
      <Field
        id={`${id}-saferAction`}
        label="Safer-action rule (optional)"
        error={errors.saferAction}
        hint="The safer Databricks response next time, in one sentence."
      >
        {(describedBy) => (
          <input
            id={`${id}-saferAction`}
            type="text"
            className="wide-input"
            value={draft.saferAction}
            onChange={change('saferAction')}
            aria-invalid={invalid('saferAction')}
            aria-describedby={describedBy}
            autoComplete="off"
          />
        )}
      </Field>
      <p className="actions">
        <button type="submit" aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
      {failure && <SaveFailure message={failure} />}
      <p role="status" className="message">
        {status || (restored ? restoredMessage : '')}
      </p>
    </form>
  );
}
