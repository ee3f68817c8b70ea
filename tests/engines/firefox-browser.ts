import { tmpdir } from 'node:os';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { EngineBrowser } from './engine-browser';

/** One Firefox per test file; each journey gets a fresh browser context, so its own empty storage. */
export async function launchFirefox(): Promise<{ open(): Promise<EngineBrowser>; close(): Promise<void> }> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      // A download must never open a dialog that waits for a person.
      'browser.download.folderList': 2,
      'browser.download.dir': tmpdir(),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  return {
    async open() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      page.setDefaultNavigationTimeout(60_000);
      return firefoxPage(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function firefoxPage(page: Page, close: () => Promise<void>): EngineBrowser {
  return {
    engine: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    // puppeteer's types unwrap element handles in arguments; journeys pass only plain values.
    run: (fn, ...args) =>
      page.evaluate(fn as (...values: unknown[]) => unknown, ...args) as Promise<
        Awaited<ReturnType<typeof fn>>
      >,
    async click(selector) {
      await page.click(selector);
    },
    async type(selector, text, options) {
      await page.locator(selector).fill(text);
      if (options?.submit) await page.keyboard.press('Enter');
    },
    async choose(selector, value) {
      await page.select(selector, value);
    },
    async upload(selector, filePath) {
      const input = await page.$(selector);
      if (!input) throw new Error(`No file input at ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(filePath);
    },
    close,
  };
}
