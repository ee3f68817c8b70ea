/**
 * The exam-day rehearsal as arithmetic. The ML-PRO exam is about 60 questions in 120 minutes, so the pace is
 * two minutes a question; a shorter run gets proportionally less time. The clock is the session timer's
 * (stored instants, never ticks), so everything here takes a position on that clock or an instant, never reads one.
 */
import { localIsoDate, type IsoDate } from './dates';
import type { MixedSetRecord, PracticeExamFacts, RehearsalRecord } from './records';
import { examMinutes, examQuestions } from './exam-shape';
import { positionMsAt, startedClock, studiedMsAt } from './session-timer';
import { maxQuestions, maxSetLabelLength } from './validation/set';
import { cleanText, hasLineBreak, visibleLength } from './validation/text';

const minuteMs = 60_000;

export const maxSourceLength = 60;
/** Longer than any real sitting: four times the exam. */
export const maxExamMinutes = 480;
const tenMinutesMs = 10 * minuteMs;

/** The exam's own pace, two minutes a question, rounded to whole minutes with at least one. */
export function proportionalMinutes(questions: number): number {
  return Math.max(1, Math.round((questions * examMinutes) / examQuestions));
}

/** How long the clock runs: an untimed run never reaches an end. */
export function clockLengthMs(run: Pick<RehearsalRecord, 'timed' | 'limitMs'>): number {
  return run.timed ? run.limitMs : Number.POSITIVE_INFINITY;
}

/** The question the learner should be on at `positionMs` to finish on time: question 1 from the first second. */
export function questionDueAt(positionMs: number, questions: number, limitMs: number): number {
  const perQuestion = limitMs / questions;
  return Math.min(questions, Math.max(1, Math.floor(positionMs / perQuestion) + 1));
}

/** Questions ahead (positive) or behind (negative) the pace: where the learner is against where they should be. */
export function paceGap(current: number, due: number): number {
  return current - due;
}

export function paceText(gap: number): string {
  if (gap === 0) return 'On pace';
  const n = Math.abs(gap);
  return `${gap > 0 ? 'Ahead' : 'Behind'} by ${n} ${n === 1 ? 'question' : 'questions'}`;
}

/**
 * The alerts a run has passed at this position: half time, then ten minutes left (only when the exam is long
 * enough for the two to be apart), then the end of a timed run. A chime sounds when the count goes up.
 */
export function alertsPassed(positionMs: number, limitMs: number, timed: boolean): number {
  let passed = 0;
  if (positionMs >= limitMs / 2) passed++;
  if (limitMs > 2 * tenMinutesMs && positionMs >= limitMs - tenMinutesMs) passed++;
  if (timed && positionMs >= limitMs) passed++;
  return passed;
}

export interface RehearsalView {
  positionMs: number;
  /** Time left of the exam's time; negative once an untimed run has gone past it. */
  leftMs: number;
  due: number;
  gap: number;
  /** A timed run whose time is up. */
  timeUp: boolean;
}

export function rehearsalViewAt(run: RehearsalRecord, now: number): RehearsalView {
  const positionMs = positionMsAt(run, now, clockLengthMs(run));
  const due = questionDueAt(positionMs, run.questions, run.limitMs);
  return {
    positionMs,
    leftMs: run.limitMs - positionMs,
    due,
    gap: paceGap(run.current, due),
    timeUp: run.timed && positionMs >= run.limitMs,
  };
}

export interface RehearsalOptions {
  questions: number;
  minutes: number;
  timed: boolean;
  source: string;
}

export type RehearsalOptionProblems = Partial<Record<keyof RehearsalOptions, string>>;

export function rehearsalOptionProblems(options: RehearsalOptions): RehearsalOptionProblems {
  const problems: RehearsalOptionProblems = {};
  if (!Number.isInteger(options.questions) || options.questions < 1 || options.questions > maxQuestions) {
    problems.questions = `Enter a whole number of questions from 1 to ${maxQuestions}.`;
  }
  if (!Number.isInteger(options.minutes) || options.minutes < 1 || options.minutes > maxExamMinutes) {
    problems.minutes = `Enter whole minutes from 1 to ${maxExamMinutes}.`;
  }
  const source = cleanText(options.source);
  if (source.length === 0) problems.source = 'Name the question source, e.g. "Databricks practice exam".';
  else if (source !== options.source || hasLineBreak(source)) problems.source = 'Keep the name to one line.';
  else if (visibleLength(source) > maxSourceLength) {
    problems.source = `Keep the name to ${maxSourceLength} characters.`;
  }
  return problems;
}

export function startedRehearsal(id: string, options: RehearsalOptions, now: number): RehearsalRecord {
  const clock = startedClock(now);
  return {
    id,
    status: 'running',
    startedAt: clock.startedAt,
    shiftMs: 0,
    pausedMs: 0,
    pausedAt: null,
    endedAt: null,
    questions: options.questions,
    limitMs: options.minutes * minuteMs,
    timed: options.timed,
    source: options.source,
    current: 1,
    visits: [{ question: 1, atMs: 0 }],
    flagged: [],
    updatedAt: now,
  };
}

