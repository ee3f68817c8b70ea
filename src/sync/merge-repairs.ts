/**
 * What each device may do alone but two devices cannot do together, settled after a merge so that it is not
 * refused: a refusal the learner cannot fix would keep both devices apart for good, which is data loss by
 * another name. Each repair is a pure function of the merged rows (no clock, no time zone, no device), and it is
 * never recorded as an operation: the document keeps what each device did, and every device shows it repaired
 * (`recordRows` compares the tables with this view, so a repaired field is written only when the learner then
 * changes it). A repair recorded once would outlive its cause: merged in another order, a session deleted on a
 * third device would leave the other one ended on some devices and running on others. Nothing studied or
 * written is dropped:
 *
 * - a miss whose set or session is gone (deleted or restored away on one device while the miss was written on
 *   the other) keeps everything it says and no longer points at it; the miss log asks for a set when it is next
 *   edited. Bringing the set back is not an option: its content is gone from the merged rows.
 * - a session paused on one device and ended on the other: ended, its pause dropped (see `settledClock`).
 * - two sessions running at once (one started on each device): the one started last keeps running; each other
 *   one ends where the last one started (or at its own minute 60, if sooner), with that time counted as studied.
 * - a rule or safer-action rule of several lines or sentences, written on a device whose build stored such
 *   rules: joined into one sentence with every word kept (domain/joined-rules.ts), as this build's import and
 *   upgrade do; the document keeps what that device wrote, so the device that wrote it is not overruled.
 * - two practice exams in progress (the table holds one): the one started last stays; each other one becomes
 *   logged study time for the minutes it ran until then, since a practice exam without its score cannot become
 *   a mixed set. It is dated by UTC, so devices in two time zones give it the same date. Edited, it is recorded
 *   as an ordinary row; deleted, it takes the replaced exam with it (see `repairSource`).
 */
import { utcIsoDate } from '../domain/dates';
import { withRulesJoined } from '../domain/joined-rules';
import { clockLengthMs } from '../domain/practice-exam';
import type { MissRecord, RehearsalRecord, SessionRecord, StudyLogRecord } from '../domain/records';
import { endedClock, isActiveStatus, sessionLengthMs, studiedMsAt } from '../domain/session-timer';
import { maxLoggedMinutes, maxLoggedWhatLength } from '../domain/study-log';
import type { TableName, TableRows } from '../domain/tables';

/** The row started last, by its start and then its id, so every device picks the same one. */
function startedLast<T extends { id: string; startedAt: number }>(rows: readonly T[]): T {
  return rows.reduce((last, row) =>
    row.startedAt > last.startedAt || (row.startedAt === last.startedAt && row.id > last.id) ? row : last,
  );
}

function detachedMisses(rows: TableRows): MissRecord[] {
  const setIds = new Set(rows.sets.map((set) => set.id));
  const sessionIds = new Set(rows.sessions.map((session) => session.id));
  return rows.misses.flatMap((miss) => {
    const setGone = miss.setId !== null && !setIds.has(miss.setId);
    const sessionGone = miss.sessionId !== null && !sessionIds.has(miss.sessionId);
    if (!setGone && !sessionGone) return [];
    return [{ ...miss, setId: setGone ? null : miss.setId, sessionId: sessionGone ? null : miss.sessionId }];
  });
}

/**
 * A session's clock merges field by field, so a pause on one device and an end on the other meet in one row
 * (paused with an end, or ended while paused). The end wins: it is the later act, and it holds the time studied.
 */
function settledClock(session: SessionRecord): SessionRecord {
  if (session.endedAt !== null) {
    if (!isActiveStatus(session.status) && session.pausedAt === null) return session;
    const clock = { ...session, pausedAt: null };
    return {
      ...clock,
      status: isActiveStatus(session.status) ? 'finished-early' : session.status,
      studiedMs: session.studiedMs ?? studiedMsAt(clock, session.endedAt),
    };
  }
  if (session.status === 'paused' && session.pausedAt === null) return { ...session, status: 'running' };
  if (session.status === 'running' && session.pausedAt !== null) return { ...session, status: 'paused' };
  return session;
}

function endedSessions(sessions: readonly SessionRecord[]): SessionRecord[] {
  const active = sessions.filter((session) => isActiveStatus(session.status));
  if (active.length < 2) return [];
  const kept = startedLast(active);
  return active
    .filter((session) => session !== kept)
    .map((session) => {
      const ended = endedClock(session, kept.startedAt, 'finished-early');
      const status = ended.studiedMs >= sessionLengthMs ? 'completed' : 'finished-early';
      return { ...session, ...ended, status, updatedAt: Math.max(session.updatedAt, ended.endedAt ?? 0) };
    });
}

const loggedPrefix = 'practice-exam-';

/**
 * The row a repair made this row from (a practice exam's logged time: the exam it ended), or null. Deleting such
 * a row erases its source, the exam another device's replaced, or the next merge would log its time again.
 */
export function repairSource(table: TableName, rowKey: string): { table: TableName; key: string } | null {
  return table === 'studyLogs' && rowKey.startsWith(loggedPrefix)
    ? { table: 'rehearsals', key: rowKey.slice(loggedPrefix.length) }
    : null;
}

function loggedRehearsals(runs: readonly RehearsalRecord[]): {
  ended: RehearsalRecord[];
  logs: StudyLogRecord[];
} {
  if (runs.length < 2) return { ended: [], logs: [] };
  const kept = startedLast(runs);
  const ended = runs.filter((run) => run !== kept);
  const logs = ended.flatMap((run): StudyLogRecord[] => {
    const minutes = Math.min(
      maxLoggedMinutes,
      Math.round(studiedMsAt(run, kept.startedAt, clockLengthMs(run)) / 60_000),
    );
    if (minutes < 1) return [];
    const what = `Practice exam (${run.source}), unfinished: another device’s was kept`;
    return [
      {
        id: `${loggedPrefix}${run.id}`,
        date: utcIsoDate(run.startedAt),
        minutes,
        what:
          what.length > maxLoggedWhatLength ? 'Practice exam, unfinished: another device’s was kept' : what,
        createdAt: run.startedAt,
        updatedAt: run.updatedAt,
      },
    ];
  });
  return { ended, logs };
}

/** The merged rows as every device shows them: with the repairs above made, none of them recorded. */
export function repairedRows(merged: TableRows): TableRows {
  const rows = { ...merged };
  const replace = <T extends { id: string }>(list: readonly T[], changed: readonly T[]) => {
    const byId = new Map(changed.map((row) => [row.id, row]));
    return list.map((row) => byId.get(row.id) ?? row);
  };
  rows.sessions = rows.sessions.map(settledClock);
  rows.sessions = replace(rows.sessions, endedSessions(rows.sessions));
  rows.misses = replace(rows.misses, detachedMisses(rows)).map(withRulesJoined);
  const { ended, logs } = loggedRehearsals(rows.rehearsals);
  if (ended.length) {
    rows.rehearsals = rows.rehearsals.filter((run) => !ended.includes(run));
    const known = new Set(rows.studyLogs.map((log) => log.id));
    rows.studyLogs = [...rows.studyLogs, ...logs.filter((log) => !known.has(log.id))];
  }
  return rows;
}
