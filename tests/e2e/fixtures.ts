import { test as base, expect, type Page } from '@playwright/test';

/**
 * `test` for every spec: fails the test when any page in its context logs a Content-Security-Policy violation
 * or throws an uncaught error, so the policy and the app are checked on every path the suite walks.
 */
export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          const text = message.text();
          if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
        });
        page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(problems, 'console problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
