/**
 * Study time as CSV, one row per entry, oldest day first: timed sessions and time logged by hand, counted as
 * the progress view counts them (abandoned sessions left out, a running one up to `now`).
 */
import { csvFile } from './csv';
import type { IsoDate } from './dates';
import type { SessionRecord, StudyLogRecord } from './records';
import { sessionStudyEntries } from './study-calendar';

const header = ['Date', 'Source', 'Minutes', 'What'];
type Row = [date: IsoDate, source: 'timed session' | 'logged by hand', minutes: number, what: string | null];

export function studyTimeCsv(
  sessions: Iterable<SessionRecord>,
  studyLogs: readonly StudyLogRecord[],
  now: number,
  timeZone?: string,
): string {
  const rows = [
    ...sessionStudyEntries(sessions, now, timeZone).map((entry): Row => [
      entry.date,
      'timed session',
      Math.round(entry.minutes),
      null,
    ]),
    ...studyLogs.map((log): Row => [log.date, 'logged by hand', log.minutes, log.what]),
  ];
  return csvFile(
    header,
    rows.sort((a, b) => a[0].localeCompare(b[0])),
  );
}
