/**
 * Issue 10, item by item, on the production build: nothing the learner typed is lost, whatever the disk, the
 * tabs, the reloads or the clock do.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillMiss, recordSet, saveMiss } from './miss-forms';
import { storedRows } from './stored-rows';
import { scaled } from './time-scale';

/** Makes every IndexedDB write throw the way Chrome does on a full disk, while `window.diskFull` is set. */
async function injectFullDisk(page: Page) {
  await page.addInitScript(() => {
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if ('diskFull' in window)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as never;
    }
  });
}
const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((on) => {
    if (on) Object.assign(window, { diskFull: true });
    else delete (window as { diskFull?: boolean }).diskFull;
  }, full);

test('1. a miss saved on a full disk stays in the form with the reason and a retry, then is stored', async ({
  page,
}) => {
  await injectFullDisk(page);
  await page.goto('/misses');
  await recordSet(page);
  await setDiskFull(page, true);
  const missForm = await fillMiss(page, 'Ask Mr. Smith first.');
  await missForm.getByRole('button', { name: 'Save miss' }).click();
  await expect(missForm.getByRole('alert')).toContainText('out of storage space');
  await expect(missForm.getByRole('status')).not.toContainText('saved');
  await expect(missForm.getByLabel('The one sentence rule you should have used')).toHaveValue(
    'Ask Mr. Smith first.',
  );
  expect(await storedRows(page, 'misses')).toHaveLength(0);

  await setDiskFull(page, false);
  await missForm.getByRole('button', { name: 'Try again' }).click();
  await expect(missForm.getByRole('status')).toContainText('Miss saved');
  await expect(missForm.getByLabel('The one sentence rule you should have used')).toHaveValue('');
  expect(await storedRows<{ rule: string }>(page, 'misses')).toMatchObject([
    { rule: 'Ask Mr. Smith first.' },
  ]);
});

test('1. a miss saved just after another tab reset the data stays in the form, and nothing stale is stored', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/misses');
  await recordSet(page);
  const missForm = await fillMiss(page, 'Canary before promoting.');
  const other = await context.newPage();
  await other.goto('/data');
  await other.getByRole('button', { name: 'Reset everything…' }).click();
  await other.getByRole('button', { name: 'Delete everything' }).click();
  await expect(other.getByText('Everything was deleted.')).toBeVisible();

  await missForm.getByRole('button', { name: 'Save miss' }).click();
  await expect(
    missForm.getByText(/no longer exists|replaced or reset in another tab|Record the mixed set first/),
  ).toBeVisible();
  await expect(missForm.getByLabel('The one sentence rule you should have used')).toHaveValue(
    'Canary before promoting.',
  );
  expect(await storedRows(page, 'misses')).toEqual([]);
  expect(await storedRows(page, 'sets')).toEqual([]);
});

test('2. typing in a worksheet on a full disk keeps the text, says why, and stores it on retry', async ({
  page,
}) => {
  await injectFullDisk(page);
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  const box = page.getByLabel('The official objective you read');
  // The disk fills only once the session itself is stored.
  await expect.poll(async () => (await storedRows(page, 'sessions')).length).toBe(1);
  await expect(box).toBeVisible();
  await setDiskFull(page, true);
  await box.pressSequentially('Section 3: deployment');
  await expect(box).toHaveValue('Section 3: deployment');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved yet' })).toBeVisible();
  // Every keystroke's write has failed by now (none is still queued to succeed on its own once space is back).
  await page.waitForTimeout(500);
  await expect(box).toHaveValue('Section 3: deployment');
  expect((await storedRows<{ notes: object }>(page, 'sessions'))[0]?.notes).toEqual({});
  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved yet' })).toHaveCount(0);
  await expect
    .poll(
      async () => (await storedRows<{ notes: { objective?: string } }>(page, 'sessions'))[0]?.notes.objective,
    )
    .toBe('Section 3: deployment');
});

for (const delay of [0, 50, 200]) {
  test(`3. unsaved text survives a reload ${delay} ms after typing, and a closed tab`, async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/misses');
    await recordSet(page);
    const missForm = page.getByRole('form', { name: '2. Add its misses' });
    const rule = missForm.getByLabel('The one sentence rule you should have used');
    await rule.pressSequentially('Canary first');
    await page.getByRole('form', { name: '1. Record a mixed set' }).getByLabel('Questions').fill('30');
    await page.waitForTimeout(delay);
    await page.reload();
    await expect(rule).toHaveValue('Canary first');
    await expect(missForm.getByRole('status')).toHaveText('Restored your unsaved draft.');
    await expect(
      page.getByRole('form', { name: '1. Record a mixed set' }).getByLabel('Questions'),
    ).toHaveValue('30');

    await page.goto('/plan');
    const reason = page.getByLabel('Why this is true for you (one line)').first();
    await reason.pressSequentially('I walked through it');
    await page.waitForTimeout(delay);
    await page.reload();
    await expect(reason).toHaveValue('I walked through it');

    // A closed tab, reopened: the next tab offers the draft it left, from IndexedDB.
    await page.goto('/misses');
    await rule.fill('Roll back first');
    await page.waitForTimeout(delay);
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto('/misses');
    const againForm = again.getByRole('form', { name: '2. Add its misses' });
    await againForm
      .getByRole('group', { name: 'Unsaved miss from another tab' })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect(againForm.getByLabel('The one sentence rule you should have used')).toHaveValue(
      'Roll back first',
    );
  });
}

