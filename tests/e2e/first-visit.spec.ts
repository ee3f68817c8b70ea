import type { Page } from '@playwright/test';
import { storedRows } from './stored-rows';
import { expect, test } from './fixtures';

// What a first visit costs is judged on a phone (Lighthouse's mobile screen): npm run bench measures it
// against the bare stack; these tests keep the two things that make it cheap from quietly regressing.
test.use({ viewport: { width: 412, height: 823 } });

const views = ['/', '/plan', '/session', '/misses', '/review', '/rehearsal', '/progress', '/data'];

interface Paint {
  /** The painted element's text, or null once the element has left the page (the static document's, replaced). */
  text: string | null;
  beforeApp: boolean;
}

/** Every largest-contentful-paint candidate, noting whether it was painted before the app rendered the view. */
async function watchLargestPaints(page: Page) {
  await page.addInitScript(() => {
    const seen: Paint[] = [];
    (window as unknown as { largestPaints: Paint[] }).largestPaints = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
        seen.push({
          text: entry.element?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
          beforeApp: document.querySelector('main[aria-busy="false"]') === null,
        });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

for (const view of views) {
  test(`a first visit to ${view} has its largest paint in the HTML document, before any script`, async ({
    page,
  }) => {
    const documentText = textOf(await (await page.request.get(view)).text());
    await watchLargestPaints(page);
    await page.goto(view);
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
    // Give the rendered view time to paint anything larger than the static document did.
    await page.waitForTimeout(500);
    const paints = await page.evaluate(() => (window as unknown as { largestPaints: Paint[] }).largestPaints);
    expect(paints.length).toBeGreaterThan(0);
    // On a fast machine the app may render before the browser paints the document; the largest paint must
    // still be content the document already holds (a loading line does not count), never the app's own.
    const fromTheApp = paints.filter((paint) =>
      paint.text === null
        ? !paint.beforeApp
        : !documentText.includes(paint.text) || paint.text.startsWith('Loading'),
    );
    expect(paints.at(-1)?.text ?? '').not.toMatch(/^Loading/);
    expect(fromTheApp).toEqual([]);
  });
}

// A phone fetches six files at a time over HTTP/1.1 and each costs a round trip: the study views share code
// in a few larger chunks (build/view-chunks.ts) rather than one per set of views (Today had fetched 23).
test('a first visit to each view fetches at most nine scripts before it can render', async ({ page }) => {
  for (const view of views) {
    const scripts: string[] = [];
    const record = (request: { url(): string; resourceType(): string }) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    };
    page.on('request', record);
    await page.goto(view);
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
    page.off('request', record);
    expect(scripts.length, `${view}: ${scripts.join(' ')}`).toBeLessThanOrEqual(9);
  }
});

// Chunks that only show a learner's data: a first visit has none, so it must not download them.
const dataOnlyChunks = /\/assets\/(miss-log-sections|collapsing-lane-banner|due-reviews-card)-[\w-]+\.js$/;

test('a first visit loads no code that only shows a learner’s data', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  for (const view of ['/', '/plan', '/misses']) {
    await page.goto(view);
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  }
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((path) => dataOnlyChunks.test(path))).toEqual([]);
});

test('a returning learner’s first render already holds the miss log, with nothing popping in', async ({
  page,
}) => {
  await page.goto('/misses');
  const setForm = page.getByRole('form', { name: '1. Record a mixed set' });
  await setForm.getByLabel('Questions').fill('20');
  await setForm.getByLabel('Correct').fill('17');
  await setForm.getByRole('button', { name: 'Save set' }).click();
  await expect.poll(async () => (await storedRows(page, 'sets')).length).toBe(1);

  await page.addInitScript(() => {
    const seen = { loadingLine: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Loading your miss log…')) seen.loadingLine = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Analytics' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Miss log', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen: { loadingLine: boolean } }).seen)).toEqual({
    loadingLine: false,
  });
});
