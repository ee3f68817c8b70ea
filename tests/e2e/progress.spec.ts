import type { Page } from '@playwright/test';
import { createBackup, emptyBackupData } from '../../src/domain/backup-format';
import type { SessionRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';

/**
 * A simulated 6-week route in Berlin, across the end of summer time (Oct 25): five weeks of sessions come in as a
 * backup, and on the day under test one more is run through the timer on a fake clock.
 */
test.use({ timezoneId: 'Europe/Berlin' });

const minute = 60_000;
const startDate = '2026-10-12';
const examDate = '2026-11-27';
/** Minutes per day of each route week, Monday first; 'late' is 60 minutes from 23:30, running past midnight. */
const plan: (number | 'late')[][] = [
  [60, 60, 0, 60, 60, 0, 60], // 5 h: short of the 6-8 band
  [60, 60, 60, 0, 60, 0, 60], // 5 h again, ending on the day the clocks go back
  [90, 60, 60, 0, 90, 60, 60], // 7 h
  [60, 60, 'late', 0, 60, 90, 90], // 7 h
  [0, 0, 60, 0, 0, 0, 0], // 1 h
  [60, 60, 0, 60], // Mon-Thu of week 6; Friday is today
];

const isoAdd = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The UTC instant of a Berlin wall-clock time (CEST +2 until Oct 25 02:00 UTC+1 after). */
function berlin(date: string, hours: number, minutes = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const offset = date < '2026-10-25' ? 2 : 1;
  return Date.UTC(y, m - 1, d, hours - offset, minutes);
}

function seededSessions(): SessionRecord[] {
  return plan.flatMap((week, w) =>
    week.flatMap((planned, d) => {
      if (planned === 0) return [];
      const date = isoAdd(startDate, w * 7 + d);
      const startedAt = planned === 'late' ? berlin(date, 23, 30) : berlin(date, 19);
      const minutes = planned === 'late' ? 60 : planned;
      return [
        {
          id: `seed-${date}`,
          status: 'completed' as const,
          startedAt,
          shiftMs: 0,
          pausedMs: 0,
          pausedAt: null,
          endedAt: startedAt + minutes * minute,
          studiedMs: minutes * minute,
          notes: {},
          updatedAt: startedAt + minutes * minute,
        },
      ];
    }),
  );
}

async function importRoute(page: Page) {
  const data = emptyBackupData();
  data.settings = [
    {
      key: 'setup',
      value: {
        startingPoint: 'lighter-on-mlops',
        hoursBand: '6-8',
        examDate,
        examTime: '10:30',
        startDate,
        routeOverride: null,
        partTimeWeeks: 10,
      },
      updatedAt: berlin(startDate, 9),
    },
  ];
  data.sessions = seededSessions();
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'route.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(createBackup(data, '0.1.0', berlin('2026-11-19', 22)))),
  });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from route.json.')).toBeVisible();
}

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
    [1, '5 of 7', '5.0 h', 'below the promise'],
    [2, '5 of 7', '5.0 h', 'below the promise'],
    [3, '6 of 7', '7.0 h', 'kept the promise'],
    [4, '6 of 7', '7.0 h', 'kept the promise'],
    [5, '1 of 7', '1.0 h', 'below the promise'],
    [6, '4 of 5', '4.0 h', 'in progress'],
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
