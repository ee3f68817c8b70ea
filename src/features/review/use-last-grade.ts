import { useMemo, useState } from 'react';
import type { ReviewCardRecord, ReviewLogRecord } from '../../domain/review-records';
import { readTabCopy, writeTabCopy } from '../../platform/drafts';

export interface LastGrade {
  log: ReviewLogRecord;
  previous: ReviewCardRecord | null;
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
    if (!kept || logs[kept.log.id] === undefined) return null;
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
