import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, findChromium } from './scripts/chromium-path.mjs';
import { scaled, timeScale } from './tests/e2e/time-scale';

// Overridable so several people (or helpers) can run e2e at once without sharing a build or a port.
const previewPort = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.E2E_DIST ?? 'dist';
// Workers read the same factor as this process (tests/e2e/time-scale.ts).
process.env.E2E_TIME_SCALE = String(timeScale);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `.test-output/playwright-${previewPort}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Idle-machine figures, scaled for a loaded one. An action or assertion waiting for what never shows fails at
  // that step; the test's own timeout is left for journeys that are long, not stuck.
  timeout: scaled(30_000),
  expect: { timeout: scaled(5_000) },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? '.test-output/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    trace: 'retain-on-failure',
    actionTimeout: scaled(10_000),
    navigationTimeout: scaled(15_000),
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium() ?? undefined,
          args: chromiumFlags,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${distDir} --port ${previewPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${previewPort}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
