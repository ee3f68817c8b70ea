/**
 * A save that did not reach storage: the reason, and that the text is still in the form. The form's own submit
 * button is the retry, so this holds one more submit button labelled for it.
 */
export function SaveFailure({ message }: { message: string }) {
  return (
    <div className="banner danger" role="alert">
      <p>Not saved: {message} Your text is still here.</p>
      <p className="actions">
        <button type="submit">Try again</button>
      </p>
    </div>
  );
}
