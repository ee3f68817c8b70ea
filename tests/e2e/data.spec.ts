import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createBackup, maxBackupBytes } from '../../src/domain/backup-format';
import { sampleBackupData } from '../backup-sample';
import { expect, test } from './fixtures';

const task = (page: Page) => page.getByRole('checkbox', { name: 'SparkML pipelines' });

async function exportBackup(page: Page) {
  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ml-pro-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  return { text, json: JSON.parse(text) as { data: Record<string, unknown[]> } };
}

const sortRows = (rows: unknown[]) =>
  [...(rows as { id?: string; key?: string }[])].sort((a, b) =>
    (a.id ?? a.key ?? '').localeCompare(b.id ?? b.key ?? ''),
  );
const normalise = (data: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(data).map(([kind, rows]) => [kind, sortRows(rows)]));

test('export, reset, import gives back exactly the same data', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Start today' }).click();
  await task(page).check();
  await page.goto('/data');
  await page.getByRole('radio', { name: 'Dark' }).check();

  const first = await exportBackup(page);
  expect(first.json).toMatchObject({
    format: 'ml-pro-study-tracker-backup',
    schemaVersion: 2,
    appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
    exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  });
  expect(first.json.data.ticks).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset everything…' }).click();
  await page
    .getByRole('region', { name: 'Confirm reset' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect(page.getByText('Everything was deleted.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();

  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  const confirm = page.getByRole('region', { name: 'Confirm import' });
  await expect(confirm.getByRole('row', { name: /Ticked tasks/ })).toHaveText(/Ticked tasks\s*0\s*1/);
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from backup.json.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await page.reload();
  const second = await exportBackup(page);
  expect(normalise(second.json.data)).toEqual(normalise(first.json.data));
  await page.goto('/plan');
  await expect(task(page)).toBeChecked();
});

const good = () => createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
const longFileWithBadLastRow = () => {
  const file = good();
  file.data.ticks = Array.from({ length: 20_000 }, (_, i) => ({ id: `task-${i}`, tickedAt: 1 }));
  file.data.ticks.push({ id: 'bad row', tickedAt: 1 });
  return JSON.stringify(file);
};

const badFiles: { name: string; content: () => Buffer; message: RegExp; slow?: boolean }[] = [
  { name: 'not JSON', content: () => Buffer.from('this is not json'), message: /not valid JSON/ },
  {
    name: 'another format',
    content: () => Buffer.from(JSON.stringify({ format: 'todo-app', schemaVersion: 1, items: [] })),
    message: /not an ML-PRO Study Tracker backup/,
  },
  {
    name: 'a newer schema version',
    content: () => Buffer.from(JSON.stringify({ ...good(), schemaVersion: 99 })),
    message: /newer version of the app/,
  },
  {
    name: 'a file over 20 MB',
    content: () => Buffer.alloc(maxBackupBytes + 1, 0x20),
    message: /at most 20 MB/,
    slow: true,
  },
  {
    name: 'a __proto__ key',
    content: () =>
      Buffer.from(JSON.stringify(good()).replace('"ticks":[', '"ticks":[{"__proto__":{"polluted":true}},')),
    message: /forbidden key \("__proto__"\)/,
  },
  {
    name: 'a constructor key',
    content: () =>
      Buffer.from(
        JSON.stringify(good()).replace('"data":{', '"data":{"constructor":{"prototype":{"polluted":true}},'),
      ),
    message: /forbidden key/,
  },
  {
    name: 'one bad row at the end of a long file',
    content: () => Buffer.from(longFileWithBadLastRow()),
    message: /row 20001 of ticks/,
  },
];

for (const bad of badFiles) {
  test(`a backup with ${bad.name} gets a clear message and changes nothing`, async ({ page }) => {
    // Handing a 20 MB buffer to the browser takes a while on a busy machine.
    test.slow(bad.slow === true);
    await page.goto('/plan');
    await task(page).check();
    await page.goto('/data');
    await page.getByLabel('Backup file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: bad.content(),
    });
    await expect(page.getByRole('alert')).toHaveText(bad.message);
    await expect(page.getByRole('alert')).toHaveText(/Nothing was changed\./);
    await expect(page.getByRole('region', { name: 'Confirm import' })).toHaveCount(0);
    expect(
      await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
    ).toBeUndefined();
    expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    await page.reload();
    await page.goto('/plan');
    await expect(task(page)).toBeChecked();
  });
}

test('without IndexedDB the app runs in memory and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/plan');
  await expect(page.getByText('nothing will be kept after you close this tab')).toBeVisible();
  await task(page).check();
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(task(page)).toBeChecked();
  await page.goto('/data');
  await expect(page.getByText('In memory only: nothing will be kept')).toBeVisible();
});

test('the data page shows storage usage, quota and persistence', async ({ page }) => {
  await page.goto('/data');
  await expect(page.getByText(/of .* available to this app/)).toBeVisible();
  await expect(page.getByText(/persistent storage|Not granted|does not say/)).toBeVisible();
});

test('misses export as CSV and the plan as a calendar', async ({ page }) => {
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good())),
  });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from backup.json.')).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export misses (CSV)' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv).toContain(`"'=SUM(A1) ""quoted"", with commas\nand a newline"`);

  const icsDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan to calendar (.ics)' }).click();
  const ics = await readFile(await (await icsDownload).path(), 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6 + 7 + 1);
});

test('the data page passes an accessibility scan, with an import waiting for confirmation', async ({
  page,
}) => {
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good())),
  });
  await expect(page.getByRole('region', { name: 'Confirm import' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('a full disk gets a message, an offer to export, and the screen shows what is stored', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ('diskFull' in window) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/plan');
  await task(page).check();
  await page.evaluate(() => Object.assign(window, { diskFull: true }));
  // click, not check: the box is meant to spring back once the write fails.
  await page.getByRole('checkbox', { name: 'inference fit' }).click();

  const banner = page.getByRole('alert').filter({ hasText: 'out of storage space' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'inference fit' })).not.toBeChecked();
  await expect(task(page)).toBeChecked();
  await banner.getByRole('link', { name: 'Export a backup' }).click();
  await expect(page).toHaveURL(/\/data$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});
