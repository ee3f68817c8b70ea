import type { EngineBrowser, TargetKind } from './engine-browser';
import { markTarget } from './engine-browser';

// Generous: six other jobs share two cores, and a cold engine can take seconds to render a route.
const defaultTimeout = 20_000;

/** Polls until `check` returns something other than null/false, or fails with what was last seen. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | false>,
  timeout = defaultTimeout,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The CSS selector of the element a learner would call `name`, once it is on screen. */
export function find(
  browser: EngineBrowser,
  kind: TargetKind,
  name: string,
  within: string | null = null,
  timeout?: number,
) {
  return waitFor(
    `${kind} "${name}"${within ? ` in "${within}"` : ''}`,
    () => browser.run(markTarget, kind, name, within),
    timeout,
  );
}

export async function clickButton(browser: EngineBrowser, name: string, within: string | null = null) {
  await browser.click(await find(browser, 'button', name, within));
}

export function seeText(browser: EngineBrowser, text: string) {
  return find(browser, 'text', text);
}

export function pageText(browser: EngineBrowser): Promise<string> {
  return browser.run(() => document.body.innerText);
}

export async function expectNoText(browser: EngineBrowser, text: string) {
  const body = await pageText(browser);
  if (body.includes(text)) throw new Error(`Expected the page not to say "${text}".`);
}

/** Waits for the page's text to include `text` (or match it). */
export function waitForText(browser: EngineBrowser, text: string | RegExp, timeout?: number) {
  return waitFor(
    `the page to say ${String(text)}`,
    async () => {
      const body = await pageText(browser);
      return typeof text === 'string' ? body.includes(text) : text.test(body);
    },
    timeout,
  );
}
