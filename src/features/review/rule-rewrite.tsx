import { useId, useState } from 'react';
import { draftOfMiss, maxRuleLength } from '../../domain/miss-validation';
import { ruleProblem } from '../../domain/validation/rule-text';
import { cleanText } from '../../domain/validation/text';
import type { MissRecord } from '../../domain/records';
import { restoredMessage, useDraft } from '../../platform/drafts';
import { LeftDraftOffer } from '../../ui/left-draft-offer';
import { useAppStore } from '../../store/use-app-store';

/**
 * A rule that keeps slipping is worded badly for the learner's memory. Rewriting it here edits the same miss,
 * so its review history stays, and the slip count starts again for the new wording.
 */
export function RuleRewrite({ miss, slips }: { miss: MissRecord; slips: number }) {
  const saveMiss = useAppStore((s) => s.saveMiss);
  const [open, setOpen] = useState(false);
  const [rule, setRule] = useState(miss.rule);
  const [error, setError] = useState('');
  const fieldId = useId();
  // A half-written rule survives a reload, reopening the form; the card goes once the rule is saved, so
  // saving (or Cancel) drops the draft there and then.
  const { restored, left, discard } = useDraft(
    `rewrite:${miss.id}`,
    rule,
    open && rule !== miss.rule,
    (draft) => {
      setRule(draft);
      setOpen(true);
    },
  );
  const close = () => {
    discard();
    setOpen(false);
  };
  // The miss log's check, told while typing; a refused save says why in the same place.
  const problem = ruleProblem(cleanText(rule), 'rule', false) ?? error;
  const save = async () => {
    const result = await saveMiss({ ...draftOfMiss(miss), rule }, miss.id);
    if (result.ok) {
      close();
      setError('');
    } else {
      setError(Object.values(result.errors).join(' ') || result.message || 'This rule could not be saved.');
    }
  };
  return (
    <div className="banner warning" role="note">
      <p>
        You have slipped this rule {slips} times since it was written: rewrite it in words you will recall.
        Its history stays.
      </p>
      {open ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label htmlFor={fieldId}>Rewritten rule</label>
          <textarea
            id={fieldId}
            value={rule}
            maxLength={maxRuleLength * 2}
            rows={3}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${fieldId}-error` : undefined}
            onChange={(event) => {
              setRule(event.target.value);
              setError('');
            }}
          />
          {problem && (
            <p id={`${fieldId}-error`} className="field-error message danger">
              {problem}
            </p>
          )}
          <p className="actions">
            <button type="submit">Save the rule</button>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </p>
          {restored && (
            <p role="status" className="message">
              {restoredMessage}
            </p>
          )}
        </form>
      ) : (
        <>
          <LeftDraftOffer left={left} what="rule rewrite" />
          <button type="button" className="secondary" onClick={() => setOpen(true)}>
            Rewrite this rule
          </button>
        </>
      )}
    </div>
  );
}
