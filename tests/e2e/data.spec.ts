import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { backupSchemaVersion, createBackup, maxBackupBytes } from '../../src/domain/backup-format';
import { sampleBackupData } from '../backup-sample';
import { expect, test } from './fixtures';
import { dumpDatabase, storedRows } from './stored-rows';

const task = (page: Page) => page.getByRole('checkbox', { name: 'SparkML pipelines' });

/** Ticks the first task and waits until it is stored: a full page load would cut off a write still in flight. */
async function tickStored(page: Page) {
  await task(page).check();
  await expect.poll(async () => (await storedRows(page, 'ticks')).length).toBe(1);
}

async function exportBackup(page: Page) {
  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ml-pro-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  return { text, json: JSON.parse(text) as { data: Record<string, unknown[]> } };
}

const sortRows = (rows: unknown[]) =>
  [...(rows as { id?: string; key?: string }[])].sort((a, b) =>
    (a.id ?? a.key ?? '').localeCompare(b.id ?? b.key ?? ''),
  );
// Each export records its own time in the 'backups' settings row, so two exports differ in that row alone.
const normalise = (data: Record<string, unknown[]>) =>
  Object.fromEntries(
    Object.entries(data).map(([kind, rows]) => [
      kind,
      sortRows(rows.filter((row) => (row as { key?: string }).key !== 'backups')),
    ]),
  );

