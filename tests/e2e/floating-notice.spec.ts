import { expect, test } from './fixtures';
import { scaled } from './time-scale';

// The first visit installs the offline worker, which says so until dismissed. /data's last control (Reset) sits
// at the very end of the page: the one a notice at the foot could bury.
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

// A first visit lands on Today's blank start: "Start a new plan" and "Restore from a backup" are the first screen's
// whole point, and the notice arrives while the learner reads them. Nothing on the first screen may sit under it.
for (const [screen, viewport] of [
  ['a phone', { width: 360, height: 740 }],
  ['a wide screen', { width: 1280, height: 720 }],
] as const) {
  test(`on ${screen}, the offline notice covers no control of the first screen on a first visit`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const notice = page.getByRole('status').filter({ hasText: 'The app is ready to work offline.' });
    await expect(notice).toBeVisible({ timeout: scaled(15_000) });
    await expect(page.getByLabel('Restore from a backup')).toBeAttached();

    const noticeBox = (await notice.boundingBox())!;
    // Every control (and the label that stands for a hidden file input) drawn on the first screen, outside the notice.
    const controls = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, label';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => !el.closest('[role="status"]') && !el.closest('nav'))
        .map((el) => {
          const box = el.getBoundingClientRect();
          return { name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, box };
        })
        .filter(
          ({ box }) => box.width > 1 && box.height > 1 && box.top < window.innerHeight && box.bottom > 0,
        )
        .map(({ name, box }) => ({
          name,
          top: box.top,
          bottom: box.bottom,
          left: box.left,
          right: box.right,
        }));
    });
    expect(controls.map((control) => control.name)).toContain('Restore from a backup');
    const under = controls.filter(
      (control) =>
        control.bottom > noticeBox.y &&
        control.top < noticeBox.y + noticeBox.height &&
        control.right > noticeBox.x &&
        control.left < noticeBox.x + noticeBox.width,
    );
    expect(under.map((control) => control.name)).toEqual([]);
  });
}
