import { describe, expect, it } from 'vitest';
import { countText } from '../../src/domain/count-text';
import {
  activeFilterCount,
  emptyMissFilter,
  filterLog,
  isDateRangeReversed,
  logEntries,
} from '../../src/domain/miss-filter';
import { filterFromParams, paramsOfFilter } from '../../src/domain/miss-filter-params';
import { emptyMissDraft, maxCueLength, parseMissDraft } from '../../src/domain/miss-validation';
import { setMissCountWarning } from '../../src/domain/set-miss-count';
import { byId } from '../../src/store/mirrored-data';
import { aMiss, aSet } from './miss-fixtures';

describe('counts in words', () => {
  it('uses the plural rules, never "1 misses"', () => {
    expect(countText(0, 'miss', 'misses')).toBe('0 misses');
    expect(countText(1, 'miss', 'misses')).toBe('1 miss');
    expect(countText(10_000, 'miss', 'misses')).toBe('10,000 misses');
  });
});

describe('searching the log', () => {
  const set = aSet('2026-11-01', { label: 'Mixed set 2' });
  const leak = aMiss(set.id, 'leakage', { rule: 'Join as of the label time', domain: 'model-development' });
  const rollout = aMiss(set.id, 'unsafe-rollout', {
    rule: 'Canary first',
    domain: 'deployment',
    cue: 'blue/green',
  });
  const entries = logEntries([leak, rollout], byId([set]));
  const search = (text: string) => filterLog(entries, { ...emptyMissFilter, text }).map((e) => e.miss.id);

  it('finds misses by their failure-mode, domain and lane names and their cue', () => {
    expect(search('leakage')).toEqual([leak.id]);
    expect(search('model development')).toEqual([leak.id]);
    expect(search('deployment')).toEqual([rollout.id]);
    expect(search('blue/green')).toEqual([rollout.id]);
    expect(search('no such words')).toEqual([]);
  });
});

describe('the filter in the URL', () => {
  const setIds = new Set(['set-a']);

  it('round-trips every key, in a fixed order', () => {
    const filter = {
      ...emptyMissFilter,
      domain: 'mlops',
      failureMode: 'leakage',
      lane: 'features',
      set: 'set-a',
      from: '2026-11-01',
      to: '2026-11-09',
      status: 'revisited',
      text: 'canary & co',
    } as const;
    const query = paramsOfFilter(filter).toString();
    expect(query).toBe(
      'domain=mlops&failureMode=leakage&lane=features&set=set-a&from=2026-11-01&to=2026-11-09&status=revisited&text=canary+%26+co',
    );
    expect(filterFromParams(new URLSearchParams(query), setIds)).toEqual(filter);
    expect(paramsOfFilter(emptyMissFilter).toString()).toBe('');
  });

  it('reads a made-up or stale value as "all" for that key', () => {
    const filter = filterFromParams(
      new URLSearchParams('domain=astrology&set=deleted&from=yesterday&status=done&lane=features'),
      setIds,
    );
    expect(filter).toEqual({ ...emptyMissFilter, lane: 'features' });
  });
});

describe('the filter controls', () => {
  it('count the filters on besides the search words', () => {
    expect(activeFilterCount(emptyMissFilter)).toBe(0);
    expect(activeFilterCount({ ...emptyMissFilter, text: 'x', domain: 'mlops', from: '2026-11-01' })).toBe(2);
  });

  it('know a From date after the To date', () => {
    expect(isDateRangeReversed({ from: '2026-11-02', to: '2026-11-01' })).toBe(true);
    expect(isDateRangeReversed({ from: '2026-11-01', to: '2026-11-01' })).toBe(false);
    expect(isDateRangeReversed({ from: '2026-11-02', to: '' })).toBe(false);
  });
});

describe('a set with more misses than wrong answers', () => {
  const set = { label: 'Mixed set 2', questions: 20, correct: 17 };

  it('is fine up to its wrong answers and warned about past them', () => {
    expect(setMissCountWarning(set, 2)).toBeNull();
    expect(setMissCountWarning(set, 3)).toBe(
      'Mixed set 2 (17/20) has 3 wrong answers and already 3 misses: another miss would be more than it had. ' +
        'Check the set chosen here and its score.',
    );
    expect(setMissCountWarning({ ...set, correct: 19 }, 1)).toMatch(/has 1 wrong answer and already 1 miss:/);
  });
});

describe('the question cue', () => {
  it('is optional, trimmed, and at most 120 characters', () => {
    const draft = {
      ...emptyMissDraft('set-1'),
      domain: 'mlops',
      failureMode: 'leakage',
      rule: 'Join as of the label time.',
    };
    const ok = parseMissDraft({ ...draft, cue: '  feature lookup at label time ' });
    expect(ok.ok && ok.value.cue).toBe('feature lookup at label time');
    expect(parseMissDraft(draft).ok).toBe(true);
    const long = parseMissDraft({ ...draft, cue: 'x'.repeat(maxCueLength + 1) });
    expect(long.ok ? null : long.errors.cue).toBe('Keep the cue to 120 characters (now 121).');
  });
});
