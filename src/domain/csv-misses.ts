/**
 * The miss log as CSV for a spreadsheet. Quoting follows RFC 4180; cells that a spreadsheet would run as a
 * formula (starting with = + - @, or a tab or carriage return) get a leading apostrophe so a rule pasted from
 * anywhere stays text. A byte-order mark tells Excel the file is UTF-8.
 */
import type { MissRecord, MixedSetRecord } from './records';
import { domainLabel, failureModeById, laneById, lessonTitle } from './seed-lookups';

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let cell = String(value);
  if (typeof value === 'string' && formulaStart.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvRow(cells: readonly (string | number | boolean | null)[]): string {
  return cells.map(csvCell).join(',');
}

const header = [
  'Logged at (UTC)',
  'Set date',
  'Set label',
  'Weak domain',
  'Failure mode',
  'Weak lane',
  'Rule',
  'Safer action',
  'Revisit',
  'Revisit link',
  'Revisited',
  'Retests held',
];

/** One row per miss, oldest first. */
export function missesCsv(
  misses: readonly MissRecord[],
  sets: Readonly<Record<string, MixedSetRecord>>,
): string {
  const lines = [csvRow(header)];
  for (const miss of [...misses].sort((a, b) => a.createdAt - b.createdAt)) {
    const set = miss.setId ? sets[miss.setId] : undefined;
    const mode = failureModeById(miss.failureMode);
    const lane = mode ? laneById(mode.lane) : undefined;
    const revisit = miss.revisit;
    lines.push(
      csvRow([
        new Date(miss.createdAt).toISOString(),
        set?.date ?? null,
        set?.label ?? (miss.sessionId ? 'study session' : null),
        domainLabel(miss.domain) ?? null,
        mode?.label ?? null,
        lane?.label ?? null,
        miss.rule,
        miss.saferAction,
        revisit
          ? revisit.kind === 'lesson'
            ? `${revisit.lessonId} ${lessonTitle(revisit.lessonId)}`
            : revisit.title
          : null,
        revisit?.kind === 'doc' ? revisit.url : null,
        miss.revisited ? 'yes' : 'no',
        `${miss.retests.filter((r) => r.held).length} of ${miss.retests.length}`,
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
