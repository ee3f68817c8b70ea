import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MissRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';
import { storedRows } from './stored-rows';

const t0 = new Date('2026-11-26T09:00:00');

/** Installs the fake clock and stops it, so every step below moves time only when the test says so. */
async function openSessionAt(page: Page) {
  await page.clock.install({ time: t0 });
  // A minute ahead of the install time, so a slow start of the browser can never have passed it.
  await page.clock.pauseAt(new Date(t0.getTime() + 60_000));
  await page.goto('/session');
}

const phaseTimer = (page: Page) => page.getByRole('timer', { name: 'Time left in this phase' });
const sessionTimer = (page: Page) => page.getByRole('timer', { name: 'Time left in the session' });

test('the timer is derived from saved timestamps through reloads, pauses and the end', async ({ page }) => {
  await openSessionAt(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(phaseTimer(page)).toHaveText('10:00');

  await page.clock.fastForward('12:00');
  await expect(page.getByText('Phase 2 of 5 (10-20)', { exact: true })).toBeVisible();
  await expect(phaseTimer(page)).toHaveText('8:00');

  await page.reload();
  await expect(page.getByText('Phase 2 of 5 (10-20)', { exact: true })).toBeVisible();
  await expect(phaseTimer(page)).toHaveText('8:00');
  await expect(sessionTimer(page)).toHaveText('48:00');
  await expect(page).toHaveTitle(/8 min left · Phase 2 of 5/);

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.fastForward('05:00');
  await expect(phaseTimer(page)).toHaveText('8:00');
  await page.getByRole('button', { name: 'Resume' }).click();
  // Running again, as the learner sees it, before the clock moves on.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(phaseTimer(page)).toHaveText('8:00');
  await page.clock.fastForward('01:00');
  await expect(phaseTimer(page)).toHaveText('7:00');

  await page.clock.fastForward('47:00');
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
  await expect(page.getByText('Last session complete: 60 min studied.')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history).toHaveCount(1);
  await expect(history).toContainText('60 min studied · completed');

  await page.reload();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
});

test('a running session survives a reload in every phase', async ({ page }) => {
  await openSessionAt(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  // Steps forward to minutes 5, 15, 30, 45 and 55: the middle of each phase.
  const middles = [
    { step: '05:00', label: 'Phase 1 of 5 (0-10)', left: '5:00' },
    { step: '10:00', label: 'Phase 2 of 5 (10-20)', left: '5:00' },
    { step: '15:00', label: 'Phase 3 of 5 (20-40)', left: '10:00' },
    { step: '15:00', label: 'Phase 4 of 5 (40-50)', left: '5:00' },
    { step: '10:00', label: 'Phase 5 of 5 (50-60)', left: '5:00' },
  ];
  for (const { step, label, left } of middles) {
    await page.clock.fastForward(step);
    await page.reload();
    await expect(page.getByText(label, { exact: true })).toBeVisible();
    await expect(phaseTimer(page)).toHaveText(left);
  }
});

test('after the laptop sleeps past the end, the session completes at minute 60', async ({ page }) => {
  await openSessionAt(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.clock.fastForward('20:00');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: 'Resume' }).click();
  // Three hours asleep: the page comes back visible and reads the time afresh.
  await page.clock.fastForward('03:00:00');
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByText('Last session complete: 60 min studied.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
});

test('keys move the session, the phase 4 rule lands in the miss log, and no frame loop runs', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = window.requestAnimationFrame.bind(window);
    (window as unknown as { frames: number }).frames = 0;
    window.requestAnimationFrame = (callback) => {
      (window as unknown as { frames: number }).frames += 1;
      return original(callback);
    };
  });
  await openSessionAt(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText('Shortcuts:')).toBeVisible();

  await page.keyboard.press('n');
  await page.keyboard.press('N');
  await expect(page.getByText('Phase 3 of 5 (20-40)', { exact: true })).toBeVisible();
  const scenario = page.getByLabel('The scenario and the response you chose');
  await scenario.fill('Drift alert on a champion model: n');
  await expect(page.getByText('Phase 3 of 5 (20-40)', { exact: true })).toBeVisible();
  await scenario.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await scenario.blur();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('n');
  await expect(page.getByText('Phase 4 of 5 (40-50)', { exact: true })).toBeVisible();

  const frames = await page.evaluate(() => (window as unknown as { frames: number }).frames);
  await page.clock.runFor('00:30');
  expect(await page.evaluate(() => (window as unknown as { frames: number }).frames)).toBe(frames);

  const rule = 'Check the serving alias before promoting a new version';
  await page.getByRole('textbox', { name: 'Miss rule', exact: true }).fill(rule);
  await page
    .getByRole('textbox', { name: 'Safer action rule' })
    .fill('Roll back the alias, then investigate');
  await page.getByRole('combobox', { name: 'Failure mode' }).selectOption({ label: 'unsafe rollout' });
  await expect
    .poll(async () => (await storedRows<MissRecord>(page, 'misses')).map((miss) => miss.failureMode))
    .toContain('unsafe-rollout');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Miss rule', exact: true })).toHaveValue(rule);
  await expect(page.getByRole('combobox', { name: 'Failure mode' })).toHaveValue('unsafe-rollout');

  // The timer checks are done; let time run, since the miss log's list is revealed by React on a timer.
  await page.clock.resume();
  await page.getByRole('link', { name: 'miss log' }).click();
  await expect(page.getByText(rule, { exact: true })).toBeVisible();
});

