import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordSet, saveMiss } from './miss-forms';
import { logMissByKeyboard } from './miss-by-keyboard';
import { storedRows } from './stored-rows';
import { scaled } from './time-scale';

const box = (page: Page, name: string) => page.getByRole('checkbox', { name });

test('two tabs both write and neither write is lost', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/plan');
  await second.goto('/plan');

  await box(first, 'SparkML pipelines').check();
  await box(second, 'inference fit').check();
  await box(first, 'scaling strategy').check();

  // Each tab sees the other's writes without a reload...
  for (const page of [first, second]) {
    for (const name of ['SparkML pipelines', 'inference fit', 'scaling strategy']) {
      await expect(box(page, name)).toBeChecked();
    }
  }
  // ...and they are all stored.
  await second.close();
  await first.reload();
  for (const name of ['SparkML pipelines', 'inference fit', 'scaling strategy']) {
    await expect(box(first, name)).toBeChecked();
  }
});

test('a reset in one tab empties the other at once, without a reload and without being blocked', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/plan');
  await box(first, 'SparkML pipelines').check();
  await first.evaluate(() => Object.assign(window, { beforeReset: true }));

  await second.goto('/data');
  await second.getByRole('button', { name: 'Reset everything…' }).click();
  await second.getByRole('button', { name: 'Delete everything' }).click();
  await expect(second.getByText('Everything was deleted.')).toBeVisible();

  // The reset replaces every row in one transaction and the other tab reads the new (empty) data back; a
  // change it had queued against the old data is refused, never written on top.
  await expect(box(first, 'SparkML pipelines')).not.toBeChecked();
  expect(await first.evaluate(() => 'beforeReset' in window)).toBe(true);
  await first.reload();
  await expect(box(first, 'SparkML pipelines')).not.toBeChecked();
});

test('a newer tab upgrading the database is not blocked, and the old tab saved first', async ({
  context,
}) => {
  const old = await context.newPage();
  const newer = await context.newPage();
  await old.goto('/plan');
  await old.evaluate(() => Object.assign(window, { beforeUpgrade: true }));
  await box(old, 'SparkML pipelines').check();

  // A same-origin page without the app, so only the old tab holds a connection.
  await newer.goto('/favicon.svg');
  const oldReloaded = old.waitForEvent('load');
  // Stands in for the next release: open the same database at a higher version, as its Dexie would.
  const outcome = await newer.evaluate(
    () =>
      new Promise<{ event: string; ticks: string[] }>((resolve) => {
        const request = indexedDB.open('ml-pro-study-tracker', 1000);
        const timer = setTimeout(() => resolve({ event: 'timeout', ticks: [] }), 5000);
        request.onblocked = () => {
          clearTimeout(timer);
          resolve({ event: 'blocked', ticks: [] });
        };
        request.onsuccess = () => {
          clearTimeout(timer);
          const db = request.result;
          const keys = db.transaction('ticks').objectStore('ticks').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve({ event: 'success', ticks: keys.result as string[] });
          };
        };
      }),
  );
  expect(outcome).toEqual({ event: 'success', ticks: ['sparkml-pipelines'] });
  // The old tab let go and reloaded rather than keep running old code against the new schema.
  await oldReloaded;
  expect(await old.evaluate(() => 'beforeUpgrade' in window)).toBe(false);
});

test('a change still waiting for the database when its tab closes is stored all the same', async ({
  context,
}) => {
  // Another tab holds the database lock (as an import does while it replaces everything), so the tick's write
  // is still queued when its tab closes: only what the page does on leaving can store it.
  const holder = await context.newPage();
  await holder.goto('/plan');
  await holder.evaluate(() => {
    void navigator.locks.request(
      'ml-pro-study-tracker:database',
      { mode: 'exclusive' },
      () =>
        new Promise<void>((release) => ((window as unknown as { release: () => void }).release = release)),
    );
  });
  const page = await context.newPage();
  await page.goto('/plan');
  await box(page, 'SparkML pipelines').check();
  await page.close({ runBeforeUnload: true });
  await holder.evaluate(() => (window as unknown as { release: () => void }).release());
  const again = await context.newPage();
  await again.goto('/plan');
  await expect(box(again, 'SparkML pipelines')).toBeChecked();
});

