/**
 * What a journey needs from a browser, implemented once over WebDriver BiDi (Firefox, puppeteer-core) and once
 * over classic WebDriver (WebKit, selenium-webdriver). Elements are found in the page by what a learner reads
 * (a button's text, a field's label), then clicked and typed into natively by the driver.
 */
export interface EngineBrowser {
  readonly engine: 'firefox' | 'webkit';
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page; it must not close over anything outside itself. */
  run<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  click(selector: string): Promise<void>;
  /** Replaces a field's text, then presses Enter if asked (WebKit's WebDriver needs the key, not a newline). */
  type(selector: string, text: string, options?: { submit?: boolean }): Promise<void>;
  choose(selector: string, value: string): Promise<void>;
  upload(selector: string, filePath: string): Promise<void>;
  close(): Promise<void>;
}

export type TargetKind = 'button' | 'field' | 'text';

/**
 * Runs in the page: finds the visible element a learner would call `name` and marks it for the driver. A button
 * or link by its text or aria-label, a form control by its label, or the innermost element containing a text.
 */
export function markTarget(kind: TargetKind, name: string, within: string | null): string | null {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 || box.height > 0;
  };
  const scopes: ParentNode[] = within
    ? [...document.querySelectorAll('form, section, [role="region"], [role="form"]')].filter((scope) => {
        const labelledBy = scope.getAttribute('aria-labelledby');
        const title = labelledBy
          ? labelledBy
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent)
              .join(' ')
          : scope.getAttribute('aria-label');
        return clean(title) === within;
      })
    : [document];
  const candidates = scopes.flatMap((scope): Element[] => {
    if (kind === 'button')
      return [...scope.querySelectorAll('button, a, [role="button"]')].filter(
        (element) => clean(element.getAttribute('aria-label') ?? element.textContent) === name,
      );
    if (kind === 'field') {
      // A choice's label often goes on after its name ("6-8 hrs/week, better on…"): exact first, then prefix.
      const fields = [...scope.querySelectorAll<HTMLInputElement>('input, select, textarea')];
      const names = (element: HTMLInputElement) => [
        ...[...(element.labels ?? [])].map((label) => clean(label.textContent)),
        clean(element.getAttribute('aria-label')),
      ];
      const exact = fields.filter((element) => names(element).includes(name));
      return exact.length > 0
        ? exact
        : fields.filter((element) => names(element).some((text) => text.startsWith(name)));
    }
    return [...scope.querySelectorAll('body *')].filter(
      (element) =>
        clean(element.textContent).includes(name) &&
        ![...element.children].some((child) => clean(child.textContent).includes(name)),
    );
  });
  // A file input is often hidden behind a styled label, so it counts as shown.
  const found = candidates.find(
    (element) => shown(element) || (element instanceof HTMLInputElement && element.type === 'file'),
  );
  if (!found) return null;
  // A click lands on whatever is on top: a toast floating at the bottom can cover the target. Try it centred, then
  // at the top; if it is still covered, report nothing yet, so the caller waits (a person would wait too).
  const onTop = () => {
    const box = found.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (found === hit || found.contains(hit) || hit.contains(found));
  };
  const fileInput = found instanceof HTMLInputElement && found.type === 'file';
  found.scrollIntoView({ block: 'center' });
  if (!fileInput && kind !== 'text' && !onTop()) {
    found.scrollIntoView({ block: 'start' });
    if (!onTop()) return null;
  }
  const mark = `t${Math.random().toString(36).slice(2)}`;
  found.setAttribute('data-engine-target', mark);
  return `[data-engine-target="${mark}"]`;
}
