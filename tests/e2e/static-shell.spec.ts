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
    await expect(bare.getByRole('link', { name: navLabel[path], exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const staticNav = await bare.getByRole('navigation', { name: 'Main' }).innerHTML();
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
    expect(await page.getByRole('navigation', { name: 'Main' }).innerHTML()).toBe(staticNav);
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
