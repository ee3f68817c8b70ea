/**
 * The 60-minute session as pure arithmetic on stored instants. Nothing here counts ticks: a session's position is
 * always `now - startedAt - pausedMs + shiftMs`, so a reload, a laptop that slept or a throttled background tab
 * all read the same answer from the same record. When the device clock jumps back, positions clamp at zero
 * instead of going negative.
 */
import type { SessionRecord, SessionStatus } from './records';
import { phaseIds, phaseMinuteBounds, type PhaseId } from './seed-ids';

const minuteMs = 60_000;

export const sessionLengthMs = 60 * minuteMs;

/** The fields that decide where a session stands. */
export type SessionClock = Pick<
  SessionRecord,
  'status' | 'startedAt' | 'shiftMs' | 'pausedMs' | 'pausedAt' | 'endedAt'
>;

export type ActiveStatus = Extract<SessionStatus, 'running' | 'paused'>;

export function isActiveStatus(status: SessionStatus): status is ActiveStatus {
  return status === 'running' || status === 'paused';
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The instant a session's time stands at: a paused or ended session stops where it stopped. */
function standsAt(session: SessionClock, now: number): number {
  return session.pausedAt ?? session.endedAt ?? now;
}

/** Position without clamping; phase moves shift from here so they land exactly even after a clock jump. */
function rawPositionMs(session: SessionClock, now: number): number {
  return standsAt(session, now) - session.startedAt - session.pausedMs + session.shiftMs;
}

/**
 * Where the session stands in its 60 minutes: study time plus phase moves, within 0..60 minutes. A practice
 * exam runs on the same clock with its own length (`Infinity` for an untimed run).
 */
export function positionMsAt(session: SessionClock, now: number, lengthMs = sessionLengthMs): number {
  return clamp(rawPositionMs(session, now), 0, lengthMs);
}

/** The instant a running session reaches minute 60 (or `lengthMs`) if nothing else happens. */
export function endInstantOf(session: SessionClock, lengthMs = sessionLengthMs): number {
  return session.startedAt + session.pausedMs - session.shiftMs + lengthMs;
}

export function hasReachedEnd(session: SessionClock, now: number, lengthMs = sessionLengthMs): boolean {
  return rawPositionMs(session, now) >= lengthMs;
}

/**
 * Real study time: time spent running, pauses excluded, phase moves not counted. A running session that went
 * past minute 60 unseen (the laptop slept) counts only up to its end.
 */
export function studiedMsAt(session: SessionClock, now: number, lengthMs = sessionLengthMs): number {
  const until = Math.min(standsAt(session, now), endInstantOf(session, lengthMs));
  return Math.max(0, until - session.startedAt - session.pausedMs);
}

export interface PhaseBounds {
  startMs: number;
  endMs: number;
}

export function phaseBounds(index: number): PhaseBounds {
  const i = clamp(index, 0, phaseIds.length - 1);
  return { startMs: phaseMinuteBounds[i]! * minuteMs, endMs: phaseMinuteBounds[i + 1]! * minuteMs };
}

/** Index of the phase a position falls in; minute 60 itself belongs to the last phase. */
export function phaseIndexAt(positionMs: number): number {
  const index = phaseIds.findIndex((_, i) => positionMs < phaseMinuteBounds[i + 1]! * minuteMs);
  return index === -1 ? phaseIds.length - 1 : Math.max(0, index);
}

export interface SessionView {
  positionMs: number;
  phaseIndex: number;
  phaseId: PhaseId;
  /** Time already spent in the current phase. */
  phaseElapsedMs: number;
  phaseLeftMs: number;
  sessionLeftMs: number;
  /** True once minute 60 is reached. */
  atEnd: boolean;
}

export function sessionViewAt(session: SessionClock, now: number): SessionView {
  const positionMs = positionMsAt(session, now);
  const phaseIndex = phaseIndexAt(positionMs);
  const bounds = phaseBounds(phaseIndex);
  return {
    positionMs,
    phaseIndex,
    phaseId: phaseIds[phaseIndex]!,
    phaseElapsedMs: positionMs - bounds.startMs,
    phaseLeftMs: bounds.endMs - positionMs,
    sessionLeftMs: sessionLengthMs - positionMs,
    atEnd: positionMs >= sessionLengthMs,
  };
}

/** How far `positionMs` is into each phase, 0..length: drives the five-part progress bar. */
export function phaseFill(positionMs: number): { lengthMs: number; doneMs: number }[] {
  return phaseIds.map((_, index) => {
    const { startMs, endMs } = phaseBounds(index);
    return { lengthMs: endMs - startMs, doneMs: clamp(positionMs - startMs, 0, endMs - startMs) };
  });
}

/** A brand-new running session. */
export function startedClock(now: number): SessionClock {
  return { status: 'running', startedAt: now, shiftMs: 0, pausedMs: 0, pausedAt: null, endedAt: null };
}

export function pausedClock(session: SessionClock, now: number): SessionClock {
  if (session.status !== 'running') return session;
  return { ...session, status: 'paused', pausedAt: now };
}

/**
 * Resumes where the session was shown when it was paused. The pause adds `now - pausedAt`, which is negative
 * when the clock jumped back during the pause: that keeps the position exactly where the learner left it. A
 * pause taken while the clock stood before the session's start (moved back, then a reload) was shown at
 * minute 0, not at its raw negative position: resuming there, rather than hours before the start, keeps the
 * timer from standing at 60:00 until the wall clock catches up with a pause that lasted minutes.
 */
export function resumedClock(session: SessionClock, now: number): SessionClock {
  if (session.status !== 'paused' || session.pausedAt === null) return session;
  const behindStart = Math.min(0, rawPositionMs(session, now));
  return {
    ...session,
    status: 'running',
    pausedMs: session.pausedMs + (now - session.pausedAt) + behindStart,
    pausedAt: null,
  };
}

/** Jumps to the start of phase `index` (next or previous); study time is untouched, only the position moves. */
export function movedClock(session: SessionClock, index: number, now: number): SessionClock {
  if (!isActiveStatus(session.status)) return session;
  const target = phaseBounds(index).startMs;
  return { ...session, shiftMs: session.shiftMs + target - rawPositionMs(session, now) };
}

/**
 * Ends a session. A session that ran past minute 60 unseen ends at minute 60, not at the moment somebody looked;
 * a paused one ends where it was paused.
 */
export function endedClock(
  session: SessionClock,
  now: number,
  status: Exclude<SessionStatus, ActiveStatus>,
): SessionClock & { studiedMs: number } {
  const end = Math.min(standsAt(session, now), endInstantOf(session));
  const ended = { ...session, status, pausedAt: null, endedAt: Math.max(end, session.startedAt) };
  return { ...ended, studiedMs: studiedMsAt(session, now) };
}

/** "8:00": minutes and seconds, rounded up so a countdown shows 0:00 only when time is really up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Milliseconds until what a countdown shows next changes: the next whole second, or with `unitMs` a minute. */
export function msUntilNextChange(leftMs: number, unitMs = 1000): number {
  if (leftMs <= 0) return unitMs;
  const rest = leftMs % unitMs;
  return rest === 0 ? unitMs : rest;
}

/** A session that ended with less than a minute studied is not history: a mis-tap, not study. */
export function keptInHistory(studiedMs: number): boolean {
  return studiedMs >= 60_000;
}