test('closing the tab straight after a change loses nothing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/plan');
  await box(page, 'SparkML pipelines').check();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/plan');
  await expect(box(again, 'SparkML pipelines')).toBeChecked();
});

test('a miss being edited keeps its typed text when another tab deletes it, and saving keeps it', async ({
  context,
}) => {
  const editing = await context.newPage();
  await editing.goto('/misses');
  await recordSet(editing);
  await saveMiss(editing, 'Canary first.');

  await editing.getByRole('button', { name: 'Add details: Canary first.' }).click();
  const editor = editing.getByRole('form', { name: 'Edit miss' });
  const rule = editor.getByLabel('The one sentence rule you should have used');
  await rule.fill('Canary first, then watch the error rate.');

  const other = await context.newPage();
  await other.goto('/misses');
  await other.getByRole('button', { name: 'Delete: Canary first.' }).click();
  await expect(other.locator('.miss-count')).toHaveText('0 misses');

  await expect(rule).toHaveValue('Canary first, then watch the error rate.');
  await expect(editing.getByRole('alert')).toContainText('deleted or replaced in another tab');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toHaveCount(0);
  await expect(
    other.getByRole('article', { name: 'Canary first, then watch the error rate.' }),
  ).toBeVisible();
});

const studyLog = (page: Page) => page.getByRole('region', { name: 'Log study time' });
const leftOffer = (page: Page) =>
  studyLog(page).getByRole('group', { name: 'Unsaved study time from another tab' });

test('each tab keeps its own draft; a save removes only its own; a new tab offers what a closed tab left', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await studyLog(first).getByLabel('What you studied').fill('Tab A notes');
  await second.goto('/');
  await studyLog(second).getByLabel('Minutes').fill('30');
  await studyLog(second).getByLabel('What you studied').fill('Tab B notes');
  // The first tab is open: its draft is not offered here.
  await expect(studyLog(second).getByLabel('What you studied')).toHaveValue('Tab B notes');
  await expect(leftOffer(second)).toHaveCount(0);
  await expect
    .poll(async () =>
      (await storedRows<{ value: { what: string } }>(second, 'drafts')).map((d) => d.value.what).sort(),
    )
    .toEqual(['Tab A notes', 'Tab B notes']);

  await studyLog(second).getByRole('button', { name: 'Log study time' }).click();
  await expect(studyLog(second).getByText(/Logged 30 min on/)).toBeVisible();
  await expect
    .poll(async () =>
      (await storedRows<{ value: { what: string } }>(second, 'drafts')).map((d) => d.value.what),
    )
    .toEqual(['Tab A notes']);

  await first.close({ runBeforeUnload: true });
  const third = await context.newPage();
  await third.goto('/');
  await leftOffer(third).getByRole('button', { name: 'Restore' }).click();
  await expect(studyLog(third).getByLabel('What you studied')).toHaveValue('Tab A notes');
  await expect(leftOffer(third)).toHaveCount(0);
});

