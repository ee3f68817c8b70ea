import { SaveFailure } from './save-failure';

/** A form's submit (and cancel, when it has one), then the failed save with its retry. */
export function FormActions({
  submitLabel,
  saving,
  failure,
  onCancel,
}: {
  submitLabel: string;
  saving: boolean;
  failure: string | null;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <>
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
    </>
  );
}
