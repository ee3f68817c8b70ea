import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineBrowser } from './engine-browser';
import { launchFirefox } from './firefox-browser';
import { startPlan, tick, waitChecked, waitStored, type Journey } from './journeys';
import { clickButton, expectNoText, find, waitFor, waitForText } from './wait';

const evictionText = 'after seven days without a visit';
const persistText = 'does not let the app ask to keep its data';

/** Waits a moment for anything late to render, then proves the text is absent. */
async function settledWithout(browser: Parameters<Journey['run']>[0], text: string) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await expectNoText(browser, text);
}

/** Saves a sync file in the page and returns its bytes, caught from the blob the download link is made of. */
async function savedSyncFile(browser: EngineBrowser): Promise<Buffer> {
  await browser.run(() => {
    const original = URL.createObjectURL.bind(URL);
    const page = window as unknown as { caughtFile?: Promise<string> };
    page.caughtFile = new Promise<string>((resolve) => {
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob) {
          void object.arrayBuffer().then((buffer) => {
            const bytes = new Uint8Array(buffer);
            let text = '';
            for (const byte of bytes) text += String.fromCharCode(byte);
            resolve(btoa(text));
          });
        }
        return original(object);
      };
    });
  });
  await clickButton(browser, 'Save a sync file', 'Your other devices');
  const base64 = await browser.run(() => (window as unknown as { caughtFile: Promise<string> }).caughtFile);
  return Buffer.from(base64, 'base64');
}

/** Journeys whose outcome differs by engine: each engine proves its own side. */
export const engineJourneys: Record<'firefox' | 'webkit', Journey[]> = {
  webkit: [
    {
      name: 'a sync file saved in Firefox merges here, and what it brought shows',
      async run(browser, origin) {
        const firefox = await launchFirefox();
        let path: string;
        try {
          const laptop = await firefox.open();
          await startPlan(laptop, origin);
          await tick(laptop, 'SparkML pipelines');
          await laptop.goto(`${origin}/data`);
          // No folder access in Firefox: the section says so in one sentence, and the file does the job.
          await waitForText(laptop, 'This browser cannot keep a sync folder');
          path = join(mkdtempSync(join(tmpdir(), 'engines-')), 'from-firefox.mlsync');
          writeFileSync(path, await savedSyncFile(laptop));
          await waitForText(laptop, 'saved to your downloads');
        } finally {
          await firefox.close();
        }
        await browser.goto(`${origin}/data`);
        await waitForText(browser, 'This browser cannot keep a sync folder');
        await browser.upload(await find(browser, 'field', 'Sync file from another device'), path);
        await waitForText(browser, 'Merged the file from Unnamed device.');
        await waitStored(browser, 'ticks', 1);
        await browser.goto(`${origin}/plan`);
        await waitChecked(browser, 'SparkML pipelines');
      },
    },
    {
      name: 'a tab with data explains Safari’s seven-day rule, once',
      async run(browser, origin) {
        await browser.goto(`${origin}/`);
        await waitForText(browser, 'Nothing is saved in this browser yet');
        await settledWithout(browser, evictionText);
        await startPlan(browser, origin);
        await browser.goto(`${origin}/`);
        await waitForText(browser, evictionText);
        await waitForText(browser, 'Add to Home Screen');
        await clickButton(browser, 'Got it');
        await waitFor(
          'the notice to go',
          async () => !(await browser.run(() => document.body.innerText)).includes(evictionText),
        );
        await browser.reload();
        await waitForText(browser, 'This week');
        await settledWithout(browser, evictionText);
      },
    },
    {
      name: 'without persist(), the Data page says so once and offers backups instead',
      async run(browser, origin) {
        await browser.goto(`${origin}/data`);
        await waitForText(browser, persistText);
        // WebKit gives no storage.estimate() either: the Storage card says so instead of showing a guess.
        await waitForText(browser, /Space used\s*This browser does not say\./);
        await clickButton(browser, 'Got it');
        await browser.reload();
        await waitForText(browser, 'Export a full backup (JSON)');
        await settledWithout(browser, persistText);
      },
    },
  ],
  firefox: [
    {
      name: 'leaving the first page while the service worker installs offers no false update',
      async run(browser, origin) {
        await browser.goto(`${origin}/plan`);
        // Firefox reported this first install as a waiting update when the learner moved on within about a second.
        await new Promise((resolve) => setTimeout(resolve, 500));
        await browser.goto(`${origin}/data`);
        await browser.run(() => navigator.serviceWorker.ready.then(() => undefined));
        await waitForText(browser, 'Export a full backup (JSON)');
        await settledWithout(browser, 'A new version of the app is ready.');
      },
    },
    {
      name: 'no Safari notice and no missing-feature notice where nothing is missing',
      async run(browser, origin) {
        await startPlan(browser, origin);
        await browser.goto(`${origin}/`);
        await waitForText(browser, 'This week');
        await settledWithout(browser, evictionText);
        await browser.goto(`${origin}/data`);
        await waitForText(browser, 'Export a full backup (JSON)');
        await settledWithout(browser, 'What this browser does differently');
        await settledWithout(browser, persistText);
      },
    },
  ],
};