test('a rule of two sentences stays in the worksheet and its draft through a reload, never in the miss log', async ({
  page,
}) => {
  await openSessionAt(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  for (const phase of ['2 of 5 (10-20)', '3 of 5 (20-40)', '4 of 5 (40-50)']) {
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.getByText(`Phase ${phase}`, { exact: true })).toBeVisible();
  }
  const rule = page.getByRole('textbox', { name: 'Miss rule', exact: true });
  await rule.fill('Canary first.');
  await expect
    .poll(async () => (await storedRows<MissRecord>(page, 'misses')).map((miss) => miss.rule))
    .toEqual(['Canary first.']);
  await rule.fill('Canary first. Then promote.');
  const held =
    /Not in your miss log yet: Keep the rule to one sentence\. It keeps “Canary first\.” until then\./;
  await expect(rule).toHaveAccessibleDescription(held);

  await page.reload();
  await expect(rule).toHaveValue('Canary first. Then promote.');
  await expect(rule).toHaveAccessibleDescription(held);
  expect((await storedRows<MissRecord>(page, 'misses')).map((miss) => miss.rule)).toEqual(['Canary first.']);

  await rule.fill('Canary first, then promote.');
  await expect
    .poll(async () => (await storedRows<MissRecord>(page, 'misses')).map((miss) => miss.rule))
    .toEqual(['Canary first, then promote.']);
  await expect(rule).not.toHaveAccessibleDescription(/Not in your miss log/);
});

test('abandon asks first and keeps the session out of history', async ({ page }) => {
  await openSessionAt(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Abandon' }).click();
  await page.getByRole('button', { name: 'Keep studying' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Abandon' }).click();
  await page.getByRole('button', { name: 'Abandon session' }).click();
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
  await expect(page.getByText('No finished sessions yet.')).toBeVisible();
});

test('a second tab shows the same session, says so, and cannot start another', async ({ page, context }) => {
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  const second = await context.newPage();
  await second.goto('/session');
  await expect(second.getByText('This session is also open in another tab or window.')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Start session' })).toHaveCount(0);
  await second.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.getByText('This session is also open in another tab or window.')).toHaveCount(0);

  // The first tab closes: the second takes over the signals and the notice goes.
  await page.close();
  await expect(second.getByText('This session is also open in another tab or window.')).toHaveCount(0);
});

test('axe finds nothing on /session with a session running and in history', async ({ page }) => {
  // Real time here: axe waits on timers, which a paused fake clock would never fire.
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Finish early' }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Finish early' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
