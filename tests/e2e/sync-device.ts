import type { Browser, Page } from '@playwright/test';
import { createBackup } from '../../src/domain/backup-format';
import { sampleBackupData } from '../backup-sample';
import { expect } from './fixtures';

/** A backup devices restore before syncing: complete misses of one set, with the given ids and rules. */
export function sharedBackup(misses: readonly { id: string; rule: string; saferAction: string }[]): string {
  const data = sampleBackupData();
  const miss = data.misses[0]!;
  const complete = {
    ...miss,
    revisit: { kind: 'lesson' as const, lessonId: '3.1' as const },
    cue: undefined,
  };
  return JSON.stringify(
    createBackup(
      {
        ...data,
        reviewCards: [],
        reviewLogs: [],
        misses: misses.map((fields) => ({ ...complete, ...fields })),
      },
      '0.1.0',
      Date.UTC(2026, 10, 30, 9),
    ),
  );
}

/**
 * A browser context as one device, named on /data. `clockAheadMs` sets its clock ahead of the others', `clockAt`
 * sets it to a date, and `fakeClock` lets the test move it (page.clock); `init` runs in every page before the app (a stand-in for a
 * browser API).
 */
export async function openDevice(
  browser: Browser,
  name: string,
  {
    clockAheadMs = 0,
    clockAt,
    fakeClock = clockAheadMs !== 0 || clockAt !== undefined,
    init,
  }: { clockAheadMs?: number; clockAt?: Date; fakeClock?: boolean; init?: () => void } = {},
) {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  if (fakeClock) await page.clock.install({ time: clockAt ?? Date.now() + clockAheadMs });
  await page.goto('/data');
  const section = page.getByRole('region', { name: 'Your other devices' });
  await section.getByLabel('This device’s name').fill(name);
  await section.getByRole('button', { name: 'Save name' }).click();
  await expect(section.getByRole('status')).toContainText(`now called “${name}”`);
  return { context, page, section };
}

/** Replaces the device's data with a backup through /data, as the learner does. */
export async function restoreBackup(page: Page, text: string) {
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(page.getByText('Backup imported from backup.json')).toBeVisible();
}
