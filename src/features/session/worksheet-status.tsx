import { restoredMessage, type LeftDraft } from '../../platform/drafts';
import { LeftDraftOffer } from '../../ui/left-draft-offer';

/**
 * Under a worksheet field: why the text is not stored yet (with a retry), or what the text still breaks of the
 * miss log's checks (it is stored anyway, as typed), or that a draft came back.
 */
export function WorksheetStatus({
  id,
  error,
  restored,
  left,
  retry,
  problem = null,
}: {
  id: string;
  error: string | null;
  restored: boolean;
  left: LeftDraft | null;
  retry(): void;
  problem?: string | null;
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
        {[problem, restored ? restoredMessage : null].filter(Boolean).join(' ')}
      </p>
      <LeftDraftOffer left={left} what="worksheet text" />
    </>
  );
}
