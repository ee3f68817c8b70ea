import { startPlan, type Journey } from './journeys';
import { clickButton, expectNoText, waitFor, waitForText } from './wait';

const evictionText = 'after seven days without a visit';
const persistText = 'does not let the app ask to keep its data';

/** Waits a moment for anything late to render, then proves the text is absent. */
async function settledWithout(browser: Parameters<Journey['run']>[0], text: string) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await expectNoText(browser, text);
}

/** Journeys whose outcome differs by engine: each engine proves its own side. */
export const engineJourneys: Record<'firefox' | 'webkit', Journey[]> = {
  webkit: [
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
