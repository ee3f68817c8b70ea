import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { localInstant } from '../../src/domain/dates';
import { weakestLanes } from '../../src/domain/miss-analytics';
import { buildAnkiExport } from '../../src/domain/review-anki';
import type { ReviewLogRecord } from '../../src/domain/review-records';
import { sampleBackupData } from '../backup-sample';
import { aMiss, aSet, missesIn } from './miss-fixtures';

describe('the Anki export', () => {
  it("writes Anki's header lines and one tab-separated note per rule, tagged by domain, failure mode and lane", () => {
    const set = aSet('2026-11-20', { label: 'Mixed set 4' });
    const withCue = {
      ...aMiss(set.id, 'unsafe-rollout', {
        domain: 'deployment',
        rule: 'Canary\tbefore\nfull rollout.',
        saferAction: 'Roll back first.',
      }),
      cue: 'Latency doubled after deploy',
    };
    const plain = aMiss(null, null, {
      rule: 'Roll back before you retrain.',
      createdAt: localInstant('2026-11-21', '10:00'),
    });
    const empty = aMiss(set.id, 'leakage', { rule: '  ' });
    const text = buildAnkiExport([withCue, plain, empty], new Map([[set.id, set]]));
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Basic',
      '#deck:ML-PRO miss rules',
      '#guid column:1',
      '#tags column:4',
    ]);
    const notes = lines.slice(6).map((line) => line.split('\t'));
    expect(notes).toHaveLength(2);
    expect(notes.every((columns) => columns.length === 4)).toBe(true);
    expect(notes[0]).toEqual([
      withCue.id,
      'Latency doubled after deploy — Mixed set 4 (Fri Nov 20) · deployment · unsafe rollout',
      'Canary before full rollout. Safer action: Roll back first.',
      'ml-pro domain::deployment failure-mode::unsafe-rollout lane::deployment',
    ]);
    expect(notes[1]).toEqual([
      plain.id,
      'What is the rule? Session, Sat Nov 21',
      'Roll back before you retrain.',
      'ml-pro',
    ]);
  });
  it("quotes fields as Anki's CSV reader expects, so a rule or cue starting with a quote stays one note", () => {
    const set = aSet('2026-11-20', { label: 'Mixed set "hard"' });
    const quoted = Array.from({ length: 22 }, (_, index) => ({
      ...aMiss(set.id, 'leakage', {
        rule: index % 2 ? '"Fit" the scaler on training rows only.' : `Rule ${index} says "never".`,
        saferAction: index % 3 ? '' : '"Split first"',
        createdAt: localInstant('2026-11-21', '10:00') + index,
      }),
      cue: index % 4 ? '' : '"Why" did recall drop?',
    }));
    const text = buildAnkiExport(quoted, new Map([[set.id, set]]));
    const body = text
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    // Anki's reader: tab-separated, `"` quotes a field and `""` is a quote inside one.
    const notes = parse(body, { delimiter: '\t', quote: '"', relax_column_count: false }) as string[][];
    expect(notes).toHaveLength(22);
    expect(notes.map((note) => note[0])).toEqual(quoted.map((miss) => miss.id));
    expect(notes[1]![2]).toBe('"Fit" the scaler on training rows only.');
    expect(notes[0]![2]).toBe('Rule 0 says "never". Safer action: "Split first"');
    expect(notes[0]![1]).toBe('"Why" did recall drop? — Mixed set "hard" (Fri Nov 20) · MLOps · leakage');
  });
});

describe('review rows in a backup', () => {
  it('imports a version-1 file with no review tables as having none', () => {
    const { reviewCards: _c, reviewLogs: _l, ...v1Data } = sampleBackupData();
    const file = { ...createBackup(sampleBackupData(), '0.1.0', 0), schemaVersion: 1, data: v1Data };
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok && [result.backup.data.reviewCards, result.backup.data.reviewLogs]).toEqual([[], []]);
  });

  it('refuses a review log with a grade outside 1-4, naming the row', () => {
    const data = sampleBackupData();
    data.reviewLogs[1] = { ...data.reviewLogs[1]!, rating: 5 as 1 };
    const result = parseBackup(JSON.stringify(createBackup(data, '0.1.0', 0)));
    expect(result.ok ? '' : result.message).toMatch(/row 2 of reviewLogs.*rating/);
  });
});

describe('slipped reviews in the weakest lanes', () => {
  it('count half a miss each, decaying like misses by the sets taken since', () => {
    const old = aSet('2026-11-01');
    const latest = aSet('2026-11-15');
    const scaling = missesIn(latest.id, 'wrong-scaling-fit', 2);
    const leakage = missesIn(latest.id, 'leakage', 1);
    const slip = (missId: string, day: string): ReviewLogRecord => ({
      id: `${missId}-${day}`,
      missId,
      rating: 1,
      reviewedAt: localInstant(day, '09:00'),
      source: 'review',
    });
    const reviews = [
      slip(leakage[0]!.id, '2026-11-16'),
      slip(leakage[0]!.id, '2026-11-17'),
      slip(leakage[0]!.id, '2026-11-18'),
      slip(scaling[0]!.id, '2026-11-10'),
      { ...slip(scaling[1]!.id, '2026-11-16'), rating: 3 as const },
    ];
    expect(weakestLanes([...scaling, ...leakage], [old, latest]).map((r) => r.lane)).toEqual([
      'scaling',
      'features',
    ]);
    const ranked = weakestLanes([...scaling, ...leakage], [old, latest], reviews);
    expect(ranked.map((r) => [r.lane, r.weight, r.lapses])).toEqual([
      ['features', 2.5, 3],
      ['scaling', 2.3, 1],
    ]);
  });
});