test('3. study time typed on Today survives a closed tab, and is gone once logged', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Log study time' });
  await card.getByLabel('Minutes').fill('45');
  await card.getByLabel('What you studied').pressSequentially('Docs on model serving');
  // The draft's database copy is written a moment after the keystroke.
  await expect
    .poll(async () => (await storedRows<{ id: string }>(page, 'drafts')).map((row) => row.id.split('@')[0]))
    .toContain('study-log:new');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('/');
  const reopened = again.getByRole('region', { name: 'Log study time' });
  await reopened
    .getByRole('group', { name: 'Unsaved study time from another tab' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(reopened.getByLabel('What you studied')).toHaveValue('Docs on model serving');
  await expect(reopened.getByLabel('Minutes')).toHaveValue('45');
  await expect(reopened.getByText('Restored your unsaved draft.')).toBeVisible();
  await reopened.getByRole('button', { name: 'Log study time' }).click();
  await expect(reopened.getByText(/Logged 45 min on/)).toBeVisible();
  await again.reload();
  await expect(reopened.getByLabel('What you studied')).toHaveValue('');
  await expect(reopened.getByText('Restored your unsaved draft.')).toHaveCount(0);
});

test('3. a reload while editing a miss reopens that miss with the typed text, and not another', async ({
  page,
}) => {
  await page.goto('/misses');
  await recordSet(page);
  for (const rule of ['Canary first.', 'Roll back first.']) await saveMiss(page, rule);
  await page.getByRole('button', { name: 'Add details: Canary first.' }).click();
  const editor = page.getByRole('form', { name: 'Edit miss' });
  const rule = editor.getByLabel('The one sentence rule you should have used');
  await rule.fill('Canary first, then watch errors.');
  await page.reload();
  await expect(rule).toHaveValue('Canary first, then watch errors.');
  await expect(editor.getByRole('status')).toHaveText('Restored your unsaved draft.');

  await editor.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Add details: Roll back first.' }).click();
  await expect(rule).toHaveValue('Roll back first.');
  await page.reload();
  await expect(rule).toHaveValue('Roll back first.');
  await expect(editor.getByRole('status')).toHaveText('');
});

async function endedSessionInHistory(page: Page) {
  // Five minutes of study: a session finished under a minute in is not kept in history.
  await page.clock.install();
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.clock.fastForward('05:00');
  await page.getByRole('button', { name: 'Finish early' }).click();
  await page.getByRole('button', { name: 'Finish session' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: /^Open/ }).click();
  return history;
}

test('4. two tabs typing into different phases of one session keep every character', async ({ context }) => {
  const first = await context.newPage();
  const historyA = await endedSessionInHistory(first);
  const second = await context.newPage();
  await second.goto('/session');
  const historyB = second.getByRole('region', { name: 'History' });
  await historyB.getByRole('button', { name: /^Open/ }).click();
  const left = 'objective typed in tab one';
  const right = 'boundary typed in tab two';
  await Promise.all([
    historyA.getByLabel('The official objective you read').pressSequentially(left),
    historyB.getByLabel('The production boundary, restated').pressSequentially(right),
  ]);
  await expect
    .poll(async () => (await storedRows<{ notes: object }>(first, 'sessions'))[0]?.notes)
    .toEqual({ objective: left, boundary: right });
  for (const history of [historyA, historyB]) {
    await expect(history.getByLabel('The official objective you read')).toHaveValue(left);
    await expect(history.getByLabel('The production boundary, restated')).toHaveValue(right);
  }
});

test('5. an import is protected from a tab typing in a running session', async ({ context }) => {
  const typing = await context.newPage();
  await typing.goto('/session');
  await typing.getByRole('button', { name: 'Start session' }).click();
  const importing = await context.newPage();
  await importing.goto('/data');
  const { createBackup } = await import('../../src/domain/backup-format');
  const { sampleBackupData } = await import('../backup-sample');
  const file = createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
  await importing.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await Promise.all([
    typing
      .getByLabel('The official objective you read')
      .pressSequentially('typed while importing', { delay: 5 }),
    importing.getByRole('button', { name: 'Replace my data with this backup' }).click(),
  ]);
  await expect(importing.getByText('Your data now matches the file.')).toBeVisible();
  await typing.waitForTimeout(300);
  const stored = await storedRows<{ id: string }>(importing, 'sessions');
  expect(stored.map((row) => row.id).sort()).toEqual(file.data.sessions.map((row) => row.id).sort());
});

test('6. a database newer than this build opens read-only in memory and is never written', async ({
  page,
}) => {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('ml-pro-study-tracker', 1000);
        request.onupgradeneeded = () => request.result.createObjectStore('future');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
  );
  await page.goto('/plan');
  await expect(
    page.getByText('A newer version of the app has already updated your saved data'),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'SparkML pipelines' }).check();
  const version = await page.evaluate(
    async () => (await indexedDB.databases()).find((info) => info.name === 'ml-pro-study-tracker')?.version,
  );
  expect(version).toBe(1000);
});

