import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { SelfCheckRecord } from '../../src/domain/records';
import type { Setup } from '../../src/domain/setup';
import { expect, test } from './fixtures';
import { storedRows } from './stored-rows';
import { aSet, learner, misses, openWith, putRowsOnceOpen, setupRow } from './learner-rows';

test('the final week: Today shows that day\'s "Day 6 ... only" focus, ticked the same as on /plan', async ({
  page,
}) => {
  await openWith(page, '2026-07-14T09:00:00', { settings: [setupRow(learner)] });
  await expect(
    page.getByRole('heading', {
      name: 'Today, day 6 of the last 7',
    }),
  ).toBeVisible();
  await expect(page.getByText(/Up next: week/)).toHaveCount(0);
  await expect(page.getByText(/Behind pace/)).toHaveCount(0);
  await expect(page.getByText(/part-time plan/)).toHaveCount(0);
  await page
    .getByRole('checkbox', { name: 'Day 6: distributed training, Spark vs Ray, and tuning only' })
    .check();
  await page.getByRole('link', { name: 'See all of the last 7 days' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'distributed training, Spark vs Ray, and tuning only' }),
  ).toBeChecked();
});

test('the exam hours: "underway" while it runs, never "starts in 0 hours", then how did it go (kept)', async ({
  page,
}) => {
  await openWith(page, '2026-07-20T10:30:00', { settings: [setupRow(learner)] });
  await expect(page.getByText('Your exam is underway. Trust your rules.')).toBeVisible();
  await expect(page.getByText(/starts in 0 hours/)).toHaveCount(0);
  await page.clock.setSystemTime(new Date('2026-07-21T09:00:00'));
  await page.reload();
  const outcome = page.getByRole('group', { name: 'Your exam result' });
  await outcome.getByRole('radio', { name: 'Not yet' }).check();
  await expect(page.getByLabel('Your next exam date')).toBeVisible();
  await expect(page.getByText(/Your miss log and your rule review carry over/)).toBeVisible();
  await expect
    .poll(async () => (await storedRows<{ key: string }>(page, 'settings')).map((r) => r.key))
    .toContain('examOutcome');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Not yet' })).toBeChecked();
});