test('export, reset, import gives back exactly the same data', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Start today' }).click();
  await tickStored(page);
  await page.goto('/data');
  await page.getByRole('radio', { name: 'Dark' }).check();
  // Export opens /data afresh: a full page load would cut off the theme's write still in flight.
  await expect
    .poll(async () => {
      const rows = await storedRows<{ key: string; value: { theme?: string } }>(page, 'settings');
      return rows.find((row) => row.key === 'preferences')?.value.theme;
    })
    .toBe('dark');

  const first = await exportBackup(page);
  expect(first.json).toMatchObject({
    format: 'ml-pro-study-tracker-backup',
    schemaVersion: backupSchemaVersion,
    appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
    exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  });
  expect(first.json.data.ticks).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset everything…' }).click();
  await page
    .getByRole('region', { name: 'Confirm reset' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect(page.getByText('Everything was deleted.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();

  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  const confirm = page.getByRole('region', { name: 'Confirm import' });
  await expect(confirm.getByRole('row', { name: /Ticked tasks/ })).toHaveText(/Ticked tasks\s*0\s*1/);
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from backup.json.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  const second = await exportBackup(page);
  expect(normalise(second.json.data)).toEqual(normalise(first.json.data));
  await page.goto('/plan');
  await expect(task(page)).toBeChecked();
});

test('a half-typed session reminder time keeps the stored one and says so', async ({ page }) => {
  await page.goto('/data');
  await page.getByRole('checkbox', { name: /My study sessions/ }).check();
  const time = page.getByLabel('Session start time');
  await time.fill('07:30');
  await expect
    .poll(async () => JSON.stringify(await storedRows(page, 'settings')))
    .toContain('"sessionTime":"07:30"');
  // Clearing the hour leaves the time half typed: the browser reports "".
  await time.focus();
  await time.press('Backspace');
  await expect(time).toHaveValue('');
  await time.blur();
  await expect(time).toHaveAccessibleDescription(
    'Enter the whole time, such as 19:00. Your saved time, 07:30, is kept.',
  );
  expect(JSON.stringify(await storedRows(page, 'settings'))).toContain('"sessionTime":"07:30"');
  await page.reload();
  await expect(time).toHaveValue('07:30');
});

test('calendar reminder choices survive a reload, an export, a reset and an import', async ({ page }) => {
  await page.goto('/data');
  const sessions = page.getByRole('checkbox', { name: /My study sessions/ });
  const wednesday = page.getByRole('checkbox', { name: 'Wed' });
  await sessions.check();
  await page.getByLabel('Session start time').fill('07:30');
  await wednesday.check();
  // A full page load would cut off the last choice's write still in flight.
  await expect
    .poll(async () => {
      const rows = await storedRows<{ key: string; value: { calendarReminders?: object } }>(page, 'settings');
      return rows.find((row) => row.key === 'preferences')?.value.calendarReminders;
    })
    .toMatchObject({ sessions: true, sessionTime: '07:30', sessionDays: ['MO', 'TU', 'TH', 'SA', 'WE'] });

  await page.reload();
  const shown = async () => {
    await expect(sessions).toBeChecked();
    await expect(page.getByLabel('Session start time')).toHaveValue('07:30');
    await expect(wednesday).toBeChecked();
  };
  await shown();
  const backup = await exportBackup(page);

  await page.getByRole('button', { name: 'Reset everything…' }).click();
  await page
    .getByRole('region', { name: 'Confirm reset' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect(sessions).not.toBeChecked();
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await page
    .getByRole('region', { name: 'Confirm import' })
    .getByRole('button', { name: 'Replace my data with this backup' })
    .click();
  await expect(page.getByText('Backup imported from backup.json.')).toBeVisible();
  await shown();
});

const good = () => createBackup(sampleBackupData(), '0.1.0', Date.UTC(2026, 10, 26));
const longFileWithBadLastRow = () => {
  const file = good();
  file.data.ticks = Array.from({ length: 20_000 }, (_, i) => ({ id: `task-${i}`, tickedAt: 1 }));
  file.data.ticks.push({ id: 'bad row', tickedAt: 1 });
  return JSON.stringify(file);
};

const spoiled = (spoil: (data: ReturnType<typeof sampleBackupData>) => void) => {
  const file = good();
  spoil(file.data);
  return Buffer.from(JSON.stringify(file));
};
const runningSession = (id: string) => ({
  ...sampleBackupData().sessions[0]!,
  id,
  status: 'running' as const,
  endedAt: null,
  studiedMs: null,
});

const badFiles: { name: string; content: () => Buffer; message: RegExp; slow?: boolean }[] = [
  {
    name: 'JSON nested 3,000 deep',
    content: () => Buffer.from('['.repeat(3000) + ']'.repeat(3000)),
    message: /nests 3000 levels deep/,
  },
  {
    name: 'invalid UTF-8',
    content: () =>
      Buffer.concat([Buffer.from(JSON.stringify(good()).slice(0, 60)), Buffer.from([0xff, 0xfe])]),
    message: /not valid UTF-8/,
  },
  {
    name: 'a miss pointing at a missing set',
    content: () => spoiled((d) => (d.misses[0]!.setId = 'no-such-set')),
    message: /row 1 of misses.*setId/,
  },
  {
    name: 'a session ending before it starts',
    content: () => spoiled((d) => (d.sessions[0]!.endedAt = d.sessions[0]!.startedAt - 1)),
    message: /row 1 of sessions.*endedAt: is before the session started/,
  },
  {
    name: '0 questions',
    content: () => spoiled((d) => (d.sets[0]!.questions = 0)),
    message: /row 1 of sets.*questions/,
  },
  {
    name: 'an empty set name',
    content: () => spoiled((d) => (d.sets[0]!.label = '\u200b ')),
    message: /label/,
  },
  {
    name: 'an exam before the start',
    content: () =>
      spoiled((d) => {
        const setup = d.settings.find((row) => row.key === 'setup')!;
        if (setup.key === 'setup') setup.value.startDate = '2027-03-01';
      }),
    message: /The exam must come after the start date/,
  },
  {
    name: 'repeated retest days',
    content: () =>
      spoiled(
        (d) =>
          (d.misses[0]!.retests = [
            { day: 1, held: true, at: 1 },
            { day: 1, held: false, at: 2 },
          ]),
      ),
    message: /same retest day twice/,
  },
  {
    name: 'a line break in a one-line reason',
    content: () => spoiled((d) => (d.signals[0]!.justification = 'two\nlines')),
    message: /row 1 of signals.*one line/,
  },
  {
    name: 'a date in year 9999',
    content: () => spoiled((d) => (d.sets[0]!.date = '9999-12-01')),
    message: /from 2000 to 2100/,
  },
  {
    name: 'a createdAt of 8.64e15',
    content: () => spoiled((d) => (d.misses[0]!.createdAt = 8.64e15)),
    message: /must not be past the end of 2100/,
  },
  {
    name: 'two running sessions',
    content: () =>
      spoiled((d) => {
        d.sessions = [runningSession('r1'), runningSession('r2')];
        d.misses = d.misses.map((miss) => ({ ...miss, sessionId: null, setId: d.sets[0]!.id }));
      }),
    message: /2 sessions running or paused/,
  },
  { name: 'not JSON', content: () => Buffer.from('this is not json'), message: /not valid JSON/ },
  {
    name: 'another format',
    content: () => Buffer.from(JSON.stringify({ format: 'todo-app', schemaVersion: 1, items: [] })),
    message: /not an ML-PRO Study Tracker backup/,
  },
  {
    name: 'a newer schema version',
    content: () => Buffer.from(JSON.stringify({ ...good(), schemaVersion: 99 })),
    message: /newer version of the app/,
  },
  {
    name: 'a file over 20 MB',
    content: () => Buffer.alloc(maxBackupBytes + 1, 0x20),
    // Not "20.0 MB; at most 20 MB": one byte over says so.
    message: /20,971,521 bytes, 1 byte over the 20 MB/,
    slow: true,
  },
  {
    name: 'a __proto__ key',
    content: () =>
      Buffer.from(JSON.stringify(good()).replace('"ticks":[', '"ticks":[{"__proto__":{"polluted":true}},')),
    message: /forbidden key \("__proto__"\)/,
  },
  {
    name: 'a constructor key',
    content: () =>
      Buffer.from(
        JSON.stringify(good()).replace('"data":{', '"data":{"constructor":{"prototype":{"polluted":true}},'),
      ),
    message: /forbidden key/,
  },
  {
    name: 'one bad row at the end of a long file',
    content: () => Buffer.from(longFileWithBadLastRow()),
    message: /row 20001 of ticks/,
  },
];

for (const bad of badFiles) {
  test(`a backup with ${bad.name} gets a clear message and changes nothing`, async ({ page }) => {
    // Handing a 20 MB buffer to the browser takes a while on a busy machine.
    test.slow(bad.slow === true);
    await page.goto('/plan');
    await tickStored(page);
    await page.goto('/data');
    const before = await dumpDatabase(page);
    await page.getByLabel('Backup file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: bad.content(),
    });
    await expect(page.getByRole('alert')).toHaveText(bad.message);
    await expect(page.getByRole('alert')).toHaveText(/Nothing was changed\./);
    await expect(page.getByRole('region', { name: 'Confirm import' })).toHaveCount(0);
    expect(await dumpDatabase(page)).toBe(before);
    expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    await page.reload();
    await page.goto('/plan');
    await expect(task(page)).toBeChecked();
  });
}

test('without IndexedDB the app runs in memory and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/plan');
  await expect(page.getByText('nothing will be kept after you close this tab')).toBeVisible();
  await task(page).check();
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(task(page)).toBeChecked();
  await page.goto('/data');
  await expect(page.getByText('In memory only: nothing will be kept')).toBeVisible();
});

/** Makes the browser's storage manager answer as given, so each answer's wording can be checked. */
async function storageAnswers(page: Page, answers: { persisted: boolean; usage: number; quota: number }) {
  await page.addInitScript((a) => {
    StorageManager.prototype.persisted = () => Promise.resolve(a.persisted);
    StorageManager.prototype.estimate = () => Promise.resolve({ usage: a.usage, quota: a.quota });
  }, answers);
}

test('the data page shows storage usage, quota and a refused persistence, with a way to ask', async ({
  page,
}) => {
  await storageAnswers(page, { persisted: false, usage: 2.5 * 1024 ** 2, quota: 2 * 1024 ** 3 });
  await page.goto('/data');
  await expect(page.getByText('2.5 MB of 2.0 GB available to this app')).toBeVisible();
  await expect(page.getByText(/^Not granted: the browser may clear it/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ask the browser to keep my data' })).toBeVisible();
});

test('the data page says when persistence is granted, and offers nothing to ask', async ({ page }) => {
  await storageAnswers(page, { persisted: true, usage: 300 * 1024, quota: 1024 ** 3 });
  await page.goto('/data');
  await expect(page.getByText('300 KB of 1.0 GB available to this app')).toBeVisible();
  await expect(page.getByText('Yes: the browser granted persistent storage.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ask the browser to keep my data' })).toHaveCount(0);
});

test('misses and study time export as CSV and the plan as a calendar', async ({ page }) => {
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good())),
  });
  // Dated as everywhere else in the app, with the time that tells two backups apart.
  await expect(page.getByRole('region', { name: 'Confirm import' })).toContainText(
    /It was exported on Thu Nov 26, \d\d:\d\d\. /,
  );
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from backup.json.')).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export misses (CSV)' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv).toContain(`"'=SUM(A1) ""quoted"", with commas; and a newline"`);
  // Each miss's grades in review, its carried-over retest counted once.
  expect(csv.split('\r\n')[0]).toMatch(/,Reviews held$/);
  expect(csv).toMatch(/,1 of 1\r\n.*,0 of 1\r\n$/s);

  const timeDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export study time (CSV)' }).click();
  const time = await readFile(await (await timeDownload).path(), 'utf8');
  expect(time).toContain('\r\n2026-11-21,logged by hand,90,Chapter 2.5 notes\r\n');
  expect(time).toMatch(/\r\n2026-11-2\d,timed session,59,\r\n/);

  const icsDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan to calendar (.ics)' }).click();
  const ics = await readFile(await (await icsDownload).path(), 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  // The route weeks, the last 7 days, the exam, and the weekly sessions the imported reminder choices ask for.
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6 + 7 + 1 + 1);
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE,SA');
  // The repair task added to a route week is in that week, by the name the plan shows.
  expect(ics.replace(/\r\n /g, '')).toContain('\\n- Repair: leakage lane (1.5 ');
});

test('the data page passes an accessibility scan, with an import waiting for confirmation', async ({
  page,
}) => {
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(good())),
  });
  await expect(page.getByRole('region', { name: 'Confirm import' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('a full disk gets a message, an offer to export, and the screen shows what is stored', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ('diskFull' in window) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/plan');
  await tickStored(page);
  await page.evaluate(() => Object.assign(window, { diskFull: true }));
  // click, not check: the box is meant to spring back once the write fails.
  await page.getByRole('checkbox', { name: 'inference fit' }).click();

  const banner = page.getByRole('alert').filter({ hasText: 'out of storage space' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'inference fit' })).not.toBeChecked();
  await expect(task(page)).toBeChecked();
  await banner.getByRole('link', { name: 'Export a backup' }).click();
  await expect(page).toHaveURL(/\/data$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a full backup (JSON)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});
