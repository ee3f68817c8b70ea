import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/domain/dates';
import { emptyMissFilter, filterLog, logEntries, sessionSetFilter } from '../../src/domain/miss-filter';
import { byId } from '../../src/store/mirrored-data';
import { aMiss, aSet } from './miss-fixtures';

const early = aSet('2026-11-01', { label: 'Early set' });
const late = aSet('2026-11-09', { label: 'Late set' });
const sets = byId([early, late]);
const a = aMiss(early.id, 'leakage', {
  rule: 'Join features as of the label time',
  domain: 'model-development',
  revisit: { kind: 'lesson', lessonId: '1.5' },
});
const b = aMiss(late.id, 'unsafe-rollout', {
  rule: 'Canary before promoting',
  domain: 'deployment',
  revisit: { kind: 'lesson', lessonId: '3.1' },
});
const c = aMiss(late.id, 'poor-testing', {
  rule: 'Integration tests run in staging',
  revisit: { kind: 'lesson', lessonId: '2.2' },
  revisited: true,
});
const s = aMiss(null, null, { sessionId: 'x', createdAt: localInstant('2026-11-05', '12:00'), rule: '' });
const entries = logEntries([a, b, c, s], sets);
const ids = (filter: Partial<typeof emptyMissFilter>) =>
  filterLog(entries, { ...emptyMissFilter, ...filter }).map((e) => e.miss.id);

describe('the miss log', () => {
  it('lists newest first, by set date then by when written', () => {
    expect(entries.map((e) => e.miss.id)).toEqual([c.id, b.id, s.id, a.id]);
  });

  it('narrows by each filter', () => {
    expect(ids({})).toHaveLength(4);
    expect(ids({ domain: 'deployment' })).toEqual([b.id]);
    expect(ids({ failureMode: 'leakage' })).toEqual([a.id]);
    expect(ids({ lane: 'lifecycle' })).toEqual([c.id]);
    expect(ids({ set: late.id })).toEqual([c.id, b.id]);
    expect(ids({ set: sessionSetFilter })).toEqual([s.id]);
    expect(ids({ from: '2026-11-02', to: '2026-11-08' })).toEqual([s.id]);
    expect(ids({ status: 'needs-details' })).toEqual([s.id]);
    expect(ids({ status: 'revisited' })).toEqual([c.id]);
  });

  it('searches rule, revisit target and set label, every word', () => {
    expect(ids({ text: 'CANARY' })).toEqual([b.id]);
    expect(ids({ text: 'blue-green' })).toEqual([b.id]);
    expect(ids({ text: 'early join' })).toEqual([a.id]);
    expect(ids({ text: 'early canary' })).toEqual([]);
  });

  // How fast is for `npm run bench` (a keystroke at 10,000 misses, in a real browser); this checks what is found.
  it('finds exactly the misses of a lane that hold every word, among 10,000', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      aMiss(i % 2 ? early.id : late.id, i % 3 ? 'leakage' : 'unsafe-rollout', { rule: `Rule number ${i}` }),
    );
    const found = filterLog(logEntries(many, sets), {
      ...emptyMissFilter,
      lane: 'features',
      text: 'number 99',
    });
    const expected = Array.from({ length: 10_000 }, (_, i) => i).filter(
      (i) => i % 3 !== 0 && String(i).includes('99'),
    );
    expect(found.map((e) => Number(e.miss.rule.slice('Rule number '.length))).sort((x, y) => x - y)).toEqual(
      expected,
    );
  });
});
