import { describe, expect, it } from 'vitest';
import { durationText } from '../../src/domain/duration-text';

const minute = 60_000;

describe('durationText: the one way an amount of study time is written', () => {
  it('stays in minutes up to a whole session, then hours and minutes', () => {
    expect(durationText(0)).toBe('0 min');
    expect(durationText(1 * minute)).toBe('1 min');
    expect(durationText(45 * minute)).toBe('45 min');
    expect(durationText(60 * minute)).toBe('60 min');
    expect(durationText(105 * minute)).toBe('1 h 45 min');
    expect(durationText(120 * minute)).toBe('2 h');
    expect(durationText(125 * minute)).toBe('2 h 5 min');
    expect(durationText(100 * 60 * minute + 30 * minute)).toBe('100 h 30 min');
  });

  it('rounds down, so a week never claims time that was not studied, and never goes below zero', () => {
    expect(durationText(59 * minute + 59_999)).toBe('59 min');
    expect(durationText(104.9 * minute)).toBe('1 h 44 min');
    expect(durationText(-5 * minute)).toBe('0 min');
    expect(durationText(Number.NaN)).toBe('0 min');
  });
});
