/**
 * The miss rules as an Anki import file: plain text with Anki's header lines, one note per rule (Basic note
 * type: front, back), tagged by domain, failure mode and lane. The first column is a GUID (the miss's id), so
 * importing the file again updates the same notes instead of adding duplicates.
 */
import { formatShortDate, localIsoDate, type IsoDate } from './dates';
import type { MissRecord, MixedSetRecord } from './records';
import { domainLabel, failureModeLabel, laneOf } from './seed-lookups';

/** The cue, when the miss has one. Read defensively: older rows and backups have no such field. */
export function cueOf(miss: MissRecord): string {
  const cue = (miss as { cue?: unknown }).cue;
  return typeof cue === 'string' ? cue.trim() : '';
}

/**
 * A field on one line: with `#html:false` Anki reads tabs and line breaks literally, so both become spaces.
 * Anki reads the file as CSV: a field that starts with `"` opens a quoted field running on to the next lone
 * `"`, across tabs and lines, swallowing the notes after it. So a field holding a quote is quoted, its own
 * quotes doubled, which Anki's reader turns back into the text as typed.
 */
function field(text: string): string {
  const line = text.replace(/[\t\r\n]+/g, ' ').trim();
  return line.includes('"') ? `"${line.replaceAll('"', '""')}"` : line;
}

/** Anki tags are space-separated words; `::` makes a hierarchy (domain::mlops). */
function tag(prefix: string, value: string): string {
  return `${prefix}::${value.replace(/\s+/g, '_')}`;
}

export const ankiColumns = ['guid', 'front', 'back', 'tags'] as const;

export function ankiFront(miss: MissRecord, set: MixedSetRecord | undefined): string {
  const context = [
    set
      ? `${set.label} (${formatShortDate(set.date)})`
      : `Session, ${formatShortDate(localIsoDate(miss.createdAt))}`,
    domainLabel(miss.domain),
    failureModeLabel(miss.failureMode),
  ]
    .filter(Boolean)
    .join(' · ');
  const cue = cueOf(miss);
  return field(cue ? `${cue} — ${context}` : `What is the rule? ${context}`);
}

export function buildAnkiExport(
  misses: Iterable<MissRecord>,
  sets: ReadonlyMap<string, MixedSetRecord>,
): string {
  const lines = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    '#deck:ML-PRO miss rules',
    `#guid column:${ankiColumns.indexOf('guid') + 1}`,
    `#tags column:${ankiColumns.indexOf('tags') + 1}`,
  ];
  const rules = [...misses]
    .filter((miss) => miss.rule.trim() !== '')
    .sort((a, b) => a.createdAt - b.createdAt);
  for (const miss of rules) {
    const set = miss.setId ? sets.get(miss.setId) : undefined;
    const back = miss.saferAction.trim() ? `${miss.rule} Safer action: ${miss.saferAction}` : miss.rule;
    const lane = laneOf(miss.failureMode);
    const tags = [
      'ml-pro',
      miss.domain && tag('domain', miss.domain),
      miss.failureMode && tag('failure-mode', miss.failureMode),
      lane && tag('lane', lane),
    ].filter(Boolean);
    lines.push([field(miss.id), ankiFront(miss, set), field(back), field(tags.join(' '))].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** "ml-pro-rules-anki-2026-11-27.txt" */
export function ankiFileName(today: IsoDate): string {
  return `ml-pro-rules-anki-${today}.txt`;
}