/** The learner says they are on `question`; its first visit is kept with the clock's position. */
export function markedQuestion(run: RehearsalRecord, question: number, now: number): RehearsalRecord {
  if (!Number.isInteger(question) || question < 1 || question > run.questions) return run;
  const visited = run.visits.some((visit) => visit.question === question);
  if (visited && run.current === question) return run;
  const atMs = positionMsAt(run, now, clockLengthMs(run));
  return {
    ...run,
    current: question,
    visits: visited ? run.visits : [...run.visits, { question, atMs }],
    updatedAt: now,
  };
}

export function toggledFlag(run: RehearsalRecord, question: number, now: number): RehearsalRecord {
  const flagged = run.flagged.includes(question)
    ? run.flagged.filter((q) => q !== question)
    : [...run.flagged, question].sort((a, b) => a - b);
  return { ...run, flagged, updatedAt: now };
}

/** The last question of each quarter: 15, 30, 45, 60 for the exam; fewer than four questions repeat some. */
export function quarterEnds(questions: number): number[] {
  return [1, 2, 3, 4].map((quarter) => Math.ceil((questions * quarter) / 4));
}

/**
 * Time spent on each quarter of the questions. A quarter ends when the learner first moves past its last
 * question; a quarter never left (or left by jumping back) ends with the run, and a later quarter never ends
 * before an earlier one, so the four always add up to the time used.
 */
export function quarterTimes(run: Pick<RehearsalRecord, 'questions' | 'visits'>, usedMs: number): number[] {
  let previous = 0;
  return quarterEnds(run.questions).map((last) => {
    const leftAt = run.visits
      .filter((visit) => visit.question > last)
      .reduce((first, visit) => Math.min(first, visit.atMs), usedMs);
    const end = Math.min(usedMs, Math.max(previous, leftAt));
    const spent = end - previous;
    previous = end;
    return spent;
  });
}

/** The target for each quarter at the exam's pace, for comparing `quarterTimes` against. */
export function quarterTargets(questions: number, limitMs: number): number[] {
  let previous = 0;
  return quarterEnds(questions).map((last) => {
    const target = ((last - previous) * limitMs) / questions;
    previous = last;
    return target;
  });
}

export function practiceExamLabel(source: string): string {
  const label = `Practice exam: ${source}`;
  return visibleLength(label) <= maxSetLabelLength ? label : `${label.slice(0, maxSetLabelLength - 1)}…`;
}

/**
 * The finished run as the mixed set every view already reads (analytics, collapsing and narrowing, progress,
 * booking). It is dated on the day the run started: a rehearsal that ran past midnight is that evening's set.
 */
export function practiceExamSet(
  run: RehearsalRecord,
  correct: number,
  { id, now }: { id: string; now: number },
): MixedSetRecord {
  const usedMs = studiedMsAt(run, now, clockLengthMs(run));
  const practiceExam: PracticeExamFacts = {
    kind: 'practice-exam',
    source: run.source,
    limitMs: run.limitMs,
    timed: run.timed,
    usedMs,
    quarterMs: quarterTimes(run, usedMs),
    flagged: run.flagged,
  };
  const date: IsoDate = localIsoDate(run.startedAt);
  return {
    id,
    date,
    label: practiceExamLabel(run.source),
    questions: run.questions,
    correct,
    practiceExam,
    createdAt: now,
    updatedAt: now,
  };
}

function questionsProblem(numbers: readonly number[], questions: number, what: string): string | null {
  if (numbers.some((n) => n > questions)) return `${what}: names a question past the last (${questions})`;
  if (new Set(numbers).size !== numbers.length) return `${what}: names a question twice`;
  return null;
}

/** What only the whole row can break, for the import: the field checks are the backup schema's. */
export function practiceExamProblem(set: MixedSetRecord): string | null {
  const exam = set.practiceExam;
  if (!exam) return null;
  if (exam.timed && exam.usedMs > exam.limitMs) return 'practiceExam.usedMs: is longer than the exam time';
  if (exam.quarterMs.reduce((sum, ms) => sum + ms, 0) !== exam.usedMs) {
    return 'practiceExam.quarterMs: does not add up to the time used';
  }
  return questionsProblem(exam.flagged, set.questions, 'practiceExam.flagged');
}

export function rehearsalProblem(run: RehearsalRecord): string | null {
  if ((run.status === 'paused') !== (run.pausedAt !== null)) return 'pausedAt: does not match its status';
  if (run.status === 'paused' && run.timed) return 'status: a timed practice exam cannot be paused';
  if (run.current > run.questions) return `current: is past the last question (${run.questions})`;
  return (
    questionsProblem(run.flagged, run.questions, 'flagged') ??
    questionsProblem(
      run.visits.map((visit) => visit.question),
      run.questions,
      'visits',
    )
  );
}
