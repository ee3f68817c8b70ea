import type { Page } from '@playwright/test';
import type { MissRecord, MixedSetRecord } from '../../src/domain/records';
import type { Setup } from '../../src/domain/setup';
import { expect } from './fixtures';
import { putRows } from './stored-rows';

/** The learner: start 2026-06-01, exam 2026-07-20 10:00, 6-8 hrs/week. */
export const learner: Setup = {
  startingPoint: 'lighter-on-mlops',
  hoursBand: '6-8',
  examDate: '2026-07-20',
  examTime: '10:00',
  startDate: '2026-06-01',
  routeOverride: null,
  partTimeWeeks: 10,
};

/** Stores rows as the app would have, once the app has created its database; the next navigation reads them. */
export async function putRowsOnceOpen(page: Page, rows: Record<string, unknown[]>) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putRows(page, rows);
}

/** Opens the app at a fixed local time with these rows already stored, as a returning learner would. */
export async function openWith(page: Page, time: string, rows: Record<string, unknown[]>, path = '/') {
  await page.clock.install({ time: new Date(time) });
  await putRowsOnceOpen(page, rows);
  await page.goto(path);
}

export const setupRow = (setup: Setup) => ({ key: 'setup', value: setup, updatedAt: 1 });

export function aSet(id: string, date: string, correct: number, createdAt: number): MixedSetRecord {
  return { id, date, label: `Set ${id}`, questions: 20, correct, createdAt, updatedAt: createdAt };
}

let missCount = 0;
/** `n` complete misses of one failure mode in set `setId`, each with its own rule. */
export function misses(setId: string, failureMode: MissRecord['failureMode'], n: number): MissRecord[] {
  return Array.from({ length: n }, () => {
    missCount += 1;
    return {
      id: `m${missCount}`,
      setId,
      sessionId: null,
      domain: 'mlops',
      failureMode,
      rule: `Rule ${missCount}`,
      saferAction: '',
      revisit: { kind: 'lesson', lessonId: '2.5' },
      revisited: false,
      retests: [],
      createdAt: missCount,
      updatedAt: missCount,
    };
  });
}
