import { restoredMessage } from '../../platform/drafts';

/** Under a worksheet field: why the text is not stored yet (with a retry), or that a draft came back. */
export function WorksheetStatus({
  id,
  error,
  restored,
  retry,
}: {
  id: string;
  error: string | null;
  restored: boolean;
  retry(): void;
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
    <p id={id} className="hint" role="status">
      {restored ? restoredMessage : ''}
    </p>
  );
}
