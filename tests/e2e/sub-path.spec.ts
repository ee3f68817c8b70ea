import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startStaticHost, type StaticHost } from './static-host';
import { shareToApp } from './share-to-app';
import { storedRows } from './stored-rows';
import { scaled } from './time-scale';

// A build made with `BASE_PATH=/ml-pro/` (npm test makes it beside dist/), served as the hosts in README
// "Publish it" serve it. Its own server on a spare port, so the test can stop it to go offline:
// context.setOffline does not reach the service worker's fetches.
const base = '/ml-pro/';
const dist = process.env.E2E_SUBPATH_DIST ?? 'dist-sub';
const port = Number(process.env.E2E_SUBPATH_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 2);

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No sub-path build in ${dist}: run BASE_PATH=${base} npx vite build --outDir ${dist}`);
});

test('under a sub-path on GitHub Pages, the app works end to end and reloads offline', async ({
  page,
  request,
}) => {
  test.setTimeout(scaled(60_000));
  const host = await startStaticHost({ host: 'github-pages', dist, base, port });
  try {
    await page.goto(`${host.origin}${base}plan`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your study plan' })).toBeVisible();
    const registration = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(registration).toBe(`${host.origin}${base}`);
    // The first visit installs the worker; from the next load on, it answers every request.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(`${host.origin}${manifestHref}`)).json()) as {
      id: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
      shortcuts: { url: string }[];
      file_handlers: { action: string }[];
      share_target: { action: string };
    };
    expect(manifest).toMatchObject({ id: base, start_url: base, scope: base });
    expect(manifest.shortcuts.map((shortcut) => shortcut.url)).toEqual([
      base,
      `${base}session`,
      `${base}misses`,
    ]);
    for (const src of manifest.icons.map((icon) => icon.src)) {
      expect((await request.get(`${host.origin}${src}`)).ok(), src).toBe(true);
    }
    expect(manifest.file_handlers.map((handler) => handler.action)).toEqual([`${base}data`]);
    expect(manifest.share_target.action).toBe(`${base}share-target`);
    // A shared file reaches the data view under the sub-path, through the worker alone.
    await shareToApp(page, 'phone.mlsync', [1, 2, 3]);
    await page.waitForURL(`${host.origin}${base}data`);
    const offer = page.getByRole('region', { name: 'A sync file shared to the app' });
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toHaveCount(0);
    await page.goto(`${host.origin}${base}plan`);

    await page.getByRole('checkbox', { name: 'SparkML pipelines' }).check();
    // A full page load aborts a write still in flight: the tick must be stored before the next one.
    await expect.poll(async () => (await storedRows(page, 'ticks')).length).toBe(1);
    await page.getByRole('link', { name: 'Misses' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Miss log' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`${base}misses`);
    await page.getByRole('link', { name: 'Today' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(base);

    await host.stop();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.goto(`${host.origin}${base}plan`);
    await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).toBeChecked();
    await page.goto(`${host.origin}${base}review`);
    await expect(page.getByRole('heading', { level: 1, name: 'Rule review' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
  } finally {
    await host.stop();
  }
});

const hosts: { host: StaticHost; settings: string }[] = [
  { host: 'github-pages', settings: '404.html' },
  { host: 'nginx', settings: 'try_files $uri $uri.html /ml-pro/index.html' },
  { host: 'netlify', settings: '_redirects' },
];

for (const { host: name, settings } of hosts) {
  test(`${name} (${settings}) serves /ml-pro/plan from plan.html and an unknown address from the app`, async ({
    browser,
    page,
  }) => {
    const host = await startStaticHost({ host: name, dist, base, port });
    try {
      // Before any script runs, the document is the view's own.
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const bare = await noScript.newPage();
      await bare.goto(`${host.origin}${base}plan`);
      await expect(bare.getByRole('heading', { level: 1 })).toHaveText('Your study plan');
      await noScript.close();

      await page.goto(`${host.origin}${base}no-such-page`);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await page.getByRole('link', { name: 'open your plan' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your study plan' })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(`${base}plan`);
    } finally {
      await host.stop();
    }
  });
}
