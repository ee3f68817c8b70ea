import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createBackup } from '../../src/domain/backup-format';
import type { MissRecord, TickRecord } from '../../src/domain/records';
import { sampleBackupData } from '../backup-sample';
import { expect, test } from './fixtures';
import { dumpDatabase, storedRows } from './stored-rows';
import { scaled } from './time-scale';

/** A backup both devices restore: two complete misses of one set. */
function sharedBackup(): string {
  const data = sampleBackupData();
  const miss = data.misses[0]!;
  const complete = {
    ...miss,
    revisit: { kind: 'lesson' as const, lessonId: '3.1' as const },
    cue: undefined,
  };
  return JSON.stringify(
    createBackup(
      {
        ...data,
        reviewCards: [],
        reviewLogs: [],
        misses: [
          { ...complete, id: 'canary', rule: 'Canary before promoting.', saferAction: 'Watch errors.' },
          { ...complete, id: 'drift', rule: 'Watch drift before retraining.', saferAction: '' },
        ],
      },
      '0.1.0',
      Date.UTC(2026, 10, 30, 9),
    ),
  );
}

async function device(browser: Browser, name: string, clockAheadMs = 0) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (clockAheadMs) await page.clock.install({ time: Date.now() + clockAheadMs });
  await page.goto('/data');
  const section = page.getByRole('region', { name: 'Your other devices' });
  await section.getByLabel('This device’s name').fill(name);
  await section.getByRole('button', { name: 'Save name' }).click();
  await expect(section.getByRole('status')).toContainText(`now called “${name}”`);
  return { context, page, section };
}

type Device = Awaited<ReturnType<typeof device>>;

async function restore({ page }: Device, text: string) {
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from backup.json')).toBeVisible();
}

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
  const backup = sharedBackup();
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

test('a blank device starts from a sync file, a bad file changes nothing, and a merge can be undone', async ({
  browser,
}) => {
  const laptop = await device(browser, 'Laptop');
  const blank = await device(browser, 'Tablet');
  contexts = [laptop.context, blank.context];
  await restore(laptop, sharedBackup());
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
