import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatShortDate } from '../../domain/dates';
import {
  docChoice,
  emptyMissDraft,
  maxCueLength,
  maxRuleLength,
  type MissDraft,
  type MissErrors,
} from '../../domain/miss-validation';
import { failureModes, lessons, weakDomains } from '../../domain/seed';
import { failureModeById, laneLabel } from '../../domain/seed-lookups';
import { setMissCountWarning } from '../../domain/set-miss-count';
import { useAppStore } from '../../store/use-app-store';
import { restoredMessage, useDraft } from '../../platform/drafts';
import { LeftDraftOffer } from '../../ui/left-draft-offer';
import { cleanText, visibleLength } from '../../domain/validation/text';
import { FormActions } from '../../ui/form-actions';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useDraftForm } from '../../ui/use-draft-form';
import { useFocusFirstError } from '../../ui/use-focus-first-error';

const domainOptions = weakDomains.map((domain) => ({ value: domain.id, label: domain.label }));
const failureOptions = failureModes.map((mode) => ({ value: mode.id, label: mode.label }));
const revisitOptions = [
  ...lessons.map((lesson) => ({ value: lesson.id, label: `${lesson.id} ${lesson.title}` })),
  { value: docChoice, label: 'An official doc (title and link)' },
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
  const { id, draft, setDraft, errors, failure, saving, field, submit } = useDraftForm<MissDraft, MissErrors>(
    initial,
  );
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState(initial);
  const missesInSet = useAppStore((s) => {
    let count = 0;
    for (const miss of Object.values(s.misses)) if (miss.setId === draft.setId && miss.id !== missId) count++;
    return count;
  });
  const dirty = (
    ['domain', 'failureMode', 'rule', 'cue', 'revisit', 'docTitle', 'docUrl', 'saferAction'] as const
  ).some((key) => draft[key] !== saved[key]);
  const { restored, left, discard, discardThen } = useDraft(
    `miss:${missId ?? 'new'}`,
    draft,
    dirty,
    setDraft,
  );
  const formRef = useFocusFirstError(errors);
  const firstField = useRef<HTMLSelectElement>(null);
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
    () =>
      Object.values(sets)
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt)
        .map((set) => ({
          value: set.id,
          label: `${set.label} (${formatShortDate(set.date)}, ${set.correct}/${set.questions})`,
        })),
    [sets],
  );
  // The form clears and says "saved" only once the miss is stored; until then every character stays.
  const save = async (event: FormEvent) => {
    const result = await submit(
      event,
      (submitted) => saveMiss(submitted, missId),
      (submitted, stored) => {
        const setLabel = submitted.setId ? sets[submitted.setId]?.label : undefined;
        setStatus(setLabel ? `Miss saved to ${setLabel}.` : 'Miss saved.');
        // An edited miss's form closes now; the new-miss form stays and drops its draft once it renders clean.
        if (missId) discard();
        onSaved?.(stored.id);
        const next = missId ? submitted : emptyMissDraft(submitted.setId);
        setSaved(next);
        return next;
      },
    );
    if (result && !result.ok) setStatus('');
    if (result?.ok && !missId) firstField.current?.focus();
  };

  const mode = failureModeById(draft.failureMode);
  const chosenSet = draft.setId ? sets[draft.setId] : undefined;
  const countWarning = chosenSet ? setMissCountWarning(chosenSet, missesInSet) : null;
  return (
    <form
      ref={formRef}
      className="card miss-form"
      aria-labelledby={headingId ?? `${id}-heading`}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h2 id={headingId ?? `${id}-heading`} tabIndex={-1}>
        {heading}
      </h2>
      <SelectField
        {...field('setId')}
        label="Mixed set"
        wide
        emptyLabel={allowNoSet ? 'None: written in a session' : 'Choose a set…'}
        options={setOptions}
        hint={countWarning && <span className="message warning">{countWarning}</span>}
      />
      <div className="field-row">
        <SelectField
          {...field('domain')}
          selectRef={firstField}
          label="Weak domain"
          emptyLabel="Choose…"
          options={domainOptions}
        />
        <SelectField
          {...field('failureMode')}
          label="Failure mode"
          emptyLabel="Choose…"
          options={failureOptions}
          hint={mode ? `Lane: ${laneLabel(mode.lane)}` : undefined}
        />
      </div>
      <TextField
        {...field('rule')}
        label="The one sentence rule you should have used"
        hint={`One sentence, up to ${maxRuleLength} characters (${visibleLength(cleanText(draft.rule))} now).`}
        wide
        autoComplete="off"
      />
      <SelectField
        {...field('revisit')}
        label="Lesson or official doc to revisit next"
        wide
        emptyLabel="Not chosen yet"
        options={revisitOptions}
      />
      {draft.revisit === docChoice && (
        <div className="field-row">
          <TextField {...field('docTitle')} label="Doc title" wide />
          <TextField {...field('docUrl')} type="url" label="Doc link" hint="https:// or http:// only" wide />
        </div>
      )}
      <TextField
        {...field('saferAction')}
        label="Safer-action rule (optional)"
        hint="The safer Databricks response next time, in one sentence."
        wide
        autoComplete="off"
      />
      <TextField
        {...field('cue')}
        label="Question cue (optional)"
        hint={`What the question was about, not its answer, so the retest can ask it back (up to ${maxCueLength} characters).`}
        wide
        autoComplete="off"
      />
      <FormActions
        submitLabel={submitLabel}
        saving={saving}
        failure={failure}
        onCancel={discardThen(onCancel)}
      />
      {/* "Saved" speaks of the miss just stored: once the next one is being typed it would claim that one too. */}
      <p role="status" className="message">
        {(!dirty && status) || (restored ? restoredMessage : '')}
      </p>
      <LeftDraftOffer left={left} what="miss" />
    </form>
  );
}
