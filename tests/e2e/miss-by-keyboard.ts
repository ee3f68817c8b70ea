import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Logs one miss the way a learner logging a dozen does: focus starts on the weak domain, each answer is typed
 * and Tab moves on, Enter saves, and the form says where the miss went.
 */
export async function logMissByKeyboard(page: Page, missForm: Locator, answers: readonly string[]) {
  await expect(missForm.getByLabel('Weak domain')).toBeFocused();
  for (const [index, answer] of answers.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(answer);
  }
  await page.keyboard.press('Enter');
  await expect(missForm.getByRole('status')).toHaveText('Miss saved to Mixed set 1.');
}
