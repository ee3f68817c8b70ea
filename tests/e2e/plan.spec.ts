import { expect, test } from '@playwright/test';

test('a ticked task survives a reload and a route change', async ({ page }) => {
  await page.goto('/plan');
  const task = page.getByRole('checkbox', { name: 'SparkML pipelines' });
  await task.check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).toBeChecked();
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).toBeChecked();
});
