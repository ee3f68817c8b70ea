import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/domain/dates';
import type { SessionRecord } from '../../src/domain/records';
import {
  bandForHours,
  paceWarning,
  studiedMsInWeek,
  weekHours,
  weekStartOf,
} from '../../src/domain/session-hours';
import { defaultSetup } from '../../src/domain/setup';
import { endedSession } from '../support/ended-session';

const minute = 60_000;

/** `count` one-hour sessions on consecutive days from `date`. */
function hours(date: string, count: number): SessionRecord[] {
  return Array.from({ length: count }, (_, i) =>
    endedSession(
      date.replace(/\d\d$/, (d) => String(Number(d) + i).padStart(2, '0')),
      60,
    ),
  );
}

describe('weekStartOf', () => {
  it('follows the start date weekday, before and after it', () => {
    expect(weekStartOf('2026-11-26', '2026-11-04')).toBe('2026-11-25');
    expect(weekStartOf('2026-11-03', '2026-11-04')).toBe('2026-10-28');
  });

  it('uses Monday weeks without a start date', () => {
    expect(weekStartOf('2026-11-26', null)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-23', null)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-22', null)).toBe('2026-11-16');
  });
});

describe('studiedMsInWeek', () => {
  it('counts finished and running sessions of the week, not abandoned ones or other weeks', () => {
    const running: SessionRecord = {
      ...endedSession('2026-11-25', 0),
      status: 'running',
      endedAt: null,
      studiedMs: null,
    };
    const sessions = [
      endedSession('2026-11-23', 45),
      endedSession('2026-11-24', 30, 'finished-early'),
      endedSession('2026-11-24', 50, 'abandoned'),
      endedSession('2026-11-22', 60),
      running,
    ];
    const now = running.startedAt + 20 * minute;
    expect(studiedMsInWeek(sessions, '2026-11-23', now)).toBe(95 * minute);
  });

  it('compares the week with the promised band', () => {
    const now = localInstant('2026-11-26', '20:00');
    const week = weekHours(hours('2026-11-23', 4), { hoursBand: '6-8', startDate: null }, now);
    expect(week).toMatchObject({ weekStart: '2026-11-23', weekEnd: '2026-11-29', status: 'below' });
    expect(weekHours(hours('2026-11-23', 4), { hoursBand: '3-5', startDate: null }, now).status).toBe(
      'within',
    );
  });
});

describe('paceWarning', () => {
  const setup = { ...defaultSetup, hoursBand: '6-8' as const, startingPoint: 'lighter-on-mlops' as const };
  const now = localInstant('2026-11-26', '20:00');

  it('warns when both of the last two weeks fell short, and names the route for the real pace', () => {
    const warning = paceWarning([...hours('2026-11-09', 4), ...hours('2026-11-16', 3)], setup, now);
    expect(warning?.realBand).toBe('3-5');
    expect(warning?.routeName).toBe('8-12 week part-time plan');
    expect(warning?.message).toContain('Choose a route based on hours per week, not optimism.');
    expect(warning?.message).toContain('4 h and then 3 h');
  });

  it('stays quiet when one of the two weeks met the band', () => {
    expect(paceWarning([...hours('2026-11-09', 6), ...hours('2026-11-16', 3)], setup, now)).toBeNull();
  });

  it('stays quiet before the learner had logged anything in those weeks', () => {
    expect(paceWarning(hours('2026-11-16', 3), setup, now)).toBeNull();
    expect(paceWarning([], setup, now)).toBeNull();
  });

  it('stays quiet when the weeks lie before the route start or no band is promised', () => {
    const sessions = [...hours('2026-11-09', 1), ...hours('2026-11-16', 1)];
    expect(paceWarning(sessions, { ...setup, startDate: '2026-11-19' }, now)).toBeNull();
    expect(paceWarning(sessions, { ...setup, hoursBand: null }, now)).toBeNull();
  });

  it('says so when even the lowest band is above the real pace', () => {
    const warning = paceWarning(
      [endedSession('2026-11-10', 60), endedSession('2026-11-17', 60)],
      { ...setup, hoursBand: '3-5' },
      now,
    );
    expect(warning?.message).toContain('Even the 8-12 week part-time plan assumes 3-5 hrs/week');
  });

  it('maps hours to the seed bands', () => {
    expect([2, 3, 5.9, 6, 8.9, 9, 14].map(bandForHours)).toEqual([
      '3-5',
      '3-5',
      '3-5',
      '6-8',
      '6-8',
      '9-12',
      '9-12',
    ]);
  });
});
