import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { berlin, examDate, importRoute, isoAdd, minute, plan, startDate } from './route-backup';

/** Five weeks of sessions come in as a backup; on the day under test one more is run through the timer on a fake clock. */
test.use({ timezoneId: 'Europe/Berlin' });

const today = '2026-11-20';

async function startOn(page: Page, instant: number) {
  await page.clock.install({ time: instant });
  await page.clock.pauseAt(instant + minute);
}

const cell = (page: Page, date: string) => page.locator(`svg.heatmap-grid rect[data-date="${date}"]`);
const weekRow = (page: Page, week: number) =>
  page.getByRole('table', { name: 'Hours and study days per week' }).locator(`tr[data-week="${week}"]`);

test('six weeks of study show on the calendar and in hours per week', async ({ page }) => {
  await startOn(page, berlin(today, 8));
  await importRoute(page);

  // Today's session, run through the timer.
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.clock.fastForward('01:00:00');
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();

  // The calendar runs from the start date to the exam, every day studied shaded by its minutes.
  await expect(page.locator('svg.heatmap-grid rect[data-date]')).toHaveCount(47);
  for (const [w, week] of plan.entries()) {
    for (const [d, planned] of week.entries()) {
      const date = isoAdd(startDate, w * 7 + d);
      const level = planned === 0 ? 0 : planned === 90 ? 4 : 3;
      await expect(cell(page, date), date).toHaveClass(new RegExp(`\\blevel-${level}\\b`));
    }
  }
  // The late session counts on the evening it started, not on the next morning.
  await expect(cell(page, '2026-11-05')).toHaveClass(/\blevel-0\b/);
  await expect(cell(page, today)).toHaveClass(/\blevel-3\b.*\btoday\b/);
  await expect(cell(page, examDate)).toHaveClass(/\bexam\b/);
  await expect(cell(page, isoAdd(today, 1))).toHaveClass(/\blevel-0\b.*\bfuture\b/);
  await expect(
    page.getByRole('img', { name: /^Study calendar from Monday, October 12, 2026/ }),
  ).toHaveAccessibleName(/27 study days of 40 days so far/);

  // Hours per week match the sessions, study days are counted against the days lived, and the pace check's turns
  // are on the weeks they happened.
  const expected = [
    [1, '5 of 7', '5 h', 'below the promise'],
    [2, '5 of 7', '5 h', 'below the promise'],
    [3, '6 of 7', '7 h', 'kept the promise'],
    [4, '6 of 7', '7 h', 'kept the promise'],
    [5, '1 of 7', '60 min', 'below the promise'],
    [6, '4 of 5', '4 h', 'in progress'],
  ] as const;
  for (const [week, days, hours, promise] of expected) {
    const row = weekRow(page, week);
    await expect(row.getByRole('cell').nth(1)).toHaveText(days);
    await expect(row.getByRole('cell').nth(2)).toHaveText(hours);
    await expect(row.getByRole('cell').nth(3)).toHaveText(promise);
  }
  await expect(weekRow(page, 3).getByRole('cell').nth(4)).toContainText('short of the 6-8 hrs/week');
  await expect(weekRow(page, 4).getByRole('cell').nth(4)).toHaveText(/Back on the promised pace/);
  for (const week of [1, 2, 5, 6]) await expect(weekRow(page, week).getByRole('cell').nth(4)).toHaveText('');
  await expect(page.locator('.progress-stats li', { hasText: 'in a row' })).toHaveText(
    '0 weeks in a row at your promised pace (your best run: 2 weeks)',
  );

  // The day table says the same for a screen reader.
  await page.getByText('Every day as a table').click();
  await expect(page.getByRole('row', { name: /Fri Nov 20 \(today\)/ })).toContainText('60 min');

  // Deep link and reload: the view is its own address.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect(cell(page, today)).toHaveClass(/\blevel-3\b/);
});

test('the plan prints as a clean week-by-week checklist', async ({ page }) => {
  await page.clock.setFixedTime(berlin(today, 8));
  await importRoute(page);
  await page.goto('/plan');
  await expect(page.getByRole('heading', { name: /^Week 6:/ })).toBeVisible();
  expect(await page.locator('button:visible').count()).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('button:visible, .button:visible')).toHaveCount(0);
  await expect(page.locator('.banner:visible, .toast:visible')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Set-up' })).toBeHidden();
  for (let week = 1; week <= 6; week++) {
    await expect(page.getByRole('heading', { name: new RegExp(`^Week ${week}:`) })).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: `Week ${week} tasks` })
        .getByRole('checkbox')
        .first(),
    ).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Last 7-day compression plan' })).toBeVisible();
  await expect(page.locator('#final-72')).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('in the final 72 hours the printed plan keeps the rules without the banner styling', async ({
  page,
}) => {
  await page.clock.setFixedTime(berlin('2026-11-25', 9));
  await importRoute(page);
  await page.goto('/plan');
  await expect(page.locator('#final-72-now')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#final-72-now')).toBeVisible();
  await expect(page.locator('button:visible')).toHaveCount(0);
});

test('progress prints its charts and nothing to press', async ({ page }) => {
  await page.clock.setFixedTime(berlin(today, 8));
  await importRoute(page);
  await page.goto('/progress');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('svg.heatmap-grid')).toBeVisible();
  await expect(page.locator('svg.week-hours-plot')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Hours and study days per week' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('button:visible, summary:visible')).toHaveCount(0);
});
