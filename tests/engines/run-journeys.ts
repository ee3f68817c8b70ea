import { afterAll, beforeAll, test } from 'vitest';
import type { EngineBrowser } from './engine-browser';
import { journeys, type Journey } from './journeys';

/**
 * Declares one test per journey for an engine. Each journey gets a fresh browser (empty storage) and always
 * closes it, so one failure cannot leak into the next journey.
 */
export function runJourneys(
  engine: EngineBrowser['engine'],
  setUp: () => Promise<{ open(): Promise<EngineBrowser>; close(): Promise<void> }>,
  extra: Journey[] = [],
) {
  const origin = process.env.ENGINE_BASE_URL ?? 'http://127.0.0.1:4400';
  let engineHandle: Awaited<ReturnType<typeof setUp>> | null = null;
  beforeAll(async () => {
    engineHandle = await setUp();
  });
  afterAll(async () => {
    await engineHandle?.close();
  });
  for (const journey of [...journeys, ...extra]) {
    test(`${engine}: ${journey.name}`, async () => {
      if (!engineHandle) throw new Error(`${engine} did not start.`);
      const browser = await engineHandle.open();
      try {
        await journey.run(browser, origin);
      } catch (error) {
        // What the learner would have seen, so a failure on a machine far away can be read from the log.
        const seen = await browser.run(() => `${location.href}\n${document.body.innerText}`).catch(() => '');
        throw new Error(`${String(error)}\n--- page at failure ---\n${seen.slice(0, 1500)}`, {
          cause: error,
        });
      } finally {
        await browser.close().catch(() => undefined);
      }
    });
  }
}
