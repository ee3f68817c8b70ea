import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, stopPreview } from '../../scripts/preview-server.mjs';
import type { EngineBrowser } from './engine-browser';
import { clickButton, expectNoText, find, waitFor, waitForText } from './wait';

export interface Journey {
  name: string;
  run(browser: EngineBrowser, origin: string): Promise<void>;
}

const fixture = 'tests/fixtures/backup-v1-release-0.1.0.json';

/** Whether the control labelled `label` is checked. */
async function isChecked(browser: EngineBrowser, label: string) {
  const selector = await find(browser, 'field', label);
  return browser.run((css: string) => (document.querySelector(css) as HTMLInputElement).checked, selector);
}

export async function waitChecked(browser: EngineBrowser, label: string) {
  await waitFor(`"${label}" to be checked`, () => isChecked(browser, label));
}

/**
 * How many rows the app stored in one table. A browser aborts a write still in flight when the page unloads, and
 * no person reloads within those milliseconds, so a journey waits for the write before it reloads.
 */
function storedCount(browser: EngineBrowser, table: string) {
  return browser.run(
    (name: string) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ml-pro-study-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** The stored set-up's start date, or null: the journey waits for it before a full page load. */
function storedStartDate(browser: EngineBrowser) {
  return browser.run(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('ml-pro-study-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get('setup');
          request.onsuccess = () => {
            const row = request.result as { value?: { startDate?: string | null } } | undefined;
            resolve(row?.value?.startDate ?? null);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export async function waitStored(browser: EngineBrowser, table: string, count: number) {
  await waitFor(`${count} stored ${table}`, async () => (await storedCount(browser, table)) === count);
}

/** The flags of the practice exam in progress as stored, or null while none is stored. */
function storedFlags(browser: EngineBrowser) {
  return browser.run(
    () =>
      new Promise<number[] | null>((resolve, reject) => {
        const open = indexedDB.open('ml-pro-study-tracker');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('rehearsals').objectStore('rehearsals').getAll();
          request.onsuccess = () => {
            const [run] = request.result as { flagged: number[] }[];
            resolve(run ? run.flagged : null);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export async function startPlan(browser: EngineBrowser, origin: string) {
  await browser.goto(`${origin}/plan`);
  await browser.click(await find(browser, 'field', '6-8 hrs/week'));
  await clickButton(browser, 'Start today');
  await waitForText(browser, 'This week');
  await waitFor('the start date to be stored', async () => (await storedStartDate(browser)) !== null);
}

export async function tick(browser: EngineBrowser, label: string) {
  await browser.click(await find(browser, 'field', label));
  await waitChecked(browser, label);
  await waitStored(browser, 'ticks', 1);
}

/** Records the next file the app offers as a download, by catching the blob it makes for the link. */
function catchNextDownload(browser: EngineBrowser) {
  return browser.run(() => {
    const original = URL.createObjectURL.bind(URL);
    const page = window as unknown as { caughtDownload?: Promise<string> };
    page.caughtDownload = new Promise<string>((resolve) => {
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob) void object.text().then(resolve);
        return original(object);
      };
    });
  });
}

function caughtDownload(browser: EngineBrowser) {
  return browser.run(() => (window as unknown as { caughtDownload: Promise<string> }).caughtDownload);
}

function writeTemp(name: string, text: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'engines-')), name);
  writeFileSync(path, text);
  return path;
}

export const journeys: Journey[] = [
  {
    name: 'tapping through the views on a first visit leaves no page loading',
    async run(browser, origin) {
      // Each page is left as soon as its heading shows, which on a first visit is while its database may still
      // be being created: a page that took an unfinished open with it must not hold the pages after it.
      const views = [
        ['/', 'Today'],
        ['/plan', 'Your study plan'],
        ['/session', 'Study session'],
        ['/misses', 'Miss log'],
        ['/data', 'Your data'],
      ] as const;
      for (const [path, heading] of views) {
        await browser.goto(`${origin}${path}`);
        await waitForText(browser, heading);
      }
      await browser.goto(`${origin}/plan`);
      // Only the hydrated view offers the set-up: within 10 s, as a learner would wait.
      await find(browser, 'field', '6-8 hrs/week', null, 10_000);
      await expectNoText(browser, 'Loading your study plan');
    },
  },
  {
    name: 'set-up builds a route, and it survives a reload',
    async run(browser, origin) {
      await startPlan(browser, origin);
      await waitForText(browser, 'Your route:');
      await waitFor('the set-up to be stored', async () => (await storedCount(browser, 'settings')) > 0);
      await browser.reload();
      await waitForText(browser, 'This week');
      await waitChecked(browser, '6-8 hrs/week');
    },
  },
  {
    name: 'a tick survives a reload',
    async run(browser, origin) {
      await startPlan(browser, origin);
      await tick(browser, 'SparkML pipelines');
      await browser.reload();
      await waitChecked(browser, 'SparkML pipelines');
    },
  },
  {
    name: 'a running session survives a reload, and finishing early asks first',
    async run(browser, origin) {
      await browser.goto(`${origin}/session`);
      await clickButton(browser, 'Start session');
      await waitForText(browser, 'Phase 1 of 5 (0-10)');
      await waitStored(browser, 'sessions', 1);
      await browser.reload();
      await waitForText(browser, 'Phase 1 of 5 (0-10)');
      await find(browser, 'button', 'Pause');
      await clickButton(browser, 'Finish early');
      // Under a minute in, the question says the session will not be kept; finishing clears it away.
      await waitForText(browser, /Less than a minute was studied/);
      await clickButton(browser, 'Finish session');
      await waitStored(browser, 'sessions', 0);
      await find(browser, 'button', 'Start session');
    },
  },
  {
    name: 'a set and its misses survive a reload',
    async run(browser, origin) {
      await browser.goto(`${origin}/misses`);
      const setForm = '1. Record a mixed set';
      await browser.type(await find(browser, 'field', 'Questions', setForm), '20');
      await browser.type(await find(browser, 'field', 'Correct', setForm), '17', { submit: true });
      const missForm = '2. Add its misses';
      await browser.choose(await find(browser, 'field', 'Weak domain', missForm), 'mlops');
      await browser.choose(await find(browser, 'field', 'Failure mode', missForm), 'leakage');
      await browser.type(
        await find(browser, 'field', 'The one sentence rule you should have used', missForm),
        'Join features as of the label timestamp.',
      );
      await clickButton(browser, 'Save miss', missForm);
      await waitForText(browser, 'Miss saved to Mixed set 1.');
      await waitStored(browser, 'misses', 1);
      await browser.reload();
      await waitForText(browser, '1 miss');
      await waitForText(browser, 'Join features as of the label timestamp.');
    },
  },
  {
    name: 'a practice exam survives a reload with its flag, and finishes as a set',
    async run(browser, origin) {
      await browser.goto(`${origin}/misses`);
      await clickButton(browser, 'Start a practice exam');
      await browser.type(await find(browser, 'field', 'Question source'), 'Course mock exam');
      await clickButton(browser, 'Start the practice exam');
      await waitForText(browser, 'Question 1 of 60');
      await browser.type(await find(browser, 'field', 'Go to question'), '7', { submit: true });
      await waitForText(browser, 'Question 7 of 60');
      await clickButton(browser, 'Flag question 7');
      await waitFor('the flag to be stored', async () => (await storedFlags(browser))?.[0] === 7);
      await browser.reload();
      await waitForText(browser, 'Question 7 of 60');
      await find(browser, 'button', 'Question 7, flagged');
      await clickButton(browser, 'Finish and enter score');
      await find(browser, 'button', 'Question 7', 'Finish');
      await browser.type(await find(browser, 'field', 'Correct answers, out of 60'), '50', { submit: true });
      await waitForText(browser, 'Miss 1 of 10');
      await waitStored(browser, 'sets', 1);
      await waitStored(browser, 'rehearsals', 0);
    },
  },
  {
    name: 'a backup exports, and imports back after a reset',
    async run(browser, origin) {
      await startPlan(browser, origin);
      await tick(browser, 'SparkML pipelines');
      await browser.goto(`${origin}/data`);
      await catchNextDownload(browser);
      await clickButton(browser, 'Export a full backup (JSON)');
      const text = await caughtDownload(browser);
      const backup = JSON.parse(text) as { format: string; data: { ticks: unknown[] } };
      if (backup.format !== 'ml-pro-study-tracker-backup' || backup.data.ticks.length !== 1)
        throw new Error(`Unexpected backup: ${text.slice(0, 200)}`);

      await clickButton(browser, 'Reset everything…');
      await clickButton(browser, 'Delete everything', 'Confirm reset');
      await waitForText(browser, 'Everything was deleted.');
      await waitStored(browser, 'ticks', 0);

      await browser.upload(await find(browser, 'field', 'Backup file'), writeTemp('backup.json', text));
      await clickButton(browser, 'Replace my data with this backup', 'Confirm import');
      await waitForText(browser, 'Backup imported from backup.json.');
      await waitStored(browser, 'ticks', 1);
      await browser.goto(`${origin}/plan`);
      await waitChecked(browser, 'SparkML pipelines');
    },
  },
  {
    name: 'an empty app restores a backup from its first screen',
    async run(browser, origin) {
      await browser.goto(`${origin}/`);
      await find(browser, 'button', 'Start a new plan');
      await browser.upload(
        await find(browser, 'field', 'Restore from a backup'),
        join(process.cwd(), fixture),
      );
      await waitForText(browser, 'Restored from backup-v1-release-0.1.0.json.');
      const expected = (JSON.parse(readFileSync(fixture, 'utf8')) as { data: { ticks: unknown[] } }).data
        .ticks.length;
      await waitStored(browser, 'ticks', expected);
      await browser.reload();
      await waitForText(browser, 'This week');
      await expectNoText(browser, 'Start a new plan');
    },
  },
  {
    name: 'once loaded, a deep link reloads offline with its data',
    async run(browser) {
      const preview = await startPreview({
        port: Number(process.env.ENGINE_OFFLINE_PORT ?? 4401),
        outDir: process.env.ENGINE_DIST ?? 'dist',
      });
      try {
        await startPlan(browser, preview.origin);
        // Installing precaches the whole app; a loaded CI machine can take WebKit well past the usual wait, and
        // a reload only helps once the worker is active.
        await waitFor(
          'the service worker to be installed and active',
          () =>
            browser.run(() =>
              navigator.serviceWorker.getRegistration().then((registration) => Boolean(registration?.active)),
            ),
          60_000,
        );
        await waitFor(
          'the service worker to control the page',
          async () => {
            await browser.reload();
            return browser.run(() => navigator.serviceWorker.controller !== null);
          },
          60_000,
        );
        await tick(browser, 'SparkML pipelines');
        await stopPreview(preview);
        await browser.goto(`${preview.origin}/plan`);
        await waitChecked(browser, 'SparkML pipelines');
      } finally {
        await stopPreview(preview);
      }
    },
  },
];
