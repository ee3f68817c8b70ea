import type { StateCreator } from 'zustand';
import type { MissRecord, RevisitTarget, SessionRecord } from '../domain/records';
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
import { keptInHistory } from '../domain/session-hours';
import { newId } from './ids';
import type { StoreContext } from './store-context';
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

export interface SessionSlice {
  /** Starts a session and returns its id, or null when one is already running or paused (in any tab). */
  startSession(): string | null;
  pauseSession(id: string): void;
  resumeSession(id: string): void;
  /** Moves to the start of the next (+1) or previous (-1) phase. */
  movePhase(id: string, direction: 1 | -1): void;
  endSession(id: string, status: EndStatus): void;
  /** Marks a running session complete once it has reached minute 60 (also after sleep or a reload). */
  settleSession(id: string): void;
  setSessionNote(id: string, phase: PhaseId, text: string): void;
  /** Deletes a session from history and returns it so it can be restored. Its miss stays in the miss log. */
  deleteSession(id: string): SessionRecord | null;
  restoreSession(session: SessionRecord): void;
  /** Upserts the one miss a session's 40-50 phase writes; clearing both rules removes it again. */
  saveSessionMiss(sessionId: string, fields: SessionMissFields): void;
}

/** One miss per session, under an id both tabs derive the same way so they never write two. */
export function sessionMissId(sessionId: string): string {
  return `session-${sessionId}`;
}

export function activeSessionOf(sessions: Record<string, SessionRecord>): SessionRecord | null {
  for (const session of Object.values(sessions)) if (isActiveStatus(session.status)) return session;
  return null;
}

export const createSessionSlice =
  (ctx: StoreContext): StateCreator<Store, [], [], SessionSlice> =>
  (set, get) => {
    function put(session: SessionRecord) {
      set({ sessions: { ...get().sessions, [session.id]: session } });
      void ctx.persistence.write([{ table: 'sessions', put: [session] }]);
    }

    /** Applies a clock change to an existing session, skipping writes that change nothing. */
    function update(id: string, change: (clock: SessionClock, now: number) => Partial<SessionRecord>) {
      const session = get().sessions[id];
      if (!session) return;
      const now = ctx.now();
      const next = { ...session, ...change(session, now) };
      if (
        Object.keys(next).every(
          (key) => next[key as keyof SessionRecord] === session[key as keyof SessionRecord],
        )
      )
        return;
      put({ ...next, updatedAt: now });
    }

    return {
      startSession() {
        if (activeSessionOf(get().sessions)) return null;
        const now = ctx.now();
        const session: SessionRecord = {
          id: newId(),
          ...startedClock(now),
          studiedMs: null,
          notes: {},
          updatedAt: now,
        };
        put(session);
        return session.id;
      },
      pauseSession(id) {
        update(id, (clock, now) => pausedClock(clock, now));
      },
      resumeSession(id) {
        update(id, (clock, now) => resumedClock(clock, now));
      },
      movePhase(id, direction) {
        update(id, (clock, now) => {
          const { phaseIndex } = sessionViewAt(clock, now);
          const target = phaseIndex + direction;
          return target < 0 || target >= phaseIds.length ? clock : movedClock(clock, target, now);
        });
      },
      endSession(id, status) {
        update(id, (clock, now) => (isActiveStatus(clock.status) ? endedClock(clock, now, status) : clock));
        const ended = get().sessions[id];
        // A session finished before a whole minute was studied is dropped rather than kept as "0 min".
        if (ended?.status === 'finished-early' && !keptInHistory(ended.studiedMs ?? 0)) {
          const { [id]: _dropped, ...sessions } = get().sessions;
          set({ sessions });
          void ctx.persistence.write([{ table: 'sessions', delete: [id] }]);
        }
      },
      settleSession(id) {
        update(id, (clock, now) =>
          clock.status === 'running' && hasReachedEnd(clock, now)
            ? endedClock(clock, now, 'completed')
            : clock,
        );
      },
      setSessionNote(id, phase, text) {
        const session = get().sessions[id];
        if (!session || session.notes[phase] === text) return;
        put({ ...session, notes: { ...session.notes, [phase]: text }, updatedAt: ctx.now() });
      },
      deleteSession(id) {
        const { [id]: removed, ...sessions } = get().sessions;
        if (!removed) return null;
        set({ sessions });
        void ctx.persistence.write([{ table: 'sessions', delete: [id] }]);
        return removed;
      },
      restoreSession(session) {
        put(session);
      },
      saveSessionMiss(sessionId, fields) {
        const id = sessionMissId(sessionId);
        const existing = get().misses[id];
        const now = ctx.now();
        if (
          !fields.rule.trim() &&
          !fields.saferAction.trim() &&
          !fields.domain &&
          !fields.failureMode &&
          !(fields.revisit === undefined ? existing?.revisit : fields.revisit)
        ) {
          // A miss the log has since worked on (retests) is kept even when emptied here.
          if (!existing || existing.retests.length > 0) return;
          const { [id]: _removed, ...misses } = get().misses;
          set({ misses });
          void ctx.persistence.write([{ table: 'misses', delete: [id] }]);
          return;
        }
        const miss: MissRecord = {
          setId: null,
          revisit: null,
          revisited: false,
          retests: [],
          createdAt: now,
          ...existing,
          id,
          sessionId,
          ...fields,
          updatedAt: now,
        };
        set({ misses: { ...get().misses, [id]: miss } });
        void ctx.persistence.write([{ table: 'misses', put: [miss] }]);
      },
    };
  };
