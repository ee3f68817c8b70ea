/** The miss log as CSV for a spreadsheet, one row per miss. */
import { csvFile } from './csv';
import type { MissRecord, MixedSetRecord } from './records';
import type { ReviewLogRecord } from './review-records';
import { domainLabel, failureModeById, laneById, lessonTitle } from './seed-lookups';

const header = [
  'Logged at (UTC)',
  'Set date',
  'Set label',
  'Set kind',
  'Weak domain',
  'Failure mode',
  'Weak lane',
  'Rule',
  'Safer action',
  'Revisit',
  'Revisit link',
  'Revisited',
  'Reviews held',
];

/**
 * "3 of 4": how many of the rule's grades held (Good or Easy) out of all its grades. The day-1/3/7 retests that
 * review replaced count too, once: the database upgrade carried them into review logs (source "retest"), while
 * a miss imported from an older backup still holds them only in its own `retests`.
 */
function reviewsHeld(miss: MissRecord, logs: readonly ReviewLogRecord[]): string {
  const carried = logs.some((log) => log.source === 'retest');
  const held = [
    ...(carried ? [] : miss.retests.map((retest) => retest.held)),
    ...logs.map((log) => log.rating >= 3),
  ];
  return `${held.filter(Boolean).length} of ${held.length}`;
}

/** One row per miss, oldest first. */
export function missesCsv(
  misses: readonly MissRecord[],
  sets: Readonly<Record<string, MixedSetRecord>>,
  reviewLogs: readonly ReviewLogRecord[],
): string {
  const logsByMiss = new Map<string, ReviewLogRecord[]>();
  for (const log of reviewLogs) {
    const logs = logsByMiss.get(log.missId);
    if (logs) logs.push(log);
    else logsByMiss.set(log.missId, [log]);
  }
  const rows = [...misses]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((miss) => {
      const set = miss.setId ? sets[miss.setId] : undefined;
      const mode = failureModeById(miss.failureMode);
      const lane = mode ? laneById(mode.lane) : undefined;
      const revisit = miss.revisit;
      return [
        new Date(miss.createdAt).toISOString(),
        set?.date ?? null,
        set?.label ?? (miss.sessionId ? 'study session' : null),
        set ? (set.practiceExam ? 'practice exam' : 'mixed set') : null,
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
        reviewsHeld(miss, logsByMiss.get(miss.id) ?? []),
      ];
    });
  return csvFile(header, rows);
}
