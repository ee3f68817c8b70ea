import { expect, it } from 'vitest';
import { studyTimeCsv } from '../../src/domain/csv-study-time';
import { endedSession } from '../support/ended-session';

it('writes each timed session and each logged entry as a row, oldest day first, as the progress view counts', () => {
  const csv = studyTimeCsv(
    [endedSession('2026-11-24', 45), endedSession('2026-11-20', 30, 'abandoned')],
    [
      { id: 'a', date: '2026-11-25', minutes: 20, what: '=HYPERLINK("x")', createdAt: 1, updatedAt: 1 },
      { id: 'b', date: '2026-11-21', minutes: 90, what: 'Chapter 2.5, notes', createdAt: 1, updatedAt: 1 },
    ],
    Date.UTC(2026, 10, 26),
  );
  expect(csv.split('\r\n')).toEqual([
    '\uFEFFDate,Source,Minutes,What',
    '2026-11-21,logged by hand,90,"Chapter 2.5, notes"',
    '2026-11-24,timed session,45,',
    `2026-11-25,logged by hand,20,"'=HYPERLINK(""x"")"`,
    '',
  ]);
});
