import { expect, test } from './fixtures';
import { berlin, importRoute } from './route-backup';
import { storedRows } from './stored-rows';

test.use({ timezoneId: 'Europe/Berlin' });

test('Today and /data say when the last backup was made on this device, and nudge quietly after 7 days of unsaved data', async ({
  page,
}) => {
  await page.clock.setFixedTime(berlin('2026-11-20', 9));
  await importRoute(page);
  // The imported file, made last night, holds the data; it is not a backup made on this device.
  const reminder = page.locator('.backup-reminder');
  await expect(reminder).toHaveText(
    'No backup saved on this device yet. Restored from a backup made yesterday (Thu Nov 19).',
  );

  // New data the next morning, then a week without a backup.
  await page.goto('/plan');
  // The first box of the open week: any tick is new data.
  await page.getByRole('checkbox').first().check();
  await expect.poll(async () => (await storedRows(page, 'ticks')).length).toBeGreaterThan(0);
  await page.clock.setFixedTime(berlin('2026-11-26', 20));
  await page.goto('/');
  await expect(reminder).toHaveText(
    'No backup saved on this device yet. Restored from a backup made 7 days ago (Thu Nov 19).',
  );
  await expect(page.getByRole('link', { name: 'Export a backup' })).toHaveCount(0);

  await page.clock.setFixedTime(berlin('2026-11-27', 8));
  await page.reload();
  await expect(reminder).toHaveText(
    'No backup saved on this device yet. Restored from a backup made 8 days ago (Thu Nov 19). You have new study data since then. Export a backup',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await reminder.getByRole('link', { name: 'Export a backup' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.locator('.backup-reminder')).toContainText('Export a backup below');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
  await download;
  await expect(page.locator('.backup-reminder')).toHaveText('Last backup: today (Fri Nov 27).');
  await page.goto('/');
  await expect(page.locator('.backup-reminder')).toHaveText('Last backup: today (Fri Nov 27).');
});

test('a learner with nothing stored sees no backup line on Today', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.locator('.backup-reminder')).toHaveCount(0);
  await page.goto('/data');
  await expect(page.locator('.backup-reminder')).toHaveText('No backup made yet.');
});
