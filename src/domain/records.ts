/**
 * Every kind of record the product keeps, as stored in IndexedDB and in backups. Schema v1 holds all of them
 * from the start so later features add fields and versions rather than reshape tables. Times are epoch
 * milliseconds; calendar dates are ISO strings.
 */
import type { IsoDate } from './dates';
import type { ReminderChoices } from './reminder-choices';
import type { BookingCheckId } from './seed';
import type { FailureModeId, LessonId, PhaseId, WeakDomainId } from './seed-ids';
import type { Setup } from './setup';

export type Theme = 'system' | 'light' | 'dark';

export interface Preferences {
  theme: Theme;
  sound: boolean;
  notifications: boolean;
  /** Added after release 0.1.0: rows and backups saved before have none, and the Data page shows the defaults. */
  calendarReminders?: ReminderChoices;
}

export const defaultPreferences: Preferences = { theme: 'system', sound: true, notifications: false };

export type ExamResult = 'passed' | 'not-yet' | 'rescheduled';

/** The learner's answer to "how did it go", for the exam on `examDate`: a new exam date asks again. */
export interface ExamOutcome {
  examDate: IsoDate;
  result: ExamResult;
}

/**
 * When the learner last exported a full backup on this device (null before the first), and, after an import, the
 * export time of the file the data was restored from. A restored file holds the data up to its own time, but it
 * is not a backup made here: only an export sets `lastExportedAt`. Rows stored before `restoredFromAt` existed
 * lack it, which reads as none.
 */
export interface BackupLog {
  lastExportedAt: number | null;
  restoredFromAt?: number | null;
}

export const defaultBackupLog: BackupLog = { lastExportedAt: null };

export type SettingsRecord =
  | { key: 'setup'; value: Setup; updatedAt: number }
  | { key: 'preferences'; value: Preferences; updatedAt: number }
  | { key: 'examOutcome'; value: ExamOutcome; updatedAt: number }
  | { key: 'backups'; value: BackupLog; updatedAt: number };

/** A ticked task (plan task, last-7-day day, or extra task). Unticking deletes the row. */
export interface TickRecord {
  id: string;
  tickedAt: number;
}

/** A task the learner added to a plan week, e.g. a repair path from the miss log. */
export interface ExtraTaskRecord {
  id: string;
  label: string;
  lessons: LessonId[];
  /** Shown in the route week that contains this date. */
  weekOf: IsoDate;
  createdAt: number;
}

/** A booking self-check with its one-line justification (stored in the `signals` table). */
export interface SelfCheckRecord {
  id: Exclude<BookingCheckId, 'misses-narrow'>;
  checked: boolean;
  justification: string;
  updatedAt: number;
}

export type SessionStatus = 'running' | 'paused' | 'completed' | 'finished-early' | 'abandoned';

export interface SessionRecord {
  id: string;
  status: SessionStatus;
  /** Wall-clock instant the session (re)started counting; with the offsets below, time is derived, never ticked. */
  startedAt: number;
  /** Milliseconds of study added or skipped by next/previous phase moves. */
  shiftMs: number;
  /** Total paused milliseconds before the current pause. */
  pausedMs: number;
  pausedAt: number | null;
  endedAt: number | null;
  /** Study minutes actually spent, set when the session ends. */
  studiedMs: number | null;
  notes: Partial<Record<PhaseId, string>>;
  updatedAt: number;
}

/** Study done away from the in-app timer, logged by hand; it counts in the week of `date`. */
export interface StudyLogRecord {
  id: string;
  date: IsoDate;
  minutes: number;
  what: string;
  createdAt: number;
  updatedAt: number;
}

export interface MixedSetRecord {
  id: string;
  date: IsoDate;
  label: string;
  questions: number;
  correct: number;
  /** Present only on a set that was a timed practice exam (added in schema 8; older sets have none). */
  practiceExam?: PracticeExamFacts;
  createdAt: number;
  updatedAt: number;
}

/** What a practice exam adds to its mixed set: its source, its clock and how the time was spent. */
export interface PracticeExamFacts {
  kind: 'practice-exam';
  source: string;
  /** The exam's time; an untimed run keeps it as the pace it was measured against. */
  limitMs: number;
  timed: boolean;
  /** Time actually used, pauses excluded, never past the limit of a timed run. */
  usedMs: number;
  /** Time spent on each quarter of the questions, in order. */
  quarterMs: number[];
  /** Question numbers flagged for review when the run finished. */
  flagged: number[];
}

/** The first time the learner marked a question as the one they are on, as a position on the exam clock. */
export interface QuestionVisit {
  question: number;
  atMs: number;
}

/**
 * A practice exam in progress. Its clock fields are the session timer's (derived from stored instants, never
 * ticked); finishing turns it into a mixed set and removes this row, so at most one exists.
 */
export interface RehearsalRecord {
  id: string;
  status: 'running' | 'paused';
  startedAt: number;
  /** Always 0: a practice exam has no phases to skip; kept so the session timer's clock reads it. */
  shiftMs: number;
  pausedMs: number;
  pausedAt: number | null;
  endedAt: number | null;
  questions: number;
  limitMs: number;
  timed: boolean;
  source: string;
  /** The question the learner says they are on (1-based). */
  current: number;
  visits: QuestionVisit[];
  flagged: number[];
  updatedAt: number;
}

export type RevisitTarget =
  { kind: 'lesson'; lessonId: LessonId } | { kind: 'doc'; title: string; url: string };

export interface RetestResult {
  day: 1 | 3 | 7;
  held: boolean;
  at: number;
}

export interface MissRecord {
  id: string;
  /** The mixed set it came from; null for a miss written in a session. */
  setId: string | null;
  sessionId: string | null;
  domain: WeakDomainId | null;
  failureMode: FailureModeId | null;
  rule: string;
  saferAction: string;
  revisit: RevisitTarget | null;
  /** What the question was about (never its answer), shown when the rule is recalled. Absent on older rows. */
  cue?: string;
  revisited: boolean;
  retests: RetestResult[];
  createdAt: number;
  updatedAt: number;
}

/** A miss with nothing recorded yet: the start of a session's miss, or a practice exam's miss left for later. */
export function blankMiss(
  id: string,
  owner: Pick<MissRecord, 'setId' | 'sessionId'>,
  now: number,
): MissRecord {
  return {
    id,
    ...owner,
    domain: null,
    failureMode: null,
    rule: '',
    saferAction: '',
    revisit: null,
    revisited: false,
    retests: [],
    createdAt: now,
    updatedAt: now,
  };
}
