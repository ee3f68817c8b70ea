import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import type { EngineBrowser } from './engine-browser';

const miniBrowser = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (started by scripts/test-engines.mjs). Each journey gets its own
 * session: an automation session starts with empty, ephemeral storage.
 */
export async function openWebKit(): Promise<EngineBrowser> {
  const server = process.env.ENGINE_WEBDRIVER_URL;
  if (!server)
    throw new Error('ENGINE_WEBDRIVER_URL is not set: run these journeys with npm run test:engines.');
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    })
    .build();
  await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  return webkitPage(driver);
}

function webkitPage(driver: WebDriver): EngineBrowser {
  const element = (selector: string) => driver.findElement(By.css(selector));
  return {
    engine: 'webkit',
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    run: (fn, ...args) => driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args),
    async click(selector) {
      await (await element(selector)).click();
    },
    async type(selector, text, options) {
      const field = await element(selector);
      // Select what is there so typing replaces it; WebDriver's clear() bypasses React's change tracking.
      await driver.executeScript('arguments[0].select?.()', field);
      await field.sendKeys(text);
      if (options?.submit) await field.sendKeys(Key.ENTER);
    },
    async choose(selector, value) {
      await (await element(`${selector} option[value="${value}"]`)).click();
    },
    async upload(selector, filePath) {
      await (await element(selector)).sendKeys(filePath);
    },
    close: () => driver.quit(),
  };
}
