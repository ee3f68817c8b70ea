import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { MissRecord, TickRecord } from '../../src/domain/records';
import type { ReviewCardRecord, ReviewLogRecord } from '../../src/domain/review-records';
import { replayCard } from '../../src/domain/review-replay';
import { expect, test } from './fixtures';
import { dumpDatabase, storedRows } from './stored-rows';
import { openDevice, restoreBackup, sharedBackup } from './sync-device';
import { scaled } from './time-scale';

/** A backup both devices restore: two complete misses of one set. */
const twoMisses = () =>
  sharedBackup([
    { id: 'canary', rule: 'Canary before promoting.', saferAction: 'Watch errors.' },
    { id: 'drift', rule: 'Watch drift before retraining.', saferAction: '' },
  ]);

type Device = Awaited<ReturnType<typeof openDevice>>;
/** `clock` moves the device's clock: ahead of the real one by milliseconds, or to a date. */
const device = (browser: Browser, name: string, clock: number | Date = 0) =>
  openDevice(browser, name, clock instanceof Date ? { clockAt: clock } : { clockAheadMs: clock });
const restore = ({ page }: Device, text: string) => restoreBackup(page, text);

async function saveFile({ page, section }: Device): Promise<string> {
  await page.goto('/data');
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Save a sync file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ml-pro-sync-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.mlsync$/);
  await expect(section.getByRole('status')).toContainText('saved to your downloads');
  return file.path();
}

async function mergeFile({ page, section }: Device, path: string, from: string) {
  await page.goto('/data');
  await section.getByLabel('Sync file from another device').setInputFiles(path);
  await expect(section.getByRole('status')).toContainText(`Merged the file from ${from}`);
}

async function editMiss(page: Page, rule: string, field: string, value: string) {
  await page.goto('/misses');
  await page.getByRole('button', { name: `Edit: ${rule}` }).click();
  const editor = page.getByRole('form', { name: 'Edit miss' });
  await editor.getByLabel(field).fill(value);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toHaveCount(0);
}

/** Ticks a task on /plan and waits until it is stored. */
async function tick(page: Page, task: string) {
  await page.goto('/plan');
  const before = (await storedRows<TickRecord>(page, 'ticks')).length;
  await page.getByRole('checkbox', { name: task, exact: true }).check();
  await expect.poll(async () => (await storedRows<TickRecord>(page, 'ticks')).length).toBe(before + 1);
}

const misses = (page: Page) => storedRows<MissRecord>(page, 'misses');
const tickIds = async (page: Page) => (await storedRows<TickRecord>(page, 'ticks')).map((t) => t.id).sort();

// Two devices, each walking several views: longer than one page's journey on a loaded machine.
test.describe.configure({ timeout: scaled(120_000) });

let contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

test('two devices offline keep both edits of one miss, add up ticks, keep a delete deleted, whatever their clocks', async ({
  browser,
}) => {
  const laptop = await device(browser, 'Laptop');
  // The phone's clock is two hours ahead: merging needs no clock, so nothing changes because of it.
  const phone = await device(browser, 'Phone', 2 * 3_600_000);
  contexts = [laptop.context, phone.context];
  const backup = twoMisses();
  await restore(laptop, backup);
  await restore(phone, backup);
  const older = await saveFile(laptop);
  await laptop.context.setOffline(true);
  await phone.context.setOffline(true);

  await editMiss(
    laptop.page,
    'Canary before promoting.',
    'The one sentence rule you should have used',
    'Canary first, then promote.',
  );
  await editMiss(
    phone.page,
    'Canary before promoting.',
    'Safer-action rule (optional)',
    'Roll back at the first alert.',
  );
  await laptop.page.goto('/plan');
  const laptopTicks = await tickIds(laptop.page);
  await tick(laptop.page, 'Optuna, Ray');
  await tick(phone.page, 'MLflow nested runs');
  await phone.page.goto('/misses');
  await phone.page.getByRole('button', { name: 'Delete: Watch drift before retraining.' }).click();
  await expect.poll(async () => (await misses(phone.page)).length).toBe(1);

  const fromPhone = await saveFile(phone);
  await mergeFile(phone, await saveFile(laptop), 'Laptop');
  await mergeFile(laptop, fromPhone, 'Phone');
  // The older file still holds the deleted miss; merging it again brings nothing back.
  await mergeFile(laptop, older, 'Laptop');
  await mergeFile(phone, older, 'Laptop');

  for (const { page } of [laptop, phone]) {
    const stored = await misses(page);
    expect(stored.map((miss) => miss.id)).toEqual(['canary']);
    expect(stored[0]).toMatchObject({
      rule: 'Canary first, then promote.',
      saferAction: 'Roll back at the first alert.',
    });
    await page.goto('/misses');
    await expect(page.getByRole('article', { name: 'Canary first, then promote.' })).toBeVisible();
  }
  expect(await tickIds(laptop.page)).toEqual(await tickIds(phone.page));
  expect((await tickIds(laptop.page)).length).toBe(laptopTicks.length + 2);
  await laptop.page.goto('/data');
  await expect(laptop.section.getByRole('listitem').filter({ hasText: 'Phone: merged' })).toBeVisible();
});

