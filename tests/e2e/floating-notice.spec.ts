import { expect, test } from './fixtures';
import { scaled } from './time-scale';

// The first visit installs the offline worker, which says so in a notice floating at the foot of the screen
// until dismissed. /data's last control (Reset) sits at the very end of the page: the one a notice could bury.
for (const [screen, viewport] of [
  ['a phone', { width: 390, height: 700 }],
  ['a wide screen', { width: 1280, height: 720 }],
] as const) {
  test(`on ${screen}, the offline notice never covers the last control, scrolled to or tabbed to`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/data');
    const notice = page.getByRole('status').filter({ hasText: 'The app is ready to work offline.' });
    await expect(notice).toBeVisible({ timeout: scaled(15_000) });
    const reset = page.getByRole('button', { name: 'Reset everything…' });

    const covered = async () => {
      const [noticeBox, resetBox] = [await notice.boundingBox(), await reset.boundingBox()];
      return resetBox !== null && noticeBox !== null && resetBox.y + resetBox.height > noticeBox.y;
    };
    // Scrolled to the end, the page has room to lift the control above the notice.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await covered()).toBe(false);

    // Reached by Tab from the top, the browser scrolls it clear of the notice too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await reset.focus();
    await expect(reset).toBeFocused();
    expect(await covered()).toBe(false);

    // Dismissed, the notice gives its room back.
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--toast-space'))).toBe(
      '',
    );
  });
}
