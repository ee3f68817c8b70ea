/** A study session: what the import checks of each stored session (the store builds them from the clock). */
import type { SessionRecord } from '../records';
import { isActiveStatus, sessionLengthMs } from '../session-timer';
import { visibleLength } from './text';

export const maxNoteLength = 20_000;
const dayMs = 86_400_000;

export type SessionProblems = Partial<Record<keyof SessionRecord, string>>;

/**
 * `madeAt` is when the rows were written out (a backup's export time): nothing in them can have started after
 * it, beyond a day of clock difference between devices.
 */
export function validateSession(session: SessionRecord, madeAt?: number): SessionProblems {
  const problems: SessionProblems = {};
  if (madeAt !== undefined && session.startedAt > madeAt + dayMs) {
    problems.startedAt = 'is after the backup was made';
  }
  // The timer counts study up to minute 60 and no further (see studiedMsAt).
  if (session.studiedMs !== null && session.studiedMs > sessionLengthMs) {
    problems.studiedMs = 'is more than the 60 minutes a session lasts';
  }
  const active = isActiveStatus(session.status);
  if (active !== (session.endedAt === null)) {
    problems.endedAt = active ? 'must be empty while the session runs' : 'is missing for an ended session';
  } else if (session.endedAt !== null && session.endedAt < session.startedAt) {
    problems.endedAt = 'is before the session started';
  }
  if ((session.status === 'paused') !== (session.pausedAt !== null)) {
    problems.pausedAt = 'must be set exactly when the session is paused';
  }
  for (const text of Object.values(session.notes)) {
    if (visibleLength(text) > maxNoteLength) problems.notes = `must be at most ${maxNoteLength} characters`;
  }
  return problems;
}

/** At most one session runs or is paused at a time, whatever the number of tabs or files. */
export function runningSessionsProblem(sessions: readonly SessionRecord[]): string | null {
  const active = sessions.filter((session) => isActiveStatus(session.status)).length;
  return active > 1 ? `has ${active} sessions running or paused; only one can be at a time` : null;
}