test('route advice offers only changes that leave no problem, and never the compression for a newcomer', async ({
  page,
}) => {
  const newcomer: Setup = { ...learner, startingPoint: 'newer-to-production', examDate: '2026-07-06' };
  await openWith(page, '2026-05-25T09:00:00', { settings: [setupRow(newcomer)] }, '/plan');
  await expect(page.getByRole('heading', { name: /Your route: default 6-week plan/ })).toContainText(
    '42 days',
  );
  await expect(page.getByText(/60-day plan/)).toHaveCount(0);
  await expect(page.getByText(/compression fits/)).toHaveCount(0);
  await expect(page.getByText(/12-22 weeks at this pace/)).toBeVisible();
  // The 12 weeks alone would miss the exam: no single number fits, so the pair comes in one click.
  await expect(
    page.getByRole('button', { name: 'Switch to the 12-week part-time plan', exact: true }),
  ).toHaveCount(0);
  await page
    .getByRole('button', { name: 'Switch to the 12-week part-time plan and move the exam to Mon Aug 24' })
    .click();
  await expect(page.getByRole('heading', { name: /Your route: 8-12 week part-time plan/ })).toContainText(
    '12 weeks',
  );
  await expect(page.getByRole('button', { name: /Switch to the|Move the exam|Set \d/ })).toHaveCount(0);
  await expect(page.getByText('The route ends on Sun Aug 23, 1 day before your exam.')).toBeVisible();
  // The route the advice switched to is not "your override".
  await expect(page.getByText(/You chose the/)).toHaveCount(0);
  await expect(
    page.getByText(
      'The 8-12 week part-time plan instead of the recommended default 6-week plan, which is shorter than your hours need.',
    ),
  ).toBeVisible();

  // An override to the compression shows the seed's condition, with the way back. Following the
  // recommendation (6 weeks) would leave the hours short, so the way back offered is the 12 weeks that fit.
  await page.getByRole('radio', { name: /^4-week compression/ }).check();
  await expect(
    page
      .getByText(/If you already own Databricks ML release and monitoring workflows, compress the route/)
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Follow the recommendation' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Switch to the 12-week part-time plan', exact: true }).click();
  await expect(page.getByRole('radio', { name: /^8-12 week part-time plan/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Keep my route' })).toHaveCount(0);

  // The seed's compression sentence introduces its table; the seed's own title and revision are shown as written.
  await expect(page.getByText(/compress the route into four weeks:$/)).not.toHaveClass(/muted/);
  const about = page.getByRole('region', { name: 'About this plan' });
  await expect(about).toContainText(
    'Databricks ML-PRO Study Plan: MLOps, Governance, and Serving in 30, 60, and 90 Days',
  );
  await expect(about).toContainText('Databricks ML-PRO 30-, 60-, and 90-day study plan');
  await expect(about).toContainText('Revised on Sunday, May 10, 2026');
});

const selfChecks: SelfCheckRecord[] = (
  ['safe-to-promote', 'not-interchangeable', 'defend-databricks-answer'] as const
).map((id) => ({ id, checked: true, justification: 'I can explain it.', updatedAt: 1 }));

test('readiness: a collapsing lane is never "close to booking", and ticking its repair lessons asks for one light set', async ({
  page,
}) => {
  const sets = [
    aSet('a', '2026-06-20', 14, 1),
    aSet('b', '2026-06-24', 14, 2),
    aSet('c', '2026-06-27', 15, 3),
  ];
  await openWith(page, '2026-06-29T09:00:00', {
    settings: [setupRow(learner)],
    signals: selfChecks,
    sets,
    misses: [
      ...misses('a', 'bad-monitoring-reaction', 3),
      ...misses('a', 'unsafe-rollout', 3),
      ...misses('b', 'bad-monitoring-reaction', 3),
      ...misses('c', 'bad-monitoring-reaction', 4),
      ...misses('c', 'leakage', 1),
    ],
  });
  await expect(
    page.getByText(/A lane is still collapsing: monitoring and drift response, 4 of 5 misses/),
  ).toBeVisible();
  await expect(page.getByText(/close to booking/)).toHaveCount(0);
  await expect(
    page.getByText(/Do not book yet: monitoring and drift response is still collapsing/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByText(/close to booking/)).toHaveCount(0);

  await page.goto('/misses#repair');
  await page
    .getByRole('button', { name: /Add these lessons to this week for monitoring and drift response/ })
    .click();
  // A full page load would cut off a write still in flight, so wait until the lessons are stored.
  await expect.poll(async () => (await storedRows(page, 'extraTasks')).length).toBe(2);
  await page.goto('/plan');
  await page
    .getByRole('checkbox', { name: '2.5 Lakehouse Monitoring, Drift Metrics and Alerting Design' })
    .check();
  await page
    .getByRole('checkbox', { name: '3.1 Deployment strategies: blue-green and canary rollout' })
    .check();
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(
    page.getByText('Monitoring and drift response repaired: confirm with one light mixed set.'),
  ).toBeVisible();
  await expect(page.getByText(/A lane is still collapsing/)).toHaveCount(0);

  // Today and /plan count the same tasks, the two repair lessons included.
  const todayCount = await page.getByText(/^Whole plan: \d+ of \d+ done/).textContent();
  // The default route's 22 tasks plus the 2 repair lessons, 2 of them ticked.
  expect(todayCount).toMatch(/^Whole plan: 2 of 24 done/);
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByText(/^Whole plan: \d+ of \d+ done/)).toHaveText(todayCount!);
});

test('hours are honest: logging 90 minutes by hand moves hours this week by 1 h 30 min, and it can be edited and deleted', async ({
  page,
}) => {
  await openWith(page, '2026-06-10T18:00:00', { settings: [setupRow(learner)] });
  const hours = page.getByRole('region', { name: 'Hours this week' });
  await expect(hours).toContainText('0 min studied');
  await expect(hours).toContainText('0 min of the 6-8 hrs/week your plan promises.');
  const log = page.getByRole('region', { name: 'Log study time' });
  await log.getByLabel('Minutes').fill('90');
  await log.getByLabel('What you studied').fill('Lakehouse Monitoring docs');
  await log.getByRole('button', { name: 'Log study time' }).click();
  await expect(hours).toContainText('1 h 30 min studied');
  await expect(hours).toContainText('1 h 30 min of the 6-8 hrs/week your plan promises.');

  await log.getByRole('button', { name: 'Edit Lakehouse Monitoring docs' }).click();
  await log.getByLabel('Minutes').nth(1).fill('60');
  await log.getByRole('button', { name: 'Save changes' }).click();
  await expect(hours).toContainText('60 min of the 6-8 hrs/week');
  await page.reload();
  await expect(hours).toContainText('60 min studied');

  await log.getByRole('button', { name: 'Delete Lakehouse Monitoring docs' }).click();
  await expect(hours).toContainText('0 min studied');
  await log.getByRole('button', { name: 'Undo' }).click();
  await expect(hours).toContainText('60 min studied');

  // A bad entry says what is wrong and changes nothing.
  await log.getByLabel('Minutes').first().fill('0');
  await log.getByRole('button', { name: 'Log study time' }).click();
  await expect(log.getByText('Enter whole minutes from 1 to 720.')).toBeVisible();
  await expect(hours).toContainText('60 min studied');
});

test('"Finish early" asks first; a session with under a minute studied is not kept; the worksheet asks what to revisit', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-06-10T18:00:00') });
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Finish early' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('it will not be kept in your history');
  await page.getByRole('button', { name: 'Finish session' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('No finished sessions yet.');
  await expect.poll(async () => (await storedRows(page, 'sessions')).length).toBe(0);

  await page.getByRole('button', { name: 'Start session' }).click();
  await page.clock.fastForward('42:00');
  await expect(page.getByRole('group', { name: 'Your miss rule and safer action rule' })).toBeVisible();
  const worksheet = page.getByRole('group', { name: 'Your miss rule and safer action rule' });
  await worksheet.getByLabel('Miss rule').fill('Check the alias before promoting.');
  await worksheet.getByLabel('Weak domain').selectOption({ label: 'MLOps' });
  await worksheet.getByLabel('Failure mode').selectOption({ label: 'weak lifecycle control' });
  await expect(worksheet).toContainText('Still to record: the lesson or official doc to revisit');
  await worksheet
    .getByLabel('Lesson to revisit next')
    .selectOption({ label: '2.1 Lifecycle Architecture, Aliases and Deploy Code Strategy' });
  await expect(worksheet.getByText('Needs details')).toHaveCount(0);

  await page.getByRole('button', { name: 'Finish early' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('The 42 min you studied count toward this week');
  await page.getByRole('button', { name: 'Keep studying' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish early' }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  await expect(history).toContainText('42 min studied · finished early');
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('axe finds nothing on /plan with route problems, nor on Today with logged time and the exam question', async ({
  page,
}) => {
  // Real time here: axe waits on timers. The dates are set so the states hold today.
  const now = new Date();
  const iso = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const newcomer: Setup = {
    ...learner,
    startingPoint: 'newer-to-production',
    startDate: iso(1),
    examDate: iso(36),
  };
  await putRowsOnceOpen(page, { settings: [setupRow(newcomer)] });
  await page.goto('/plan');
  await expect(page.getByRole('button', { name: 'Keep my route' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Today' }).click();
  const log = page.getByRole('region', { name: 'Log study time' });
  await log.getByLabel('Minutes').fill('30');
  await log.getByLabel('What you studied').fill('Docs');
  await log.getByRole('button', { name: 'Log study time' }).click();
  await expect(log.getByRole('button', { name: 'Edit Docs' })).toBeVisible();
  await expectNoAxeViolations(page);

  await putRowsOnceOpen(page, {
    settings: [setupRow({ ...learner, startDate: iso(-60), examDate: iso(-2) })],
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'How did it go?' })).toBeVisible();
  await expectNoAxeViolations(page);
});
