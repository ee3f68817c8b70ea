import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { storedRows } from './stored-rows';
import { scaled } from './time-scale';

// Both server tests use the one spare port.
test.describe.configure({ mode: 'serial' });

// Its own preview server, so the test can stop it: context.setOffline does not reach service-worker fetches.
const port = Number(process.env.E2E_OFFLINE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const origin = `http://127.0.0.1:${port}`;
const dist = process.env.E2E_DIST ?? 'dist';

async function startServer(outDir = dist): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { detached: true, stdio: 'ignore' },
  );
  // npx and vite start slowly on a loaded machine: wait as long as any step may.
  for (const deadline = Date.now() + scaled(30_000); Date.now() < deadline;) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server on ${origin} did not start.`);
}

async function stopServer(server: ChildProcess) {
  // The group: npx starts vite as a child.
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  for (const deadline = Date.now() + scaled(5_000); Date.now() < deadline;) {
    if (
      !(await fetch(origin).then(
        () => true,
        () => false,
      ))
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The preview server did not stop.');
}

test('once loaded, the app and its data load offline on a deep link', async ({ page }) => {
  test.setTimeout(scaled(60_000));
  const server = await startServer();
  try {
    await page.goto(`${origin}/plan`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The first visit installs the worker; from the next load on, it answers every request.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.getByRole('checkbox', { name: 'SparkML pipelines' }).check();
    // A full page load aborts a write still in flight: the tick must be stored before the next one.
    await expect.poll(async () => (await storedRows(page, 'ticks')).length).toBe(1);
    await stopServer(server);

    await page.goto(`${origin}/misses`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Misses' })).toHaveAttribute('aria-current', 'page');
    await page.goto(`${origin}/plan`);
    await expect(page.getByRole('checkbox', { name: 'SparkML pipelines' })).toBeChecked();
    await page.goto(`${origin}/data`);
    await expect(page.getByRole('heading', { name: 'Your data', level: 1 })).toBeVisible();
    await page.goto(`${origin}/review`);
    await expect(page.getByRole('heading', { name: 'Rule review', level: 1 })).toBeVisible();
  } finally {
    killQuietly(server);
  }
});

function killQuietly(server: ChildProcess) {
  if (server.exitCode !== null || !server.pid) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already stopped by the test.
  }
}

test('an update waits for a running session and applies only when asked', async ({ page }) => {
  test.setTimeout(scaled(60_000));
  // A copy of the build whose service worker changes mid-test, as a new release would.
  const release = mkdtempSync(join(tmpdir(), 'ml-pro-release-'));
  cpSync(dist, release, { recursive: true });
  const server = await startServer(release);
  try {
    await page.goto(`${origin}/session`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));

    appendFileSync(join(release, 'sw.js'), '\n// next release\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(page.getByText('A new version of the app is ready.')).toBeVisible({
      timeout: scaled(15_000),
    });

    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(page.getByText(/Finish or end your running session first/)).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);

    await page.getByRole('button', { name: 'Finish early' }).click();
    await page.getByRole('button', { name: 'Finish session' }).click();
    const reloaded = page.waitForEvent('load', { timeout: scaled(15_000) });
    await page.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await expect(page.getByText('A new version of the app is ready.')).toHaveCount(0);
  } finally {
    killQuietly(server);
    rmSync(release, { recursive: true, force: true });
  }
});

test('the app is installable: a manifest with standard and maskable icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const src of [...manifest.icons.map((icon) => icon.src), '/apple-touch-icon.png', '/favicon.svg']) {
    const response = await request.get(src);
    expect(response.ok(), src).toBe(true);
    expect(response.headers()['content-type']).toMatch(/^image\/(png|svg\+xml)/);
  }
});
