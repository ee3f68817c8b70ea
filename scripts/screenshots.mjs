/**
 * Screenshots of every route at 360 and 1280 px, light and dark, from the production build with the sample
 * data (scripts/sample-data.mjs), into docs/screenshots. Run `npx vite build` first, then
 * `node scripts/screenshots.mjs`. The clock is pinned, so a re-run only changes pictures whose page changed.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumFlags, findChromium } from './chromium-path.mjs';
import { openWithSampleData, sampleRoutes } from './sample-data.mjs';

const port = Number(process.env.SCREENSHOT_PORT ?? 4180);
const baseURL = `http://127.0.0.1:${port}`;
const outDir = new URL('../docs/screenshots/', import.meta.url);
const sizes = [
  { name: '360', viewport: { width: 360, height: 740 } },
  { name: '1280', viewport: { width: 1280, height: 800 } },
];
const names = { '/': 'today', '/plan': 'plan', '/session': 'session', '/misses': 'misses', '/data': 'data' };

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseURL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not start on ${baseURL}`);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumFlags });
try {
  await waitForServer();
  mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    for (const colorScheme of ['light', 'dark']) {
      for (const path of sampleRoutes) {
        // A fresh context each time: its own empty IndexedDB, and no service worker left from the last page.
        const context = await browser.newContext({
          baseURL,
          viewport: size.viewport,
          colorScheme,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await openWithSampleData(page, path);
        await page.waitForLoadState('networkidle');
        const file = new URL(`${names[path]}-${size.name}-${colorScheme}.png`, outDir);
        await page.screenshot({ path: file.pathname });
        console.warn(`wrote docs/screenshots/${names[path]}-${size.name}-${colorScheme}.png`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
