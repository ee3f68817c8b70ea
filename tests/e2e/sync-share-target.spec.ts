import { expect, test } from './fixtures';
import { scaled } from './time-scale';
import { shareToApp } from './share-to-app';
import { storedRows } from './stored-rows';

/**
 * Android's share sheet POSTs a shared file to the installed app's share target; the test posts the same
 * multipart form with the service worker in control (tests/e2e/sub-path.spec.ts does it under a sub-path).
 */
test('a sync file shared to the app is kept by the service worker, offered on /data, and merged on the learner’s word', async ({
  browser,
}) => {
  test.setTimeout(scaled(90_000));
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  try {
    const laptopPage = await laptop.newPage();
    await laptopPage.goto('/plan');
    await laptopPage.getByRole('checkbox', { name: 'SparkML pipelines' }).check();
    await expect.poll(async () => (await storedRows(laptopPage, 'ticks')).length).toBe(1);
    await laptopPage.goto('/data');
    const download = laptopPage.waitForEvent('download');
    await laptopPage
      .getByRole('region', { name: 'Your other devices' })
      .getByRole('button', { name: 'Save a sync file' })
      .click();
    const { readFile } = await import('node:fs/promises');
    const bytes = [...(await readFile(await (await download).path()))];

    const page = await phone.newPage();
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await shareToApp(page, 'laptop.mlsync', bytes);
    await page.waitForURL(/\/data$/);
    const offer = page.getByRole('region', { name: 'A sync file shared to the app' });
    await expect(offer).toContainText('laptop.mlsync was shared to the app');
    expect(await storedRows(page, 'ticks')).toEqual([]);

    await offer.getByRole('button', { name: 'Merge laptop.mlsync' }).click();
    await expect(page.getByRole('region', { name: 'Your other devices' }).getByRole('status')).toContainText(
      'Merged the file from Unnamed device',
    );
    expect(await storedRows(page, 'ticks')).toHaveLength(1);
    // Offered once: a reload does not offer it again.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your other devices' })).toBeVisible();
    await expect(offer).toHaveCount(0);
  } finally {
    await Promise.all([laptop.close(), phone.close()]);
  }
});
