/** The review's lead: fixed text, so the view's HTML document paints it before any script runs. */
export function ReviewLead() {
  return (
    <p>
      Your miss rules, spaced to be fresh on exam day. Recall the rule from the cue, then show it and grade
      yourself: <kbd>Space</kbd> shows, <kbd>1</kbd>–<kbd>4</kbd> grade, <kbd>U</kbd> undoes.
    </p>
  );
}
