import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { putRows, storedRows } from './stored-rows';
import { logMissByKeyboard } from './miss-by-keyboard';
import { scaled } from './time-scale';

const rules = [
  { domain: 'dep', mode: 'uns', rule: 'Canary a new model version before promoting it.' },
  { domain: 'mod', mode: 'lea', rule: 'Join features as of the label timestamp.' },
  { domain: 'mlo', mode: 'poo', rule: 'Run integration tests in staging before promotion.' },
];

/** Logs a mixed set and its three misses by keyboard, on the clock's current day. */
async function logSetWithThreeMisses(page: Page) {
  await page.goto('/misses');
  await page.getByRole('form', { name: '1. Record a mixed set' }).getByLabel('Questions').focus();
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('17');
  await page.keyboard.press('Enter');
  const missForm = page.getByRole('form', { name: '2. Add its misses' });
  for (const miss of rules) {
    await logMissByKeyboard(page, missForm, [miss.domain, miss.mode, miss.rule]);
  }
}

/** Sets the exam date through the stored set-up row, as the plan's form would. */
async function setExamDate(page: Page, examDate: string) {
  // Stamped by the page's clock, which the tests set.
  const updatedAt = await page.evaluate(() => Date.now());
  await putRows(page, {
    settings: [
      {
        key: 'setup',
        value: {
          startingPoint: null,
          hoursBand: null,
          examDate,
          examTime: '09:00',
          startDate: null,
          routeOverride: null,
          partTimeWeeks: 10,
        },
        updatedAt,
      },
    ],
  });
}

const reviewWidget = (page: Page) => page.getByRole('region', { name: 'Rule review' });

/** The number Today shows as due now (0 when it says none are due). */
async function dueOnToday(page: Page): Promise<number> {
  await page.goto('/');
  const widget = reviewWidget(page);
  await expect(widget).toContainText(/due today/);
  const text = (await widget.textContent()) ?? '';
  const match = /(\d+) rules? (?:is|are) due today/.exec(text);
  if (!match) expect(text).toContain('No rules due today');
  return match ? Number(match[1]) : 0;
}

test('three misses reviewed over ten days by keyboard alone, with counts moving on Today', async ({
  page,
}) => {
  test.setTimeout(scaled(120_000));
  await page.clock.install({ time: new Date('2026-12-01T08:00:00') });
  await page.goto('/');
  await setExamDate(page, '2026-12-20');
  await logSetWithThreeMisses(page);

  // A rule just written is not due the same day: the first reviews come the next morning.
  expect(await dueOnToday(page)).toBe(0);
  await expect(reviewWidget(page)).toContainText('Next: Wed Dec 2');

  const dueByDay: number[] = [];
  let reviews = 0;
  for (let day = 1; day <= 10; day += 1) {
    await page.clock.fastForward('24:00:00');
    const due = await dueOnToday(page);
    dueByDay.push(due);
    if (due === 0) continue;

    await page.goto('/review');
    for (let card = 0; card < due; card += 1) {
      const cue = page
        .getByRole('region', { name: /./ })
        .filter({ has: page.getByRole('button', { name: /Show the rule/ }) });
      await expect(cue).toContainText(/due: .*; exam in \d+ days/);
      await expect(page.getByText(/^(Canary|Join|Run) /)).toHaveCount(0);
      await page.keyboard.press('Space');
      await expect(page.locator('.review-rule')).toBeVisible();
      // Day 1: the first rule slips (Again); afterwards everything is held (Good), one Easy on day 1.
      const grade = day === 1 && card === 0 ? '1' : day === 1 && card === 2 ? '4' : '3';
      await page.keyboard.press(grade);
      reviews += 1;
    }
    await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
    await expect(page.getByText(`You reviewed ${due === 1 ? '1 rule' : `${due} rules`} today`)).toBeVisible();
    // A full page load cuts off a write still in flight: wait until every grade is stored.
    await expect.poll(async () => (await storedRows(page, 'reviewLogs')).length).toBe(reviews);
    expect(await dueOnToday(page)).toBe(0);
  }

  console.warn(`rules due on days 1-10: ${dueByDay.join(', ')}; ${reviews} reviews`);
  // All three were due on day 1; the slipped one came back on day 2; intervals then spread the others out.
  expect(dueByDay[0]).toBe(3);
  expect(dueByDay[1]).toBe(1);
  expect(dueByDay.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  expect(dueByDay.slice(2).every((n) => n < 3)).toBe(true);
  expect(reviews).toBeGreaterThan(4);
});

test('a reload mid-review keeps the place, undo takes back a grade, and the Anki file downloads', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-01T08:00:00') });
  await page.goto('/');
  await setExamDate(page, '2026-12-20');
  await logSetWithThreeMisses(page);
  await page.clock.fastForward('24:00:00');
  await page.goto('/review');
  await expect(page.getByText('3 rules due now')).toBeVisible();

  await page.keyboard.press('Space');
  const shownRule = (await page.locator('.review-rule').textContent()) ?? '';
  expect(rules.map((r) => r.rule)).toContain(shownRule);
  await page.reload();
  await expect(page.locator('.review-rule')).toHaveText(shownRule);
  await expect(page.getByText('Card 1 of 3')).toBeVisible();

  await page.keyboard.press('3');
  await expect(page.getByText('2 rules due now')).toBeVisible();
  await page.keyboard.press('u');
  await expect(page.getByText('3 rules due now')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Last grade undone' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.locator('.review-rule')).toHaveText(shownRule);
  await expect(page.getByRole('button', { name: /Good/ })).toBeFocused();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download rules for Anki (.txt)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ml-pro-rules-anki-2026-12-02.txt');
  const text = readFileSync((await download.path())!, 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines).toEqual(expect.arrayContaining(['#separator:tab', '#html:false', '#tags column:4']));
  const notes = lines.filter((line) => !line.startsWith('#'));
  expect(notes).toHaveLength(3);
  for (const note of notes) expect(note.split('\t')).toHaveLength(4);
  expect(notes.join('\n')).toContain('lane::features');
});
