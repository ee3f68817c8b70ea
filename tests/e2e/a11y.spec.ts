import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { MissRecord, MixedSetRecord } from '../../src/domain/records';
import { expect, test } from './fixtures';
import { putRows } from './stored-rows';

const routes = [
  { path: '/', title: 'Today' },
  { path: '/plan', title: 'Your study plan' },
  { path: '/session', title: 'Study session' },
  { path: '/misses', title: 'Miss log' },
  { path: '/data', title: 'Your data' },
  { path: '/progress', title: 'Progress' },
  { path: '/review', title: 'Rule review' },
];

const day = 86_400_000;
const now = Date.now();

const sets: MixedSetRecord[] = [0, 1, 2].map((i) => ({
  id: `a11y-set-${i}`,
  date: new Date(now - i * 7 * day).toISOString().slice(0, 10),
  label: `Mixed set ${3 - i}`,
  questions: 20,
  correct: 12 + i,
  createdAt: now - i * 7 * day,
  updatedAt: now - i * 7 * day,
}));

const misses: MissRecord[] = Array.from({ length: 6 }, (_, i) => ({
  id: `a11y-miss-${i}`,
  setId: sets[i % sets.length]!.id,
  sessionId: null,
  domain: (['model-development', 'mlops', 'deployment'] as const)[i % 3]!,
  failureMode: (['leakage', 'unsafe-rollout', 'poor-testing'] as const)[i % 3]!,
  rule: `Check the feature table for leakage before training (${i + 1}).`,
  saferAction: 'Use point-in-time lookups.',
  revisit:
    i % 2
      ? { kind: 'lesson', lessonId: '1.5' }
      : { kind: 'doc', title: 'MLflow docs', url: 'https://mlflow.org/docs/' },
  revisited: i % 2 === 0,
  retests: i === 0 ? [{ day: 1, held: true, at: now - day }] : [],
  createdAt: now - i * day,
  updatedAt: now - i * day,
}));

/** Gives the views something to show: a set-up route (through the form) and a few sets and misses. */
async function fillWithData(page: Page) {
  await page.goto('/plan');
  await page.getByRole('radio', { name: /6-8 hrs\/week/ }).check();
  await page.getByRole('button', { name: 'Start today' }).click();
  await putRows(page, { sets, misses });
}

async function violations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${state}: ${violation.id} (${violation.impact}) ${violation.help} at ${node.target.join(' ')}`,
    ),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  const other = scheme === 'light' ? 'dark' : 'light';
  for (const route of routes) {
    test(`axe finds nothing on ${route.path} in ${scheme} mode, and in ${other} from the theme toggle`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await fillWithData(page);
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.title })).toBeVisible();
      await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
      const found = await violations(page, `${scheme} (system)`);

      await page.getByRole('button', { name: `Switch to ${other} theme` }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', other);
      found.push(...(await violations(page, `${other} (toggle)`)));

      expect(found, found.join('\n')).toEqual([]);
    });
  }
}

test('axe finds nothing on /session while a session runs', async ({ page }) => {
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const found = await violations(page, 'running session');
  expect(found, found.join('\n')).toEqual([]);
});
