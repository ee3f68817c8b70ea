import type { StateCreator } from 'zustand';
import { blankMiss, type MissRecord, type RevisitTarget, type SessionRecord } from '../domain/records';
import { phaseIds, type FailureModeId, type PhaseId, type WeakDomainId } from '../domain/seed-ids';
import {
  endedClock,
  hasReachedEnd,
  isActiveStatus,
  movedClock,
  pausedClock,
  resumedClock,
  sessionViewAt,
  startedClock,
  type SessionClock,
} from '../domain/session-timer';
import { lengthProblem, sentenceProblem } from '../domain/validation/rule-text';
import { maxNoteLength } from '../domain/validation/session';
import { cleanText, visibleLength } from '../domain/validation/text';
import { keptInHistory } from '../domain/session-timer';
import { newId } from './ids';
import type { RowUpdate, WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

export interface SessionMissFields {
  rule: string;
  saferAction: string;
  domain: WeakDomainId | null;
  failureMode: FailureModeId | null;
  /** Left out, the miss keeps the target the miss log gave it. */
  revisit?: RevisitTarget | null;
}

export type EndStatus = 'completed' | 'finished-early' | 'abandoned';

export type StartOutcome = { ok: true; id: string } | { ok: false; message: string };

export interface SessionSlice {
  /**
   * Starts a session. The database decides, in the transaction that stores it, that no other session runs or
   * is paused (in any tab); otherwise it resolves not ok and nothing is stored.
   */
  startSession(): Promise<StartOutcome>;
  pauseSession(id: string): Promise<WriteOutcome>;
  resumeSession(id: string): Promise<WriteOutcome>;
  /** Moves to the start of the next (+1) or previous (-1) phase. */
  movePhase(id: string, direction: 1 | -1): Promise<WriteOutcome>;
  endSession(id: string, status: EndStatus): Promise<WriteOutcome>;
  /** Marks a running session complete once it has reached minute 60 (also after sleep or a reload). */
  settleSession(id: string): Promise<WriteOutcome>;
  /** Writes one phase's note only, so another tab typing in another phase keeps every character. */
  setSessionNote(id: string, phase: PhaseId, text: string): Promise<WriteOutcome>;
  /**
   * Deletes a session from history. Its miss stays in the miss log, detached from it; restoring the session
   * (undo) attaches it again.
   */
  deleteSession(id: string): Promise<WriteOutcome>;
  restoreSession(session: SessionRecord): Promise<WriteOutcome>;
  /**
   * Writes the changed fields of the one miss a session's 40-50 phase writes; clearing every field removes it
   * again (unless the miss log has since worked on it).
   */
  saveSessionMiss(sessionId: string, patch: Partial<SessionMissFields>): Promise<WriteOutcome>;
}

/** One miss per session, under an id both tabs derive the same way so they never write two. */
export function sessionMissId(sessionId: string): string {
  return `session-${sessionId}`;
}

export function activeSessionOf(sessions: Record<string, SessionRecord>): SessionRecord | null {
  for (const session of Object.values(sessions)) if (isActiveStatus(session.status)) return session;
  return null;
}

const unchanged: WriteOutcome = { ok: true };

export const alreadyRunning =
  'A session is already running or paused (perhaps started in another tab); it is shown here now.';

export const createSessionSlice =
  (deps: SliceDeps): StateCreator<Store, [], [], SessionSlice> =>
  (set, get) => {
    /** Applies a field update to this tab's copy at once and to the stored row when the write runs. */
    function updateRow<T extends 'sessions' | 'misses'>(table: T, key: string, apply: RowUpdate['apply']) {
      const rows = get()[table] as Record<string, unknown>;
      const next = apply(rows[key], []);
      if (next === undefined) return Promise.resolve(unchanged);
      const { [key]: _old, ...rest } = rows;
      set({ [table]: next === null ? rest : { ...rows, [key]: next } } as Partial<Store>);
      return deps.persistence.write([{ table, update: [{ key, apply }] }]);
    }

    /** Applies a clock change to the session as stored when the write runs, skipping changes that change nothing. */
    function update(id: string, change: (clock: SessionClock, now: number) => Partial<SessionRecord>) {
      const session = get().sessions[id];
      if (!session) return Promise.resolve(unchanged);
      const now = deps.now();
      const local = { ...session, ...change(session, now) };
      if (
        Object.keys(local).every(
          (key) => local[key as keyof SessionRecord] === session[key as keyof SessionRecord],
        )
      )
        return Promise.resolve(unchanged);
      return updateRow('sessions', id, (stored) => {
        const row = stored as SessionRecord | undefined;
        return row ? { ...row, ...change(row, now), updatedAt: now } : undefined;
      });
    }

    return {
      async startSession() {
        if (activeSessionOf(get().sessions)) return { ok: false, message: alreadyRunning };
        const now = deps.now();
        const session: SessionRecord = {
          id: newId(),
          ...startedClock(now),
          studiedMs: null,
          notes: {},
          updatedAt: now,
        };
        set({ sessions: { ...get().sessions, [session.id]: session } });
        const outcome = await deps.persistence.write([
          {
            table: 'sessions',
            put: [session],
            refuseIf: {
              test: (row) => isActiveStatus((row as SessionRecord).status),
              message: alreadyRunning,
            },
          },
        ]);
        return outcome.ok ? { ok: true, id: session.id } : outcome;
      },
      pauseSession(id) {
        return update(id, (clock, now) => pausedClock(clock, now));
      },
      resumeSession(id) {
        return update(id, (clock, now) => resumedClock(clock, now));
      },
      movePhase(id, direction) {
        return update(id, (clock, now) => {
          const { phaseIndex } = sessionViewAt(clock, now);
          const target = phaseIndex + direction;
          return target < 0 || target >= phaseIds.length ? clock : movedClock(clock, target, now);
        });
      },
      endSession(id, status) {
        const ended = update(id, (clock, now) =>
          isActiveStatus(clock.status) ? endedClock(clock, now, status) : clock,
        );
        const session = get().sessions[id];
        // A session finished before a whole minute was studied is dropped rather than kept as "0 min", unless a
        // miss was written in it: the miss points at its session, and a backup refuses a miss whose session is gone.
        const hasMiss = Object.values(get().misses).some((miss) => miss.sessionId === id);
        if (session?.status !== 'finished-early' || keptInHistory(session.studiedMs ?? 0) || hasMiss)
          return ended;
        return ended.then((outcome) =>
          outcome.ok
            ? updateRow('sessions', id, (stored) =>
                (stored as SessionRecord | undefined)?.status === 'finished-early' ? null : undefined,
              )
            : outcome,
        );
      },
      settleSession(id) {
        return update(id, (clock, now) =>
          clock.status === 'running' && hasReachedEnd(clock, now)
            ? endedClock(clock, now, 'completed')
            : clock,
        );
      },
      setSessionNote(id, phase, text) {
        const session = get().sessions[id];
        // Written even when this tab already shows the text: its copy may be older than what another tab stored.
        if (!session) return Promise.resolve(unchanged);
        // The import's limit: a note stored longer would make every later backup refuse to import.
        const length = visibleLength(text);
        if (length > maxNoteLength) {
          return Promise.resolve({
            ok: false,
            message: `Keep this note to at most ${maxNoteLength.toLocaleString('en')} characters (now ${length.toLocaleString('en')}); the longer text was not saved.`,
          });
        }
        const now = deps.now();
        return updateRow('sessions', id, (stored) => {
          const row = stored as SessionRecord | undefined;
          return row ? { ...row, notes: { ...row.notes, [phase]: text }, updatedAt: now } : undefined;
        });
      },
      deleteSession(id) {
        const { [id]: removed, ...rest } = get().sessions;
        if (!removed) return Promise.resolve(unchanged);
        // Its miss stays in the log, no longer pointing at a session that is gone (which every backup would
        // then refuse); written in the delete's transaction, so no moment stores one without the other.
        const now = deps.now();
        const detach = (miss: MissRecord | undefined): MissRecord | undefined =>
          miss?.sessionId === id ? { ...miss, sessionId: null, updatedAt: now } : undefined;
        const misses = Object.values(get().misses).filter((miss) => miss.sessionId === id);
        set({
          sessions: rest,
          misses: { ...get().misses, ...Object.fromEntries(misses.map((miss) => [miss.id, detach(miss)!])) },
        });
        return deps.persistence.write([
          { table: 'sessions', delete: [id] },
          {
            table: 'misses',
            update: misses.map((miss) => ({ key: miss.id, apply: (stored) => detach(stored as MissRecord) })),
          },
        ]);
      },
      restoreSession(session) {
        const missId = sessionMissId(session.id);
        const now = deps.now();
        // Undo attaches the session's miss again, unless the log has since put it in a set.
        const attach = (miss: MissRecord | undefined): MissRecord | undefined =>
          miss && miss.sessionId === null && miss.setId === null
            ? { ...miss, sessionId: session.id, updatedAt: now }
            : undefined;
        const attached = attach(get().misses[missId]);
        set({
          sessions: { ...get().sessions, [session.id]: session },
          ...(attached ? { misses: { ...get().misses, [missId]: attached } } : {}),
        });
        return deps.persistence.write([
          { table: 'sessions', put: [session] },
          { table: 'misses', update: [{ key: missId, apply: (stored) => attach(stored as MissRecord) }] },
        ]);
      },
      saveSessionMiss(sessionId, given) {
        const patch = { ...given };
        for (const key of ['rule', 'saferAction'] as const) {
          const text = patch[key];
          if (text === undefined) continue;
          // The miss form's checks, so the miss log never holds a rule its own form or the import would refuse.
          const what = key === 'rule' ? 'rule' : 'safer-action rule';
          const problem = lengthProblem(text, what) ?? sentenceProblem(text, what);
          if (problem) return Promise.resolve({ ok: false, message: problem });
          // As the miss log's forms do: text that shows nothing is stored as nothing, so every export imports.
          if (cleanText(text) === '') patch[key] = '';
        }
        const id = sessionMissId(sessionId);
        const now = deps.now();
        return updateRow('misses', id, (stored) => {
          const existing = stored as MissRecord | undefined;
          const miss: MissRecord = {
            ...blankMiss(id, { setId: null, sessionId }, now),
            ...existing,
            id,
            sessionId,
            ...patch,
            updatedAt: now,
          };
          const empty =
            !miss.rule.trim() &&
            !miss.saferAction.trim() &&
            !miss.domain &&
            !miss.failureMode &&
            !miss.revisit;
          if (!empty) return miss;
          // A miss the log has since worked on (retests) is kept even when emptied here.
          if (!existing) return undefined;
          return existing.retests.length > 0 ? miss : null;
        });
      },
    };
  };
