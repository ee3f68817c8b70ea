import { restoredMessage, type LeftDraft } from '../../platform/drafts';
import { LeftDraftOffer } from '../../ui/left-draft-offer';

/**
 * Under a worksheet field: why the text is not stored yet, either a failed write (with a retry) or a check of
 * the miss log's that the text breaks (held back until it passes, while the log keeps `kept`), or that a draft
 * came back.
 */
export function WorksheetStatus({
  id,
  error,
  restored,
  left,
  retry,
  problem,
  kept = '',
}: {
  id: string;
  error: string | null;
  restored: boolean;
  left: LeftDraft | null;
  retry(): void;
  problem: string | null;
  kept?: string;
}) {
  if (error) {
    return (
      <div id={id} className="field-error" role="alert">
        <p>Not saved yet: {error} Your text is still here.</p>
        <button type="button" className="secondary" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <>
      <p id={id} className={problem ? 'field-error' : 'hint'} role="status">
        {[
          problem && `Not in your miss log yet: ${problem}`,
          problem && kept.trim() && `It keeps “${kept.trim()}” until then.`,
          restored ? restoredMessage : null,
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
      <LeftDraftOffer left={left} what="worksheet text" />
    </>
  );
}
