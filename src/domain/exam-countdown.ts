import { addDays, localInstant, type IsoDate } from './dates';
import { lastSevenDays } from './seed';

export interface CountdownDay {
  day: number;
  date: IsoDate;
  focus: string;
}

/** Tick id: by day number, so moving the exam keeps what was ticked. */
export function countdownTickId(day: number): string {
  return `last-7:day-${day}`;
}

/** Day 7 .. Day 1 placed on the seven dates before the exam. */
export function lastSevenDayPlan(examDate: IsoDate): CountdownDay[] {
  return lastSevenDays.map(({ day, focus }) => ({
    day,
    date: addDays(examDate, -day),
    focus,
  }));
}

const hourMs = 3_600_000;

export type ExamPhase = 'no-exam' | 'before-final-72' | 'final-72' | 'after-exam';

export interface ExamClock {
  phase: ExamPhase;
  /** Hours until the exam starts, rounded up; null without an exam date. */
  hoursToExam: number | null;
}

/** Where `now` stands against the exam's start. The exam is assumed to last four hours. */
export function examClock(examDate: IsoDate | null, examTime: string, now: number): ExamClock {
  if (!examDate) return { phase: 'no-exam', hoursToExam: null };
  const start = localInstant(examDate, examTime);
  const hoursToExam = Math.ceil((start - now) / hourMs);
  if (now >= start + 4 * hourMs) return { phase: 'after-exam', hoursToExam };
  if (now >= start - 72 * hourMs) return { phase: 'final-72', hoursToExam };
  return { phase: 'before-final-72', hoursToExam };
}
