import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MixedSetRecord, RehearsalRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';
import { storedRows } from './stored-rows';
import { scaled } from './time-scale';

const t0 = new Date('2026-12-01T19:00:00');

const timer = (page: Page, name: string) => page.getByRole('timer', { name });
const questionNow = (page: Page) => page.locator('.exam-question-now');
const strip = (page: Page) => page.getByRole('list', { name: 'Questions' });

/** No part of the page scrolls sideways: the strip wraps instead. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const [width, height] of [
  [360, 780],
  [1280, 900],
] as const) {
  test(`a 60-question practice exam at ${width} px survives a reload and a sleep past the end, and its misses reach the log and review`, async ({
    page,
  }) => {
    test.setTimeout(scaled(90_000));
    await page.setViewportSize({ width, height });
    await page.clock.install({ time: t0 });
    await page.clock.pauseAt(new Date(t0.getTime() + 60_000));
    await page.goto('/misses');
    await page.getByRole('link', { name: 'Start a practice exam' }).click();

    const form = page.getByRole('form', { name: 'Start a practice exam' });
    await expect(form.getByLabel('Questions')).toHaveValue('60');
    await expect(form.getByLabel('Minutes')).toHaveValue('120');
    await form.getByRole('button', { name: 'Start the practice exam' }).click();
    await expect(form.getByLabel('Question source')).toBeFocused();
    await expect(page.getByText('Name the question source')).toBeVisible();
    await form.getByLabel('Question source').fill('Databricks practice exam');
    await form.getByRole('button', { name: 'Start the practice exam' }).click();

    await expect(timer(page, 'Time left')).toHaveText('120:00');
    await expect(questionNow(page)).toHaveText('Question 1 of 60');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expectNoSidewaysScroll(page, width);

    // Keyboard: a typed number goes to that question, F flags it.
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(questionNow(page)).toHaveText('Question 5 of 60');
    await page.keyboard.press('f');
    await expect(strip(page).getByRole('button', { name: 'Question 5, flagged' })).toBeVisible();
    // By thumb: tap 12 in the strip, then Flag.
    await strip(page).getByRole('button', { name: 'Question 12', exact: true }).click();
    await page.getByRole('button', { name: 'Flag question 12' }).click();
    await expect(strip(page).getByRole('button', { name: 'Question 12, flagged' })).toBeVisible();
    await expect(strip(page).getByRole('button', { name: 'Question 5, flagged, visited' })).toBeVisible();

    await page.clock.fastForward('37:00');
    await expect(timer(page, 'Time elapsed')).toHaveText('37:00');
    await expect(page.getByText('Question 19', { exact: true })).toBeVisible();
    await expect(page.getByText('Behind by 7 questions')).toBeVisible();
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ahead by 1 question', { exact: true })).toBeVisible();
    await expect
      .poll(async () => (await storedRows<RehearsalRecord>(page, 'rehearsals'))[0]?.current)
      .toBe(20);

    // Reload at minute 37: the clock, the place and the flags come back from the stored run.
    await page.reload();
    await expect(timer(page, 'Time elapsed')).toHaveText('37:00');
    await expect(timer(page, 'Time left')).toHaveText('83:00');
    await expect(questionNow(page)).toHaveText('Question 20 of 60');
    await expect(strip(page).getByRole('button', { name: 'Question 5, flagged, visited' })).toBeVisible();
    await expect(strip(page).getByRole('button', { name: 'Question 12, flagged, visited' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    await expectNoSidewaysScroll(page, width);

    // The laptop sleeps for three hours: the exam's time ends at 120 minutes, not when the lid opens.
    await page.clock.fastForward('03:00:00');
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(page.getByText('Time is up. Enter your score below.')).toBeVisible();
    await expect(timer(page, 'Time left')).toHaveText('0:00');
    await expect(timer(page, 'Time elapsed')).toHaveText('120:00');
    // From here time may flow: the exam is over, and axe and React's lazy parts run on timers.
    await page.clock.resume();
    const flaggedList = page.getByRole('list', { name: 'Flagged questions' });
    await expect(flaggedList.getByRole('button')).toHaveText(['Question 5', 'Question 12']);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByLabel('Correct answers, out of 60').fill('57');
    await page.getByRole('button', { name: 'Save score' }).click();
    await expect(page).toHaveURL(/\/misses\?walk=/);
    await expect(page.getByText('57 of 60')).toBeVisible();
    await expect(page.getByText('At or above 70%')).toBeVisible();
    await expect(page.getByText('Time used: 2 h of 2 h; flagged: 5, 12.')).toBeVisible();
    const [set] = await storedRows<MixedSetRecord>(page, 'sets');
    expect(set).toMatchObject({
      label: 'Practice exam: Databricks practice exam',
      date: '2026-12-01',
      questions: 60,
      correct: 57,
      practiceExam: { kind: 'practice-exam', usedMs: 7_200_000, flagged: [5, 12] },
    });
    expect(await storedRows(page, 'rehearsals')).toEqual([]);

    // The three misses, one by one: two written as rules, one left for later.
    for (const [n, rule] of [
      [1, 'Canary a new model version before promoting it.'],
      [2, 'Join features as of the label timestamp.'],
    ] as const) {
      const missForm = page.getByRole('form', { name: `Miss ${n} of 3` });
      await missForm.getByLabel('Weak domain').selectOption({ label: 'deployment' });
      await missForm.getByLabel('Failure mode').selectOption({ index: n });
      await missForm.getByLabel('The one sentence rule you should have used').fill(rule);
      await missForm.getByRole('button', { name: 'Save miss' }).click();
    }
    await expect(page.getByRole('form', { name: 'Miss 3 of 3' })).toBeVisible();
    await page.getByRole('button', { name: 'Later: leave this miss for now' }).click();
    await expect(page.getByRole('heading', { name: 'All 3 misses are in your log' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole('link', { name: 'miss log' }).click();
    // The miss left for later waits in the log, marked, beside the two written ones.
    await expect(page.getByRole('article', { name: 'No rule yet' })).toContainText('Needs details');
    await expect(page.getByRole('article', { name: /^(Canary|Join) / })).toHaveCount(2);

    // The next day the two rules are due in review.
    await page.clock.fastForward('24:00:00');
    await page.goto('/review');
    await expect(page.getByText('2 rules due now')).toBeVisible();
  });
}
