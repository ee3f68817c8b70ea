import { localInstant } from '../../src/domain/dates';
import type { SessionRecord } from '../../src/domain/records';

const minute = 60_000;

/** A session that ran `minutes` without pauses from 09:00 local on `date` and ended with `status`. */
export function endedSession(
  date: string,
  minutes: number,
  status: SessionRecord['status'] = 'completed',
): SessionRecord {
  const startedAt = localInstant(date, '09:00');
  return {
    id: `${date}-${minutes}-${status}`,
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
