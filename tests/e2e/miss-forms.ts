import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Records a mixed set of 17 out of 20 on /misses; the miss form below then has it chosen. */
export async function recordSet(page: Page) {
  const setForm = page.getByRole('form', { name: '1. Record a mixed set' });
  await setForm.getByLabel('Questions').fill('20');
  await setForm.getByLabel('Correct').fill('17');
  await setForm.getByRole('button', { name: 'Save set' }).click();
  const missForm = page.getByRole('form', { name: '2. Add its misses' });
  await expect(missForm.getByLabel('Mixed set')).toHaveValue(/.+/);
  return missForm;
}

/** Fills the new-miss form with a deployment miss and `rule`, unsaved. */
export async function fillMiss(page: Page, rule: string) {
  const missForm = page.getByRole('form', { name: '2. Add its misses' });
  await missForm.getByLabel('Weak domain').selectOption({ label: 'deployment' });
  await missForm.getByLabel('Failure mode').selectOption({ index: 1 });
  await missForm.getByLabel('The one sentence rule you should have used').fill(rule);
  return missForm;
}

/** Fills and saves one miss, and waits for the form to say it is stored. */
export async function saveMiss(page: Page, rule: string) {
  const missForm = await fillMiss(page, rule);
  await missForm.getByRole('button', { name: 'Save miss' }).click();
  await expect(missForm.getByRole('status')).toContainText('Miss saved');
}