test('the same rule reviewed on both devices keeps both reviews and gets one due date on both', async ({
  browser,
}) => {
  // The laptop grades in the morning, the phone the same evening, each before any merge.
  const laptop = await device(browser, 'Laptop', new Date('2026-12-03T08:00:00'));
  const phone = await device(browser, 'Phone', new Date('2026-12-03T19:00:00'));
  contexts = [laptop.context, phone.context];
  const backup = twoMisses();
  await restore(laptop, backup);
  await restore(phone, backup);
  // The backup's answered retests are stored as logs too; these are the grades made in review.
  const grades = async (page: Page) =>
    (await storedRows<ReviewLogRecord>(page, 'reviewLogs')).filter((log) => log.source === 'review');
  const cardOf = async (page: Page, missId: string) =>
    (await storedRows<ReviewCardRecord>(page, 'reviewCards')).find((card) => card.missId === missId);
  const grade = async ({ page }: Device, key: '1' | '3') => {
    await page.goto('/review');
    await page.getByRole('button', { name: /Show the rule/ }).click();
    const rule = page.locator('.review-rule');
    await expect(rule).toBeVisible();
    const text = await rule.textContent();
    await page.keyboard.press(key);
    await expect.poll(async () => (await grades(page)).length).toBe(1);
    return { text, missId: (await grades(page))[0]!.missId };
  };
  const graded = await grade(laptop, '1');
  expect(await grade(phone, '3')).toEqual(graded);
  const laptopCard = await cardOf(laptop.page, graded.missId);
  expect(await cardOf(phone.page, graded.missId)).not.toEqual(laptopCard);

  const fromPhone = await saveFile(phone);
  await mergeFile(phone, await saveFile(laptop), 'Laptop');
  await mergeFile(laptop, fromPhone, 'Phone');

  for (const { page } of [laptop, phone]) {
    const logs = await grades(page);
    expect(logs.map((log) => log.rating).sort()).toEqual([1, 3]);
    expect(logs.every((log) => log.missId === graded.missId)).toBe(true);
  }
  const merged = await cardOf(laptop.page, graded.missId);
  expect(await cardOf(phone.page, graded.missId)).toEqual(merged);
  // Rescheduled from both grades (Good in the evening after Again in the morning), not one side's card.
  const miss = (await misses(laptop.page)).find((row) => row.id === graded.missId)!;
  const replayed = replayCard({
    miss,
    start: '2026-11-25',
    logs: (await storedRows<ReviewLogRecord>(laptop.page, 'reviewLogs')).filter(
      (log) => log.missId === miss.id,
    ),
    examDate: '2027-01-15',
    card: undefined,
  });
  expect(merged).toMatchObject({ due: replayed!.due, memory: replayed!.memory });
  expect(merged!.due).not.toBe(laptopCard!.due);
  expect(await storedRows(phone.page, 'reviewCards')).toEqual(await storedRows(laptop.page, 'reviewCards'));
});

test('a blank device starts from a sync file, a bad file changes nothing, and a merge can be undone', async ({
  browser,
}) => {
  const laptop = await device(browser, 'Laptop');
  const blank = await device(browser, 'Tablet');
  contexts = [laptop.context, blank.context];
  await restore(laptop, twoMisses());
  const file = await saveFile(laptop);

  await blank.page.goto('/');
  await blank.page.getByRole('link', { name: 'start from a sync file' }).click();
  const before = await dumpDatabase(blank.page);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(file);
  await blank.section.getByLabel('Sync file from another device').setInputFiles({
    name: 'cut.mlsync',
    mimeType: 'application/octet-stream',
    buffer: bytes.subarray(0, bytes.length - 20),
  });
  await expect(blank.section.getByRole('alert')).toContainText('cut short or damaged');
  expect(await dumpDatabase(blank.page)).toBe(before);

  await blank.section.getByLabel('Sync file from another device').setInputFiles(file);
  await expect(blank.section.getByRole('status')).toContainText('Merged the file from Laptop');
  await expect(blank.section.getByRole('table', { name: 'What came in from Laptop' })).toContainText(
    'Misses',
  );
  expect((await misses(blank.page)).map((miss) => miss.id).sort()).toEqual(['canary', 'drift']);

  await blank.section.getByRole('button', { name: 'Undo the merge of Laptop’s file' }).click();
  await expect(blank.section.getByRole('status')).toContainText('The merge was undone');
  expect(await misses(blank.page)).toEqual([]);
});
