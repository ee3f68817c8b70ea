// Writes the web manifest's screenshots (public/screenshots/plan-wide.png and plan-narrow.png) from the
// production build, in the system Chromium: `npx vite build && node scripts/make-screenshots.mjs`. The
// sizes must match the `screenshots` entries in vite.config.ts.
import { chromium } from '@playwright/test';
import { startPreview } from './bench-server.mjs';
import { chromiumFlags, findChromium } from './chromium-path.mjs';

const shots = [
  { file: 'public/screenshots/plan-wide.png', width: 1280, height: 900 },
  { file: 'public/screenshots/plan-narrow.png', width: 390, height: 844 },
];

const server = await startPreview('dist', 4197);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumFlags });
try {
  for (const { file, width, height } of shots) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan`);
    await page.locator('main[aria-busy="false"] h1').waitFor();
    await page.screenshot({ path: file });
    await context.close();
    console.log(`wrote ${file} (${width} x ${height})`);
  }
} finally {
  await browser.close();
  server.stop();
}
