import type { Page } from '@playwright/test';
import { createBackup, emptyBackupData } from '../../src/domain/backup-format';
import type { SessionRecord, StudyLogRecord } from '../../src/domain/records';
import { finishedSession } from '../support/ended-session';
import { expect } from './fixtures';

/**
 * A simulated 6-week route in Berlin, across the end of summer time (Oct 25), imported as a backup made on the
 * evening of Nov 19: five weeks and four days of sessions, with rest days, one late session running past
 * midnight, and a week that falls short of the promised band.
 */
export const minute = 60_000;
export const startDate = '2026-10-12';
export const examDate = '2026-11-27';
/** Minutes per day of each route week, Monday first; 'late' is 60 minutes from 23:30, running past midnight. */
export const plan: (number | 'late')[][] = [
  [60, 60, 0, 60, 60, 0, 60], // 5 h: short of the 6-8 band
  [60, 60, 60, 0, 60, 0, 60], // 5 h again, ending on the day the clocks go back
  [90, 60, 60, 0, 90, 60, 60], // 7 h
  [60, 60, 'late', 0, 60, 90, 90], // 7 h
  [0, 0, 60, 0, 0, 0, 0], // 1 h
  [60, 60, 0, 60], // Mon-Thu of week 6; Friday is today
];

export const isoAdd = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The UTC instant of a Berlin wall-clock time (CEST +2 until Oct 25 02:00 UTC+1 after). */
export function berlin(date: string, hours: number, minutes = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const offset = date < '2026-10-25' ? 2 : 1;
  return Date.UTC(y, m - 1, d, hours - offset, minutes);
}

/**
 * Each planned day's study: one timed session of at most 60 minutes (a session's length, as the import
 * requires), and the rest logged by hand.
 */
function seededStudy(): { sessions: SessionRecord[]; studyLogs: StudyLogRecord[] } {
  const sessions: SessionRecord[] = [];
  const studyLogs: StudyLogRecord[] = [];
  for (const [w, week] of plan.entries()) {
    for (const [d, planned] of week.entries()) {
      if (planned === 0) continue;
      const date = isoAdd(startDate, w * 7 + d);
      const startedAt = planned === 'late' ? berlin(date, 23, 30) : berlin(date, 19);
      const minutes = planned === 'late' ? 60 : Math.min(planned, 60);
      // Stored when it ended.
      sessions.push({
        ...finishedSession(`seed-${date}`, startedAt, minutes),
        updatedAt: startedAt + minutes * minute,
      });
      if (planned !== 'late' && planned > 60) {
        const loggedAt = startedAt + 90 * minute;
        studyLogs.push({
          id: `log-${date}`,
          date,
          minutes: planned - 60,
          what: 'Lesson notes',
          createdAt: loggedAt,
          updatedAt: loggedAt,
        });
      }
    }
  }
  return { sessions, studyLogs };
}

/** When the imported file was made. */
export const routeBackupAt = berlin('2026-11-19', 22);

export async function importRoute(page: Page) {
  const data = emptyBackupData();
  data.settings = [
    {
      key: 'setup',
      value: {
        startingPoint: 'lighter-on-mlops',
        hoursBand: '6-8',
        examDate,
        examTime: '10:30',
        startDate,
        routeOverride: null,
        partTimeWeeks: 10,
      },
      updatedAt: berlin(startDate, 9),
    },
  ];
  Object.assign(data, seededStudy());
  await page.goto('/data');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'route.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(createBackup(data, '0.1.0', routeBackupAt))),
  });
  // A file the import refuses shows why instead of this button: fail here, with the page's reason in the trace.
  const replace = page.getByRole('button', { name: 'Replace my data with this backup' });
  await expect(replace, 'the import accepts the route fixture').toBeVisible();
  await replace.click();
  await expect(page.getByText('Backup imported from route.json.')).toBeVisible();
}
