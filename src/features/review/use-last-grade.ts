import { useMemo, useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { ReviewCardRecord, ReviewLogRecord } from '../../domain/review-records';
import { readTabCopy, writeTabCopy } from '../../platform/drafts';

export interface LastGrade {
  log: ReviewLogRecord;
  previous: ReviewCardRecord | null;
  /** The rule's start, which an undo replays the rule's other grades from. */
  start: IsoDate;
  /** The rule's logs `previous` was made from: while they are all that is left, an undo puts it back as it was. */
  before: string[];
}

const key = 'review:last-grade';

/**
 * The last grade given in this tab and the card it replaced, for "Undo last grade". Kept in the tab's copy of
 * drafts as well, so the undo survives a reload. It is offered only while its log is still stored and
 * is its rule's latest: after an undo in another tab, a later grade, an import or a reset, putting the old card
 * back would undo something else.
 */
export function useLastGrade(logs: Readonly<Record<string, ReviewLogRecord>>) {
  const [kept, setKept] = useState(() => (readTabCopy(key) as LastGrade | undefined) ?? null);
  const lastGrade = useMemo(() => {
    // A copy kept before undo needed the rule's start and logs is not offered.
    if (!kept?.before || logs[kept.log.id] === undefined) return null;
    const { missId, reviewedAt } = kept.log;
    const later = Object.values(logs).some((log) => log.missId === missId && log.reviewedAt > reviewedAt);
    return later ? null : kept;
  }, [kept, logs]);
  const keep = (grade: LastGrade | null) => {
    writeTabCopy(key, grade ?? undefined);
    setKept(grade);
  };
  return [lastGrade, keep] as const;
}
