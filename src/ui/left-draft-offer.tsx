import type { LeftDraft } from '../platform/drafts';
import './compact-banner.css';

/** Offers the draft a closed tab left in this form: restore it here, or discard it. */
export function LeftDraftOffer({ left, what }: { left: LeftDraft | null; what: string }) {
  if (!left) return null;
  return (
    <div className="banner compact" role="group" aria-label={`Unsaved ${what} from another tab`}>
      <p>You have an unsaved {what} from another tab.</p>
      <p className="actions">
        <button type="button" onClick={left.restore}>
          Restore
        </button>
        <button type="button" className="secondary" onClick={left.discard}>
          Discard
        </button>
      </p>
    </div>
  );
}
