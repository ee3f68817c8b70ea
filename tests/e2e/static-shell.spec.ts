import { staticViews } from '../../src/app/static-shell';
import { expect, test } from './fixtures';

const navLabel: Record<string, string> = {
  '/': 'Today',
  '/plan': 'Plan',
  '/session': 'Session',
  '/misses': 'Misses',
  '/review': 'Review',
  '/progress': 'Progress',
  '/data': 'Data',
};

for (const [path, heading] of Object.entries(staticViews)) {
  test(`${path} paints its frame and heading before any script runs, and the view keeps them`, async ({
    browser,
    page,
  }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto(path);
    await expect(bare.getByRole('heading', { level: 1 })).toHaveText(heading.title);
    const staticHeader = await bare.locator('.page-header').innerHTML();
    if (heading.lead) await expect(bare.locator('.page-header > p')).not.toBeEmpty();
    // The document's navigation is for the eye only until the app runs (AppFrame's staticCopy).
    const staticLinks = bare.locator('nav.app-nav a');
    await expect(bare.locator('nav.app-nav')).toHaveAttribute('aria-hidden', 'true');
    // A view reached from inside others (the practice exam) has no link of its own to mark.
    if (navLabel[path])
      await expect(staticLinks.filter({ hasText: new RegExp(`^${navLabel[path]}$`) })).toHaveAttribute(
        'aria-current',
        'page',
      );
    const linksOf = (links: typeof staticLinks) =>
      links.evaluateAll((all) => all.map((a) => [a.textContent, a.getAttribute('href'), a.className]));
    const staticNav = await linksOf(staticLinks);
    // Fixed text that opens the view (the miss log's record steps) must be the markup the view renders.
    const opening = bare.locator('main [data-static-opening]').first();
    const staticOpening = heading.opening ? await opening.innerHTML() : null;
    await noScript.close();

    await page.goto(path);
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('button', { name: /Switch to (dark|light) theme/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading.title);
    // The same heading and lead, so the view's first paint is the static one and nothing moves.
    expect(await page.locator('.page-header').innerHTML()).toBe(staticHeader);
    expect(await linksOf(page.getByRole('navigation', { name: 'Main' }).getByRole('link'))).toEqual(
      staticNav,
    );
    if (staticOpening !== null) {
      const hydrated = page.locator('main [data-static-opening]').first();
      expect(await hydrated.innerHTML()).toBe(staticOpening);
    }
  });
}

test("any other address falls back to Today's document, then the router shows its own view", async ({
  page,
}) => {
  await page.goto('/no-such-page');
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('Loading your study plan…')).toHaveCount(0);
});

test('a keyboard user who tabs into the page before the app renders keeps their place', async ({ page }) => {
  // Hold the app's entry back, as a slow network would, so the document's own frame is what takes the Tab.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/plan', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Your study plan' })).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true');
  // Only the skip link takes the Tab: the links that navigate wait for the app, so none starts a page load.
  await page.keyboard.press('Tab');
  await expect(page.locator('#shell .skip-link')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Plan', exact: true })).toHaveCount(0);

  release();
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#shell')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // And the next Tab carries on from there, to the header's theme switch.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Switch to (dark|light) theme/ })).toBeFocused();
});
