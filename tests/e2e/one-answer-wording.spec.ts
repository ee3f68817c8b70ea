import type { Page } from '@playwright/test';
import type { Setup } from '../../src/domain/setup';
import { expect, test } from './fixtures';
import { putRows } from './stored-rows';

/** A 6-week route from Mon Jun 1 to an exam on Mon Jul 20: Jul 13-19 are exactly the last 7 days. */
const learner: Setup = {
  startingPoint: 'lighter-on-mlops',
  hoursBand: '6-8',
  examDate: '2026-07-20',
  examTime: '10:00',
  startDate: '2026-06-01',
  routeOverride: null,
  partTimeWeeks: 10,
  keptRoute: null,
};

async function openWith(page: Page, time: string, rows: Record<string, unknown[]>, path: string) {
  await page.clock.install({ time: new Date(time) });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putRows(page, rows);
  await page.goto(path);
}

for (const [size, viewport] of [
  ['360x740', { width: 360, height: 740 }],
  ['1280x800', { width: 1280, height: 800 }],
] as const) {
  test.describe(`at ${size}`, () => {
    test.use({ viewport });

    test('a blank app shows no booking card and no hours, even after a first tick, until there is a plan', async ({
      page,
    }) => {
      await page.goto('/');
      const firstTask = page.getByRole('checkbox').first();
      await firstTask.check();
      await expect(page.getByRole('link', { name: 'set up your plan' })).toBeVisible();
      await expect(firstTask).toBeChecked();
      await expect(page.getByRole('region', { name: 'Booking signal' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Hours this week' })).toHaveCount(0);
    });

    test('/progress names the weeks past the route as Today and /plan do, and writes hours one way', async ({
      page,
    }) => {
      const log = (id: string, date: string, minutes: number) => ({
        id,
        date,
        minutes,
        what: 'Docs',
        createdAt: 1,
        updatedAt: 1,
      });
      await openWith(
        page,
        '2026-07-21T09:00:00',
        {
          settings: [{ key: 'setup', value: learner, updatedAt: 1 }],
          studyLogs: [log('a', '2026-06-02', 60), log('b', '2026-06-03', 45), log('c', '2026-07-14', 30)],
        },
        '/progress',
      );
      const weeks = page.getByRole('table', { name: 'Hours and study days per week' });
      await expect(weeks.getByRole('row', { name: /^Week 1 / })).toContainText('1 h 45 min');
      await expect(weeks.getByRole('row', { name: /^Last 7 days Mon Jul 13 – Sun Jul 19/ })).toContainText(
        '30 min',
      );
      await expect(
        weeks.getByRole('row', { name: /^The exam day and after the exam Mon Jul 20 – Tue Jul 21/ }),
      ).toBeVisible();
      await expect(weeks.getByRole('row', { name: /Week 7|after the route/ })).toHaveCount(0);
      await expect(page.getByText(/\d\.\d h\b|\d hours\b/)).toHaveCount(0);
    });
  });
}
