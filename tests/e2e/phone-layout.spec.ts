import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWithSampleData, sampleRoutes } from '../../scripts/sample-data.mjs';

const overflow = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));

/** Words in table headers that wrap inside themselves ("Minu/tes"); a hyphenated word may break at its hyphen. */
const splitHeaderWords = (page: Page) =>
  page.evaluate(() => {
    const split: string[] = [];
    for (const th of document.querySelectorAll('th')) {
      // A heading for screen readers only is a 1 px box by design.
      if (th.closest('.visually-hidden') || th.getBoundingClientRect().width <= 1) continue;
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-–]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) split.push(`${match[0]} (in "${th.textContent?.trim()}")`);
        }
      }
    }
    return split;
  });

for (const width of [320, 360]) {
  test(`no route scrolls sideways at ${width} px with long text, at 100% and 200% text size`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const path of sampleRoutes) {
      await openWithSampleData(page, path);
      if (path === '/misses') {
        await expect(page.locator('.miss-count')).toHaveText('9 misses');
        await page.getByRole('button', { name: /^Filter/ }).click();
      }
      const normal = await overflow(page);
      expect(normal.scroll, `${path} at ${width} px`).toBeLessThanOrEqual(normal.inner);
      // A table may squeeze its cells' text, never a heading's word: a column is at least its heading wide.
      expect(await splitHeaderWords(page), `${path} at ${width} px: split header words`).toEqual([]);
      // What a phone's "large text" setting does: every rem doubles, the layout width does not.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const zoomed = await overflow(page);
      expect(zoomed.scroll, `${path} at ${width} px and 200% text`).toBeLessThanOrEqual(zoomed.inner);
    }
  });
}

test('on the narrowest phones every tab of the bottom bar shows its whole label', async ({ page }) => {
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 740 });
    await openWithSampleData(page, '/progress');
    const cut = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) =>
        links.filter((link) => link.scrollWidth > link.clientWidth).map((link) => link.textContent),
      );
    expect(cut, `labels cut at ${width} px`).toEqual([]);
  }
});

test('on a phone the navigation is a bottom bar of 44 px targets, and the page is named on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of sampleRoutes) {
    await openWithSampleData(page, path);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const box = (await nav.boundingBox())!;
    expect(Math.round(box.y + box.height), `${path}: nav at the bottom`).toBe(740);
    const active = nav.locator('[aria-current="page"]');
    await expect(active).toHaveCount(1);
    // Scrolled to the end, the active view's name is still on screen, in the header and the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(active).toBeInViewport();
    await expect(page.locator('.app-section')).toBeInViewport();
    await expect(page.locator('.app-section')).toHaveText((await active.textContent())!);

    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, select, a.button, nav a, input[type="text"], input[type="date"], input[type="search"], input[type="url"]',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.skip-link, [hidden]'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ el, box }) =>
            `${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label') || el.id}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        ),
    );
    expect(small, `${path}: targets under 44 x 44 px`).toEqual([]);
  }
});

test('a miss-log filter survives leaving the page, a reload, and a copied link', async ({
  page,
  context,
}) => {
  await openWithSampleData(page, '/misses');
  const filters = page.getByRole('group', { name: 'Filter the log' });
  const count = page.locator('.miss-count');
  await expect(count).toHaveText('9 misses');
  await filters.getByLabel('Domain').selectOption({ label: 'MLOps' });
  await filters.getByLabel('Search').fill('drift');
  await expect(count).toHaveText('Showing 2 of 9 misses');
  await expect(page).toHaveURL(/\/misses\?domain=mlops&text=drift$/);

  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your study plan' })).toBeVisible();
  await page.getByRole('link', { name: 'Misses', exact: true }).click();
  await expect(count).toHaveText('Showing 2 of 9 misses');
  await expect(filters.getByLabel('Domain')).toHaveValue('mlops');
  await expect(filters.getByLabel('Search')).toHaveValue('drift');

  await page.reload();
  await expect(count).toHaveText('Showing 2 of 9 misses');

  const copied = page.url();
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('.miss-count')).toHaveText('Showing 2 of 9 misses');
  await expect(other.getByRole('group', { name: 'Filter the log' }).getByLabel('Domain')).toHaveValue(
    'mlops',
  );

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('9 misses');
  await expect(page).toHaveURL(/\/misses$/);
});

test('on a phone the filters fold into one control that counts them, and "leakage" finds the leakage misses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openWithSampleData(page, '/misses?failureMode=leakage&status=not-revisited');
  const filters = page.getByRole('group', { name: 'Filter the log' });
  const toggle = filters.getByRole('button', { name: /^Filter/ });
  await expect(toggle).toHaveAccessibleName('Filter 2 on');
  await expect(filters.getByLabel('Failure mode')).toBeHidden();
  await expect(page.locator('.miss-count')).toHaveText('Showing 1 of 9 misses');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Search').fill('leakage');
  await expect(page.locator('.miss-count')).toHaveText('Showing 2 of 9 misses');
  await expect(toggle).toHaveAccessibleName('Filter');
});

test('/misses opens on the set form, then its misses; /plan opens at this week with the set-up folded', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openWithSampleData(page, '/misses');
  await expect(page.getByRole('form', { name: '1. Record a mixed set' })).toBeInViewport();
  const forms = await page
    .getByRole('form')
    .evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-labelledby') && el.querySelector('h2')?.textContent),
    );
  expect(forms.slice(0, 2)).toEqual(['1. Record a mixed set', '2. Add its misses']);

  await openWithSampleData(page, '/plan');
  await expect(page.getByRole('button', { name: 'Change the set-up' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Week 3:/ })).toBeInViewport();
  await expect(page.getByRole('button', { name: /^Week 3:/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: /^Week 1:/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Week 1: 3 of 3 done (100%)')).toBeAttached();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any route on a phone in ${colorScheme}, with long data`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of sampleRoutes) {
      await openWithSampleData(page, path);
      if (path === '/misses') await expect(page.locator('.miss-count')).toHaveText('9 misses');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${path}: ${v.id} ${n.target.join(' ')}`))).toEqual(
        [],
      );
    }
  });
}
