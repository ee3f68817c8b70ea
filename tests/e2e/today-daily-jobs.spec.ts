import type { Locator, Page } from '@playwright/test';
import type { MixedSetRecord, SessionRecord, TickRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';
import { storedRows } from './stored-rows';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const nextTasks = (page: Page) => page.getByRole('list', { name: 'Next tasks' });

test('a double tap on Today ticks exactly one task, which stays in place with an Undo', async ({ page }) => {
  await page.goto('/');
  const rowNames = () =>
    nextTasks(page)
      .getByRole('checkbox')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent));
  const first = nextTasks(page).getByRole('checkbox').first();
  const name = (await first.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)) ?? '';
  const before = await rowNames();

  await first.dblclick();
  await expect
    .poll(async () => (await storedRows<TickRecord>(page, 'ticks')).map((tick) => tick.id))
    .toHaveLength(1);
  // The ticked task is still the first row, ticked; the rows below it did not move up.
  const list = nextTasks(page).getByRole('checkbox');
  await expect(list.first()).toBeChecked();
  await expect(list.nth(1)).not.toBeChecked();
  expect((await rowNames()).slice(0, before.length)).toEqual(before);

  await page.getByRole('button', { name: `Undo: untick ${name.trim()}` }).click();
  await expect.poll(async () => storedRows<TickRecord>(page, 'ticks')).toEqual([]);
  await expect(list.first()).not.toBeChecked();
});

test('from a cold start on Today, each daily job takes at most two taps plus typing', async ({ page }) => {
  let taps = 0;
  const tap = async (locator: Locator) => {
    taps += 1;
    await locator.tap();
  };

  // Tick a task: one tap.
  await page.goto('/');
  await tap(nextTasks(page).getByRole('checkbox').first());
  await expect.poll(async () => (await storedRows<TickRecord>(page, 'ticks')).length).toBe(1);
  expect(taps).toBe(1);

  // Start a 60-minute session: two taps.
  taps = 0;
  await page.goto('/');
  await tap(page.getByRole('link', { name: 'Start a 60-minute session' }));
  await tap(page.getByRole('button', { name: 'Start session' }));
  await expect
    .poll(async () => (await storedRows<SessionRecord>(page, 'sessions')).map((s) => s.status))
    .toEqual(['running']);
  expect(taps).toBe(2);

  // Log a mixed set: two taps, plus typing its score.
  taps = 0;
  await page.goto('/');
  await tap(page.getByRole('link', { name: 'Log a mixed set' }));
  const setForm = page.getByRole('form', { name: '1. Record a mixed set' });
  await setForm.getByLabel('Questions').fill('20');
  await setForm.getByLabel('Correct').fill('15');
  await tap(setForm.getByRole('button', { name: 'Save set' }));
  await expect
    .poll(async () => (await storedRows<MixedSetRecord>(page, 'sets')).map((set) => set.correct))
    .toEqual([15]);
  expect(taps).toBe(2);
});
