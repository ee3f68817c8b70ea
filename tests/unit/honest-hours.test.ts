import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/domain/dates';
import { missingDetails, needsDetails } from '../../src/domain/miss-analytics';
import { countText } from '../../src/domain/count-text';
import type { StudyLogRecord } from '../../src/domain/records';
import { durationText } from '../../src/domain/duration-text';
import { paceWarning, weekHours } from '../../src/domain/session-hours';
import { defaultSetup } from '../../src/domain/setup';
import { parseStudyLogDraft } from '../../src/domain/study-log';
import { endedSession } from '../support/ended-session';
import { aMiss } from './miss-fixtures';

const log = (date: string, minutes: number): StudyLogRecord => ({
  id: `log-${date}-${minutes}`,
  date,
  minutes,
  what: 'Docs',
  createdAt: 0,
  updatedAt: 0,
});

describe('hours are honest (judgment rule 5)', () => {
  const setup = { ...defaultSetup, hoursBand: '6-8' as const, startingPoint: 'lighter-on-mlops' as const };
  const now = localInstant('2026-11-26', '20:00');

  it('counts study time logged by hand in the week of its date, next to timed sessions', () => {
    const sessions = [endedSession('2026-11-24', 60)];
    const without = weekHours(sessions, setup, now);
    const withLog = weekHours(sessions, setup, now, 0, [log('2026-11-25', 90), log('2026-11-22', 600)]);
    expect(withLog.studiedMs - without.studiedMs).toBe(90 * 60_000);
    expect(durationText(withLog.studiedMs)).toBe('2 h 30 min');
  });

  it('lets logged time alone lift the pace warning, and alone start it', () => {
    const short = [log('2026-11-09', 240), log('2026-11-16', 180)];
    expect(paceWarning([], setup, now, short)?.message).toContain('4 h and then 3 h');
    expect(paceWarning([], setup, now, [...short, log('2026-11-17', 300)])).toBeNull();
  });

  it('gives no route advice in the last 7 days, and none that cannot fit before the exam', () => {
    const short = [log('2026-11-09', 240), log('2026-11-16', 180)];
    expect(paceWarning([], { ...setup, examDate: '2026-12-02' }, now, short)).toBeNull();
    expect(paceWarning([], { ...setup, examDate: '2026-12-20' }, now, short)?.message).toContain(
      'With 24 days to your exam a new route no longer fits',
    );
    expect(paceWarning([], { ...setup, examDate: '2027-04-01' }, now, short)?.message).toContain(
      'the better route is the 8-12 week part-time plan',
    );
  });
});

describe('logging study time by hand', () => {
  const today = '2026-11-26';
  it('accepts a date up to today, whole minutes and a short note', () => {
    expect(parseStudyLogDraft({ date: today, minutes: ' 90 ', what: ' Docs ' }, today)).toEqual({
      ok: true,
      value: { date: today, minutes: 90, what: 'Docs' },
    });
  });
  it('refuses a future date, zero or fractional minutes, too many minutes and an empty note', () => {
    for (const [draft, field] of [
      [{ date: '2026-11-27', minutes: '30', what: 'x' }, 'date'],
      [{ date: '2026-02-30', minutes: '30', what: 'x' }, 'date'],
      [{ date: today, minutes: '0', what: 'x' }, 'minutes'],
      [{ date: today, minutes: '2.5', what: 'x' }, 'minutes'],
      [{ date: today, minutes: '721', what: 'x' }, 'minutes'],
      [{ date: today, minutes: '30', what: '  ' }, 'what'],
      [{ date: today, minutes: '30', what: 'x'.repeat(121) }, 'what'],
    ] as const) {
      const result = parseStudyLogDraft(draft, today);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.errors)).toEqual([field]);
    }
  });
});

describe('a miss is complete with all four record steps (judgment rule 6)', () => {
  it('needs the lesson or doc to revisit as well as domain, failure mode and rule', () => {
    const complete = aMiss(null, 'leakage', { revisit: { kind: 'lesson', lessonId: '1.5' } });
    expect(needsDetails(complete)).toBe(false);
    expect(missingDetails({ ...complete, revisit: null })).toEqual(['revisit']);
    expect(needsDetails({ ...complete, revisit: null })).toBe(true);
    expect(
      missingDetails({ ...complete, domain: null, failureMode: null, rule: ' ', revisit: null }),
    ).toEqual(['domain', 'failureMode', 'rule', 'revisit']);
  });
});

describe('counted nouns', () => {
  it('agree with the count through Intl.PluralRules', () => {
    expect(countText(1, 'miss', 'misses')).toBe('1 miss');
    expect(countText(2, 'miss', 'misses')).toBe('2 misses');
    expect(countText(1, 'hour')).toBe('1 hour');
    expect(countText(1.5, 'hour')).toBe('1.5 hours');
    expect(countText(0, 'hour')).toBe('0 hours');
  });
});
