import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/domain/csv';
import { missesCsv } from '../../src/domain/csv-misses';
import type { ReviewLogRecord, ReviewRating } from '../../src/domain/review-records';
import { byId } from '../../src/store/mirrored-data';
import { sampleBackupData } from '../backup-sample';

/** A minimal RFC 4180 reader, to prove a spreadsheet sees the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a formula start in %j', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
  });
});

describe('missesCsv', () => {
  it('writes one row per miss that a spreadsheet reads back cell for cell', () => {
    const data = sampleBackupData();
    const text = missesCsv(data.misses, byId(data.sets), data.reviewLogs);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const [header, first, second] = rows as [string[], string[], string[]];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    expect(cell(first, 'Rule')).toBe(`'=SUM(A1) "quoted", with commas; and a newline`);
    expect(cell(first, 'Set label')).toBe('Mixed set A');
    expect(cell(first, 'Failure mode')).toBe('leakage');
    expect(cell(first, 'Weak lane')).toBe('feature consistency and leakage');
    expect(cell(first, 'Revisit link')).toBe('https://docs.databricks.com/');
    expect(cell(first, 'Reviews held')).toBe('1 of 1');
    expect(cell(second, 'Reviews held')).toBe('0 of 1');
    expect(cell(second, 'Set label')).toBe('study session');
    expect(cell(second, 'Revisit')).toBe('3.1 Deployment strategies: blue-green and canary rollout');
    expect(cell(first, 'Set kind')).toBe('mixed set');
    expect(cell(second, 'Set kind')).toBe('');
  });

  it('names a practice exam’s misses by the kind of their set', () => {
    const data = sampleBackupData();
    const misses = data.misses.map((miss) => ({ ...miss, setId: 'exam1', sessionId: null }));
    const [header, ...rows] = readCsv(missesCsv(misses, byId(data.sets), []).slice(1)) as string[][];
    expect(rows.map((row) => row[header!.indexOf('Set kind')])).toEqual(['practice exam', 'practice exam']);
    expect(rows.map((row) => row[header!.indexOf('Set label')])).toEqual([
      'Practice exam: Databricks practice exam',
      'Practice exam: Databricks practice exam',
    ]);
  });

  it('counts every grade of the rule in review, with the day-1/3/7 retests it replaced counted once', () => {
    const data = sampleBackupData();
    const heldOf = (logs: readonly ReviewLogRecord[], misses = data.misses) => {
      const [header, ...rows] = readCsv(missesCsv(misses, byId(data.sets), logs).slice(1)) as string[][];
      return rows.map((row) => row[header!.indexOf('Reviews held')]);
    };
    const grade = (id: string, missId: string, rating: ReviewRating): ReviewLogRecord => ({
      id,
      missId,
      rating,
      reviewedAt: Date.UTC(2026, 10, 25),
      source: 'review',
    });
    // The column moves with review: a Good and an Easy hold, a Hard and an Again do not.
    expect(
      heldOf([...data.reviewLogs, grade('g1', 'miss1', 4), grade('g2', 'miss1', 2), grade('g3', 'miss2', 3)]),
    ).toEqual(['2 of 3', '1 of 2']);
    // A miss from a 0.1.0 backup keeps its answered retests only on the miss: they count until carried over.
    expect(heldOf([])).toEqual(['1 of 1', '0 of 0']);
    expect(heldOf([grade('g1', 'miss1', 1)])).toEqual(['1 of 2', '0 of 0']);
  });
});
