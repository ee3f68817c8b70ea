import { localInstant } from '../../src/domain/dates';
import type { SessionRecord } from '../../src/domain/records';

const minute = 60_000;

/** A session that started at the instant `startedAt`, ran `minutes` without pauses and ended with `status`. */
export function finishedSession(
  id: string,
  startedAt: number,
  minutes: number,
  status: SessionRecord['status'] = 'completed',
): SessionRecord {
  return {
    id,
    status,
    startedAt,
    shiftMs: 0,
    pausedMs: 0,
    pausedAt: null,
    endedAt: startedAt + minutes * minute,
    studiedMs: minutes * minute,
    notes: {},
    updatedAt: startedAt,
  };
}

/** A session that ran `minutes` without pauses from 09:00 local on `date` and ended with `status`. */
export function endedSession(
  date: string,
  minutes: number,
  status: SessionRecord['status'] = 'completed',
): SessionRecord {
  return finishedSession(`${date}-${minutes}-${status}`, localInstant(date, '09:00'), minutes, status);
}