test('7. Start clicked in three tabs within a few ms stores one running session', async ({ context }) => {
  const pages = await Promise.all([0, 1, 2].map(() => context.newPage()));
  await Promise.all(pages.map((page) => page.goto('/session')));
  await Promise.all(pages.map((page) => page.getByRole('button', { name: 'Start session' }).waitFor()));
  // Clicked from inside each page at once: a Playwright click waits for actionability, by which time the
  // first tab's session may already have reached the others and replaced their Start button.
  const clicked = await Promise.all(
    pages.map((page) =>
      page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Start session',
        );
        button?.click();
        return button !== undefined;
      }),
    ),
  );
  expect(clicked.filter(Boolean).length).toBeGreaterThanOrEqual(2);
  await pages[0]!.waitForTimeout(300);
  const sessions = await storedRows<{ id: string; status: string }>(pages[0]!, 'sessions');
  expect(sessions.filter((session) => session.status === 'running')).toHaveLength(1);
  for (const page of pages) {
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(1);
  }
});

test('8. a start date in year 9999 is refused with a message and /plan keeps working', async ({ page }) => {
  await page.goto('/plan');
  const start = page.getByLabel('Start date');
  await start.fill('9999-12-01');
  await expect(page.getByText('Enter a date from 2000 to 2100.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Set-up' })).toBeVisible();
  expect(await storedRows(page, 'settings')).toEqual([]);
});

test('9. the timer survives the clock jumping back 2 h during a pause and being corrected', async ({
  page,
}) => {
  const t0 = new Date('2026-11-26T09:00:00');
  await page.clock.install({ time: t0 });
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.clock.runFor(5 * 60_000);
  await page.clock.setSystemTime(new Date(t0.getTime() + 5 * 60_000 - 2 * 3_600_000));
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(60_000);
  await page.clock.setSystemTime(new Date(t0.getTime() + 6 * 60_000));
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(1_000);
  await expect(page.getByRole('timer', { name: 'Time left in the session' })).toHaveText(/^54:5\d$/);
});

test('10. an upgrade blocked by an old connection says so and what to do within two seconds', async ({
  context,
}) => {
  const old = await context.newPage();
  await old.goto('/favicon.svg');
  await old.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('ml-pro-study-tracker', 20);
        request.onsuccess = () => {
          Object.assign(window, { oldConnection: request.result });
          resolve();
        };
      }),
  );
  const page = await context.newPage();
  await page.goto('/plan');
  await expect(page.getByText(/another tab still has the old version open/)).toBeVisible({
    timeout: scaled(2_000),
  });
  await old.evaluate(() => (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close());
  await expect(page.getByRole('heading', { name: 'Set-up' })).toBeVisible();
});

test('11. forms count what a reader sees and keep a refused exam date as typed', async ({ page }) => {
  await page.goto('/misses');
  const setForm = page.getByRole('form', { name: '1. Record a mixed set' });
  await setForm.getByLabel('Set name').fill('\u200b\u200b');
  await setForm.getByLabel('Questions').fill('10');
  await setForm.getByLabel('Correct').fill('5');
  await setForm.getByRole('button', { name: 'Save set' }).click();
  await expect(setForm.getByText('Name the set')).toBeVisible();
  const missForm = page.getByRole('form', { name: '2. Add its misses' });
  await missForm.getByLabel('The one sentence rule you should have used').fill('🙂'.repeat(150));
  await expect(missForm.getByText('(150 now)')).toBeVisible();

  await page.goto('/plan');
  await page.getByLabel('Start date').fill('2026-12-01');
  const exam = page.getByLabel('Exam date');
  await exam.fill('2026-11-01');
  await expect(page.getByText('The exam must come after the start date.')).toBeVisible();
  await exam.blur();
  await expect(exam).toHaveValue('2026-11-01');
});
