import { createBackup } from '../../src/domain/backup-format';
import { sampleBackupData } from '../backup-sample';
import { expect, test } from './fixtures';

const payload = '<img src=x onerror=alert(1)>';

test('imported text is shown as text and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const data = sampleBackupData();
  data.extraTasks[0]!.label = payload;
  data.signals[0]!.justification = payload;
  data.misses[0]!.rule = payload;
  data.sets[0]!.label = payload;

  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'xss.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(createBackup(data, '0.1.0', Date.UTC(2026, 10, 26)))),
  });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from xss.json.')).toBeVisible();

  await page.goto('/plan');
  // Weeks other than the current one are folded: unfold them all to find the imported task.
  await page.getByRole('button', { name: /^Week 1/ }).waitFor();
  const folded = page.getByRole('button', { name: /^Week \d/, expanded: false });
  while ((await folded.count()) > 0) await folded.first().click();
  await expect(page.getByRole('checkbox', { name: payload })).toBeVisible();
  // The booking self-check justification comes back into its field as a value, not as markup.
  const fieldsHoldingPayload = await page
    .locator('textarea, input[type="text"]')
    .evaluateAll(
      (fields, text) => fields.filter((f) => (f as HTMLInputElement).value === text).length,
      payload,
    );
  expect(fieldsHoldingPayload).toBe(1);
  await page.goto('/misses');
  await expect(page.getByRole('article', { name: payload }).getByText(payload).first()).toBeVisible();

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the production build carries a Content-Security-Policy without inline script', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});
