/**
 * The frame a view's HTML document paints before any script runs (build/route-documents.ts) sits in #shell,
 * beside the empty #root React renders into. It stays until the app's first render lands in #root, then leaves
 * in the same task, before the next paint, so nothing flashes. A keyboard user who has already tabbed into it
 * (the skip link, a tab of the navigation) keeps their place: focus moves to the same control in the app.
 */
export function handOverFromShell(root: HTMLElement): void {
  const shell = document.getElementById('shell');
  if (!shell) return;
  const observer = new MutationObserver(() => {
    if (!root.firstElementChild) return;
    observer.disconnect();
    const focused = document.activeElement;
    const counterpart =
      focused instanceof HTMLElement && shell.contains(focused) ? sameControl(focused, root) : null;
    shell.remove();
    counterpart?.focus({ preventScroll: true });
  });
  observer.observe(root, { childList: true });
}

/** The app's element for a control of the static frame: a link by its address, anything else by tag and text. */
function sameControl(element: HTMLElement, root: HTMLElement): HTMLElement | null {
  const href = element.getAttribute('href');
  const candidates = [...root.querySelectorAll<HTMLElement>(element.tagName)];
  return (
    candidates.find((candidate) =>
      href === null
        ? candidate.textContent === element.textContent
        : candidate.getAttribute('href') === href && candidate.textContent === element.textContent,
    ) ?? null
  );
}
