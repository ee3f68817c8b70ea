import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/domain/dates';
import { dueRetest, dueRetests, withRetest } from '../../src/domain/miss-retests';
import { aMiss } from './miss-fixtures';

const written = localInstant('2026-11-10', '23:30');

describe('dueRetest', () => {
  const miss = aMiss('set', 'leakage', { createdAt: written });

  it('comes due on calendar days 1, 3 and 7 after the rule was written', () => {
    expect(dueRetest(miss, '2026-11-10')).toBeNull();
    expect(dueRetest(miss, '2026-11-11')).toMatchObject({ day: 1, dueDate: '2026-11-11' });
    expect(dueRetest(miss, '2026-11-13')).toMatchObject({ day: 3 });
    expect(dueRetest(miss, '2026-11-20')).toMatchObject({ day: 7, dueDate: '2026-11-17' });
  });

  it('is answered once per day and never goes back to an earlier day', () => {
    const afterDay1 = { ...miss, retests: withRetest([], { day: 1, held: true, at: 0 }) };
    expect(dueRetest(afterDay1, '2026-11-12')).toBeNull();
    expect(dueRetest(afterDay1, '2026-11-13')).toMatchObject({ day: 3 });
    const afterDay3 = { ...miss, retests: [{ day: 3 as const, held: false, at: 0 }] };
    expect(dueRetest(afterDay3, '2026-11-16')).toBeNull();
    const allDone = { ...miss, retests: [{ day: 7 as const, held: true, at: 0 }] };
    expect(dueRetest(allDone, '2026-12-30')).toBeNull();
  });

  it('skips misses without a rule and lists the longest waiting first', () => {
    const noRule = aMiss(null, null, { rule: '', createdAt: written });
    const newer = aMiss('set', 'leakage', { createdAt: localInstant('2026-11-12', '08:00') });
    expect(dueRetests([newer, noRule, miss], '2026-11-13').map((d) => d.missId)).toEqual([miss.id, newer.id]);
  });

  it('replaces an earlier answer for the same day', () => {
    const first = withRetest([], { day: 3, held: false, at: 1 });
    expect(withRetest(first, { day: 3, held: true, at: 2 })).toEqual([{ day: 3, held: true, at: 2 }]);
  });
});
