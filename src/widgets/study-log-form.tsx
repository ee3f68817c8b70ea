import { useState, type FormEvent } from 'react';
import type { IsoDate } from '../domain/dates';
import {
  maxLoggedMinutes,
  maxLoggedWhatLength,
  type StudyLogDraft,
  type StudyLogErrors,
} from '../domain/study-log';
import { restoredMessage, useDraft } from '../platform/drafts';
import { LeftDraftOffer } from '../ui/left-draft-offer';
import type { StudyLogSaved } from '../store/study-log-slice';
import { FormActions } from '../ui/form-actions';
import { TextField } from '../ui/text-field';
import { useDraftForm } from '../ui/use-draft-form';

const fields = ['date', 'minutes', 'what'] as const;

/**
 * Date, minutes and what: a study time done away from the timer, or an edit of one already logged. What is typed
 * is kept as the draft `draftId` (one per logged row, and one for a new entry) until it is saved or cancelled.
 */
export function StudyLogForm({
  draftId,
  initial,
  today,
  submitLabel,
  onSave,
  onCancel,
}: {
  draftId: string;
  initial: StudyLogDraft;
  today: IsoDate;
  submitLabel: string;
  /** Resolves once stored, or with the field messages or the write's failure; nothing is saved then. */
  onSave(draft: StudyLogDraft): Promise<StudyLogSaved>;
  onCancel?: () => void;
}) {
  const { draft, setDraft, failure, saving, field, submit } = useDraftForm<StudyLogDraft, StudyLogErrors>(
    initial,
  );
  const [saved, setSaved] = useState(initial);
  const dirty = fields.some((key) => draft[key] !== saved[key]);
  const { restored, left, discard, discardThen } = useDraft(draftId, draft, dirty, setDraft);

  // The form clears only once the entry is stored; a failed write keeps what was typed, with a retry.
  const save = (event: FormEvent) =>
    submit(event, onSave, (submitted) => {
      const next = { ...initial, date: submitted.date };
      setSaved(next);
      // An edit (the form with a Cancel) closes now, before it could render clean and drop its draft itself.
      if (onCancel) discard();
      return next;
    });

  return (
    <form className="study-log-form" onSubmit={(event) => void save(event)} noValidate>
      <div className="field-row">
        <TextField {...field('date')} label="Date" type="date" max={today} />
        <TextField
          {...field('minutes')}
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxLoggedMinutes}
          step={1}
        />
        <TextField {...field('what')} label="What you studied" maxLength={maxLoggedWhatLength} />
      </div>
      <FormActions
        submitLabel={submitLabel}
        saving={saving}
        failure={failure}
        onCancel={discardThen(onCancel)}
      />
      {restored && (
        <p role="status" className="message">
          {restoredMessage}
        </p>
      )}
      <LeftDraftOffer left={left} what="study time" />
    </form>
  );
}