test("a duplicated tab keeps its own draft, not its original's, and both stay once closed", async ({
  context,
}) => {
  const tabIdKey = 'ml-pro-study-tracker:tab-id';
  const original = await context.newPage();
  await original.goto('/');
  await studyLog(original).getByLabel('What you studied').fill('Original notes');
  const id = await original.evaluate((key) => sessionStorage.getItem(key), tabIdKey);
  expect(id).toBeTruthy();
  // A duplicated tab starts with a copy of its original's sessionStorage, this tab id included.
  const duplicate = await context.newPage();
  await duplicate.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
    },
    [tabIdKey, id!] as const,
  );
  await duplicate.goto('/');
  await studyLog(duplicate).getByLabel('What you studied').fill('Duplicate notes');
  await expect
    .poll(
      async () =>
        (await storedRows<{ value: { what: string } }>(duplicate, 'drafts')).map((d) => d.value.what).sort(),
      { timeout: scaled(10_000) },
    )
    .toEqual(['Duplicate notes', 'Original notes']);
  expect(await duplicate.evaluate((key) => sessionStorage.getItem(key), tabIdKey)).not.toBe(id);

  await original.close({ runBeforeUnload: true });
  await duplicate.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto('/');
  // The newest one left is offered; the other stays stored.
  await leftOffer(next).getByRole('button', { name: 'Restore' }).click();
  await expect(studyLog(next).getByLabel('What you studied')).toHaveValue('Duplicate notes');
  expect((await storedRows<{ value: { what: string } }>(next, 'drafts')).map((d) => d.value.what)).toContain(
    'Original notes',
  );
});

test('text typed fast into a draft and the tab closed at once is offered whole in the next tab', async ({
  context,
}) => {
  const typed = 'Lakehouse Monitoring docs, drift metrics and alerting design';
  const first = await context.newPage();
  await first.goto('/');
  const field = studyLog(first).getByLabel('What you studied');
  await field.pressSequentially(typed);
  await first.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await next.goto('/');
  await leftOffer(next).getByRole('button', { name: 'Restore' }).click();
  await expect(studyLog(next).getByLabel('What you studied')).toHaveValue(typed);
});

test('two tabs grading one rule: the card follows both grades, and an undo takes back only its own', async ({
  context,
}) => {
  await context.clock.install({ time: new Date('2026-12-01T08:00:00') });
  const first = await context.newPage();
  await first.goto('/misses');
  await first.getByRole('form', { name: '1. Record a mixed set' }).getByLabel('Questions').focus();
  await first.keyboard.type('20');
  await first.keyboard.press('Tab');
  await first.keyboard.type('19');
  await first.keyboard.press('Enter');
  await logMissByKeyboard(first, first.getByRole('form', { name: '2. Add its misses' }), [
    'dep',
    'uns',
    'Canary a new model version before promoting it.',
  ]);
  await context.clock.fastForward('24:00:00');
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto('/review');
    await expect(page.getByText('1 rule due now')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('.review-rule')).toBeVisible();
  }
  // The first tab's word of its grade is lost on the way (as when the other tab is busy), so the second tab
  // grades the rule as it last saw it.
  await first.evaluate(() => {
    BroadcastChannel.prototype.postMessage = () => undefined;
  });
  await first.keyboard.press('3');
  await expect(first.getByRole('heading', { name: 'Done for today' })).toBeVisible();
  await expect.poll(async () => (await storedRows(first, 'reviewLogs')).length).toBe(1);
  await second.keyboard.press('1');
  await expect(second.getByRole('heading', { name: 'Done for today' })).toBeVisible();

  type Card = { memory: { reps: number } | null };
  const reps = async () => (await storedRows<Card>(first, 'reviewCards')).map((card) => card.memory?.reps);
  await expect.poll(async () => (await storedRows(first, 'reviewLogs')).length).toBe(2);
  await expect.poll(reps).toEqual([2]);

  // Undo in the second tab takes back its Again only: the card is the first tab's Good, in both tabs.
  await second.keyboard.press('u');
  await expect(second.getByRole('status').filter({ hasText: 'Last grade undone' })).toBeVisible();
  await expect.poll(async () => (await storedRows(first, 'reviewLogs')).length).toBe(1);
  await expect.poll(reps).toEqual([1]);
  // The first tab hears of the undo and shows the rule held; the second, which never heard of the first
  // tab's grade, shows the same once reloaded.
  await expect(first.getByText('Nothing due now')).toBeVisible();
  await second.reload();
  await expect(second.getByText('Nothing due now')).toBeVisible();
});
