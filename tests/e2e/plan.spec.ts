import AxeBuilder from '@axe-core/playwright';
import type { SettingsRecord, TickRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';
import { storedRows } from './stored-rows';

test('a ticked task survives a reload and a route change', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('checkbox', { name: 'SparkML pipelines' }).check();
  await expect
    .poll(async () => (await storedRows<TickRecord>(page, 'ticks')).map((t) => t.id))
    .toContain('sparkml-pipelines');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).toBeChecked();
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).toBeChecked();
});

test('a tick in a second tab shows in the first without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/plan');
  await second.goto('/plan');
  // Only the current week (week 1 before a start date) is open; the others unfold on a tap.
  for (const page of [first, second]) await page.getByRole('button', { name: /^Week 3:/ }).click();
  await second.getByRole('checkbox', { name: 'aliases', exact: true }).check();
  await expect(first.getByRole('checkbox', { name: 'aliases', exact: true })).toBeChecked();
  await first.getByRole('checkbox', { name: 'aliases', exact: true }).uncheck();
  await expect(second.getByRole('checkbox', { name: 'aliases', exact: true })).not.toBeChecked();
});

test('set-up by keyboard alone builds a dated route and keeps ticks when the route changes', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByRole('checkbox', { name: 'inference fit' }).check();
  await page.getByRole('radio', { name: /you already deploy and monitor/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: /9-12 hrs\/week/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: /Your route: 4-week compression/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'inference fit' })).toBeChecked();
  await page.getByRole('button', { name: 'Start today' }).press('Enter');
  await expect(page.getByText('This week', { exact: true })).toBeVisible();
  await page.getByRole('radio', { name: /^default 6-week plan/ }).check();
  await expect(page.getByRole('heading', { name: /^Week \d/ })).toHaveCount(6);
  await expect
    .poll(
      async () => (await storedRows<SettingsRecord>(page, 'settings')).find((r) => r.key === 'setup')?.value,
    )
    .toMatchObject({ routeOverride: 'default' });
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'inference fit' })).toBeChecked();
  // Set up, the set-up is one line with "Change", and the weeks come first.
  await expect(page.getByText(/^Your route: default 6-week plan · 9-12 hrs\/week · from /)).toBeVisible();
  await page.getByRole('button', { name: 'Change the set-up' }).click();
  await expect(page.getByRole('heading', { name: /Your route: default 6-week plan/ })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Change the set-up' })).toBeFocused();
});

test('the final-72-hours rules move to the top when the exam is close', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-26T10:00:00') });
  await page.goto('/plan');
  await page.getByLabel('Start date').fill('2026-10-01');
  await page.getByLabel('Exam date').fill('2026-11-28');
  const banner = page.getByRole('region', { name: 'What not to do in the final 72 hours' }).first();
  await expect(banner).toContainText('Final 72 hours: your exam starts in 47 hours.');
  await expect(page.getByRole('row', { name: /^1 Fri Nov 27/ })).toBeVisible();
});

test('works on a 360 px wide phone with nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/plan');
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  for (const name of ['Today', 'Plan', 'Session', 'Misses', 'Review', 'Data']) {
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }),
    ).toBeInViewport();
  }
});

test('the navigation works by keyboard and moves focus to the new page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.getByRole('link', { name: 'Plan', exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your study plan' })).toBeFocused();
  await expect(page).toHaveTitle('Your study plan · ML-PRO Study Tracker');
});

test('an unknown address shows a way back', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'open your plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
});

test('axe finds nothing on /plan', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('radio', { name: /6-8 hrs\/week/ }).check();
  await page.getByRole('button', { name: 'Start today' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('a deep link to a week scrolls it into view', async ({ page }) => {
  await page.goto('/plan#week-5');
  await expect(page.getByRole('article', { name: /^Week 5:/ })).toBeInViewport();
});
