import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Setup } from '../../src/domain/setup';
import { expect, test } from './fixtures';
import { aSet, learner, misses, openWith, setupRow } from './learner-rows';
import { putRows, storedRows } from './stored-rows';

/**
 * Issue 20's "What a learner hit", one journey per bullet, at a phone's and a laptop's width, with the clock
 * pinned: what the coach says at each moment is one answer, and what it offers does what it says.
 */

/** A set on Jul 8 with 4 of its 5 misses in monitoring and drift response: that lane collapses. */
const collapsing = {
  sets: [aSet('c', '2026-07-08', 15, 3)],
  misses: [...misses('c', 'bad-monitoring-reaction', 4), ...misses('c', 'leakage', 1)],
};

const tickAll = async (list: ReturnType<Page['getByRole']>) => {
  for (const box of await list.getByRole('checkbox').all()) await box.check();
};

/** Whether the stored set-up still has the route, hours and exam of `setup`. */
async function storedSetupIs(page: Page, setup: Setup) {
  const rows = await storedRows<{ key: string; value: Setup }>(page, 'settings');
  const stored = rows.find((row) => row.key === 'setup')?.value;
  const fields = ['hoursBand', 'routeOverride', 'partTimeWeeks', 'examDate'] as const;
  return fields.every((field) => stored?.[field] === setup[field]);
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
    });

    test('a repair in the final week lands on today, says where, is ticked on Today and /plan, and then every card says "confirm with one light set"', async ({
      page,
    }) => {
      await openWith(
        page,
        '2026-07-18T09:00:00',
        { settings: [setupRow(learner)], ...collapsing },
        '/misses#repair',
      );
      await page
        .getByRole('button', { name: /Add these lessons to today\s*for monitoring and drift response/ })
        .click();
      await expect(page.getByText(/to today's work/)).toBeVisible();
      await expect.poll(async () => (await storedRows(page, 'extraTasks')).length).toBe(2);

      await page.getByRole('link', { name: 'Today', exact: true }).click();
      const today = page.getByRole('list', { name: 'Repair lessons' });
      await expect(today.getByRole('checkbox')).toHaveCount(2);
      await today.getByRole('checkbox').first().check();

      await page.getByRole('link', { name: 'Plan', exact: true }).click();
      const plan = page.getByRole('region', { name: "After the route's weeks: repair lessons" });
      await expect(plan.getByRole('checkbox').first()).toBeChecked();
      await tickAll(plan);
      await expect(plan.getByRole('checkbox', { checked: true })).toHaveCount(2);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `/plan: ${v.id} ${n.target.join(' ')}`))).toEqual(
        [],
      );

      // One verdict for the lane on every card and view.
      for (const [link, name] of [
        ['Today', 'Today'],
        ['Plan', 'Your study plan'],
        ['Misses', 'Miss log'],
      ] as const) {
        await page.getByRole('link', { name: link, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
        await expect(
          page.getByText('Monitoring and drift response repaired: confirm with one light mixed set.').first(),
        ).toBeVisible();
        await expect(page.getByText(/monitoring and drift response is still collapsing/)).toHaveCount(0);
        await expect(page.getByText(/A lane is still collapsing:/)).toHaveCount(0);
      }
      await page.getByRole('link', { name: 'Today', exact: true }).click();
      await expect(
        page
          .getByRole('region', { name: 'Booking signal' })
          .getByText(/confirm the repair with one light mixed set before booking/),
      ).toBeVisible();
    });

    test('the issue\'s learner (lighter on MLOps, 6-8 h, exam 49 days out): each offered fix leaves no problem, and is not "your override"', async ({
      page,
    }) => {
      const setup: Setup = { ...learner, startDate: '2026-06-01', examDate: '2026-07-20' };
      await openWith(page, '2026-05-25T09:00:00', { settings: [setupRow(setup)] }, '/plan');
      const problems = page.locator('.route-problem');
      await expect(problems).toBeVisible();
      // The 8-week part-time plan alone needs 56 days: offered only with the exam moved.
      await expect(
        page.getByRole('button', { name: 'Switch to the 8-week part-time plan', exact: true }),
      ).toHaveCount(0);
      const fixes = problems.getByRole('button').filter({ hasNotText: 'Keep my route' });
      const labels = await fixes.allTextContents();
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        await page.getByRole('button', { name: label, exact: true }).click();
        await expect(page.getByText(`Done: ${label.replace(/^\w/, (c) => c.toLowerCase())}.`)).toBeVisible();
        await expect(problems).toHaveCount(0);
        await expect(page.getByText(/You chose the/)).toHaveCount(0);
        // Back to the learner's set-up for the next fix, once the fix is stored.
        await expect.poll(() => storedSetupIs(page, setup)).toBe(false);
        await putRows(page, { settings: [setupRow(setup)] });
        await page.reload();
        await expect(problems).toBeVisible();
      }
    });

    test('route advice is for while the route can change: "Done" and "Keep my route" are remembered, and from week 6 /plan says what Today says', async ({
      page,
    }) => {
      await openWith(page, '2026-06-03T09:00:00', { settings: [setupRow(learner)] }, '/plan');
      // The mismatch opens the set-up once, with its choices.
      await page.getByRole('button', { name: 'Keep my route' }).click();
      await expect(page.getByText('Kept: your route stays as it is.')).toBeVisible();
      await page.getByRole('button', { name: 'Done' }).click();
      await expect
        .poll(async () => JSON.stringify(await storedRows(page, 'settings')))
        .toContain('keptRoute":"[');
      await page.reload();
      await expect(page.getByRole('button', { name: 'Change the set-up' })).toBeVisible();
      await page.getByRole('button', { name: 'Change the set-up' }).click();
      await expect(page.getByText(/You kept this route knowing:/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Keep my route' })).toHaveCount(0);

      // Week 6, the last 7 days, after the exam: no route fixes, and /plan says where Today says the learner is.
      for (const [time, plan, today] of [
        ['2026-07-08T09:00:00', /Your route is in its last week/, /This week: week 6/],
        ['2026-07-15T09:00:00', /Your last 7 days have begun: today is day 5/, /Today, day 5 of the last 7/],
        ['2026-07-22T09:00:00', /Your exam on Mon Jul 20 has passed/, /How did it go\?/],
      ] as const) {
        await page.clock.setSystemTime(new Date(time));
        await page.goto('/plan');
        await page.getByRole('button', { name: 'Change the set-up' }).click();
        await expect(page.getByText(plan)).toBeVisible();
        await expect(
          page.getByRole('button', { name: /^(Switch to the|Set \d|Move the exam|Keep my route)/ }),
        ).toHaveCount(0);
        await page.getByRole('link', { name: 'Today', exact: true }).click();
        await expect(page.getByRole('heading', { name: today })).toBeVisible();
        await expect(page.getByText(/See what to change/)).toHaveCount(0);
      }
    });

    test('after the exam: "passed" ends the coaching, "not yet" starts a new route with nothing ticked and the miss log kept, "rescheduled" moves the date', async ({
      page,
    }) => {
      await openWith(page, '2026-07-21T09:00:00', {
        settings: [setupRow(learner)],
        ticks: [{ id: 'sparkml-pipelines', tickedAt: Date.parse('2026-06-02T09:00:00') }],
        ...collapsing,
      });
      const outcome = page.getByRole('group', { name: 'Your exam result' });
      await outcome.getByRole('radio', { name: 'Passed' }).check();
      await expect(page.getByText('Congratulations: you passed the ML-PRO exam.')).toBeVisible();
      for (const gone of [/Do not book yet/, /hrs\/week your plan promises/, /A lane is still collapsing:/])
        await expect(page.getByText(gone)).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Log study time' })).toHaveCount(0);
      await page.getByRole('link', { name: 'Plan', exact: true }).click();
      await expect(page.getByText(/Your exam date has passed: there is nothing to book/)).toBeAttached();
      await expect(page.getByText(/Do not book yet|close to booking/)).toHaveCount(0);

      await page.getByRole('link', { name: 'Today', exact: true }).click();
      await outcome.getByRole('radio', { name: 'Rescheduled' }).check();
      await page.getByLabel('Your new exam date').fill('2026-07-30');
      await page.getByRole('button', { name: 'Save the new date' }).click();
      await expect(
        page.getByRole('heading', { name: /^Today, day 7 of the last 7|This week|Repair and mixed sets/ }),
      ).toBeVisible();
      await expect(page.getByText(/9 days to your exam on Thu Jul 30/)).toBeVisible();

      await page.clock.setSystemTime(new Date('2026-07-31T09:00:00'));
      await page.reload();
      await outcome.getByRole('radio', { name: 'Not yet' }).check();
      await page.getByLabel('Your next exam date').fill('2026-10-01');
      await page.getByRole('button', { name: 'Start a new route to this date' }).click();
      await expect(page.getByRole('heading', { name: /^This week: week 1/ })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).not.toBeChecked();
      await expect(page.getByText(/^Whole plan: 0 of \d+ done/)).toBeVisible();
      await expect(page.getByText(/A lane is still collapsing: monitoring and drift response/)).toBeVisible();
      await page.getByRole('link', { name: 'Misses', exact: true }).click();
      await expect(page.locator('.miss-count')).toHaveText('5 misses');
    });
  });
}
