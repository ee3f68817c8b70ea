import { describe, expect, it } from 'vitest';
import {
  alertsPassed,
  markedQuestion,
  paceGap,
  paceText,
  practiceExamSet,
  proportionalMinutes,
  quarterTimes,
  questionDueAt,
  rehearsalOptionProblems,
  rehearsalViewAt,
  startedRehearsal,
  toggledFlag,
} from '../../src/domain/practice-exam';
import { practiceExamOffered } from '../../src/domain/exam-shape';
import { pausedClock, resumedClock } from '../../src/domain/session-timer';
import type { RehearsalRecord } from '../../src/domain/records';
import { validateSet } from '../../src/domain/validation/set';

const minute = 60_000;
const t0 = new Date(2026, 11, 3, 21, 0).getTime();
const exam = { questions: 60, minutes: 120, timed: true, source: 'Databricks practice exam' };

describe('pace maths', () => {
  it('gives the exam two minutes a question and a shorter run proportional time', () => {
    expect(proportionalMinutes(60)).toBe(120);
    expect(proportionalMinutes(30)).toBe(60);
    expect(proportionalMinutes(45)).toBe(90);
    expect(proportionalMinutes(1)).toBe(2);
    expect(proportionalMinutes(7)).toBe(14);
  });

  it('puts the learner on question 1 at the start and on question t/2 + 1 at minute t', () => {
    const limit = 120 * minute;
    expect(questionDueAt(0, 60, limit)).toBe(1);
    expect(questionDueAt(1.99 * minute, 60, limit)).toBe(1);
    expect(questionDueAt(2 * minute, 60, limit)).toBe(2);
    expect(questionDueAt(37 * minute, 60, limit)).toBe(19);
    expect(questionDueAt(60 * minute, 60, limit)).toBe(31);
    expect(questionDueAt(119.9 * minute, 60, limit)).toBe(60);
    // Past the end (an untimed run) it never asks for question 61.
    expect(questionDueAt(200 * minute, 60, limit)).toBe(60);
    // 20 questions in 30 minutes: 1.5 minutes each.
    expect(questionDueAt(15 * minute, 20, 30 * minute)).toBe(11);
  });

  it('says ahead or behind by whole questions', () => {
    expect(paceGap(22, 19)).toBe(3);
    expect(paceGap(18, 19)).toBe(-1);
    expect(paceText(paceGap(22, 19))).toBe('Ahead by 3 questions');
    expect(paceText(paceGap(18, 19))).toBe('Behind by 1 question');
    expect(paceText(0)).toBe('On pace');
  });

  it('chimes at half time and at ten minutes left, and not twice for a short run', () => {
    const limit = 120 * minute;
    expect(alertsPassed(59.9 * minute, limit, true)).toBe(0);
    expect(alertsPassed(60 * minute, limit, true)).toBe(1);
    expect(alertsPassed(110 * minute, limit, true)).toBe(2);
    expect(alertsPassed(120 * minute, limit, true)).toBe(3);
    expect(alertsPassed(130 * minute, limit, false)).toBe(2);
    // 16 minutes: ten minutes left would fall before half time.
    expect(alertsPassed(8 * minute, 16 * minute, true)).toBe(1);
    expect(alertsPassed(15 * minute, 16 * minute, true)).toBe(1);
  });

  it('reads the clock from stored instants: a reload, a sleep past the end, a clock jump back', () => {
    let run = startedRehearsal('r1', exam, t0);
    run = markedQuestion(run, 19, t0 + 37 * minute);
    // The same record read at the same instant (a reload) gives the same view.
    expect(rehearsalViewAt(run, t0 + 37 * minute)).toEqual(rehearsalViewAt({ ...run }, t0 + 37 * minute));
    expect(rehearsalViewAt(run, t0 + 37 * minute)).toMatchObject({ due: 19, gap: 0, leftMs: 83 * minute });
    // The laptop slept for three hours: the run stops at its limit.
    expect(rehearsalViewAt(run, t0 + 300 * minute)).toMatchObject({
      positionMs: 120 * minute,
      leftMs: 0,
      due: 60,
      gap: -41,
      timeUp: true,
    });
    // The device clock jumped back before the start.
    expect(rehearsalViewAt(run, t0 - 5 * minute).positionMs).toBe(0);
  });

  it('lets an untimed run pause and go past the exam time', () => {
    let run = startedRehearsal('r1', { ...exam, timed: false }, t0);
    run = { ...run, ...pausedClock(run, t0 + 10 * minute) } as RehearsalRecord;
    run = { ...run, ...resumedClock(run, t0 + 50 * minute) } as RehearsalRecord;
    expect(rehearsalViewAt(run, t0 + 60 * minute).positionMs).toBe(20 * minute);
    const late = rehearsalViewAt(run, t0 + 200 * minute);
    expect(late).toMatchObject({ positionMs: 160 * minute, leftMs: -40 * minute, timeUp: false });
  });
});

describe('options', () => {
  it('accepts the exam defaults and explains each bad field', () => {
    expect(rehearsalOptionProblems(exam)).toEqual({});
    expect(rehearsalOptionProblems({ questions: 0, minutes: 1.5, timed: true, source: ' ' })).toEqual({
      questions: 'Enter a whole number of questions from 1 to 500.',
      minutes: 'Enter whole minutes from 1 to 480.',
      source: 'Name the question source, e.g. "Databricks practice exam".',
    });
  });
});

describe('practiceExamSet', () => {
  function ranExam(): RehearsalRecord {
    let run = startedRehearsal('r1', exam, t0);
    // Fast first quarter, slow second, then back to 20 after a look ahead.
    for (const [question, at] of [
      [16, 25],
      [31, 70],
      [46, 100],
      [20, 105],
      [60, 112],
    ] as const) {
      run = markedQuestion(run, question, t0 + at * minute);
    }
    run = toggledFlag(run, 12, t0 + 113 * minute);
    run = toggledFlag(run, 47, t0 + 113 * minute);
    run = toggledFlag(run, 12, t0 + 114 * minute);
    return run;
  }

  it('turns the run into a mixed set with its time, pace by quarter and flags', () => {
    const set = practiceExamSet(ranExam(), 44, { id: 's1', now: t0 + 118 * minute });
    expect(set).toEqual({
      id: 's1',
      date: '2026-12-03',
      label: 'Practice exam: Databricks practice exam',
      questions: 60,
      correct: 44,
      practiceExam: {
        kind: 'practice-exam',
        source: 'Databricks practice exam',
        limitMs: 120 * minute,
        timed: true,
        usedMs: 118 * minute,
        quarterMs: [25, 45, 30, 18].map((m) => m * minute),
        flagged: [47],
      },
      createdAt: t0 + 118 * minute,
      updatedAt: t0 + 118 * minute,
    });
    expect(validateSet(set)).toEqual({});
  });

  it('counts no more than the exam time when the laptop slept past the end, dated the day it started', () => {
    const set = practiceExamSet(ranExam(), 44, { id: 's1', now: t0 + 10 * 60 * minute });
    expect(set.practiceExam?.usedMs).toBe(120 * minute);
    expect(set.practiceExam?.quarterMs.reduce((a, b) => a + b)).toBe(120 * minute);
    expect(set.date).toBe('2026-12-03');
  });

  it('ends every quarter never left with the run, so the quarters add up to the time used', () => {
    const run = startedRehearsal('r1', exam, t0);
    expect(quarterTimes(run, 50 * minute)).toEqual([50 * minute, 0, 0, 0]);
  });
});

describe('practiceExamOffered', () => {
  const clock = { today: '2026-07-01', final72: false, hoursToExam: null, examUnderway: false };
  const examDate = '2026-07-10';
  const lastSeven = (day: number) => ({
    ...clock,
    phase: 'last-7' as const,
    examDate,
    countdownDay: { day, focus: '' },
  });

  it('offers a practice exam from the route’s last two weeks to Day 2 of the last 7, not on Day 1', () => {
    expect(practiceExamOffered({ ...clock, phase: 'route', weekIndex: 3 }, 6)).toBe(false);
    expect(practiceExamOffered({ ...clock, phase: 'route', weekIndex: 4 }, 6)).toBe(true);
    expect(practiceExamOffered({ ...clock, phase: 'route', weekIndex: 5 }, 6)).toBe(true);
    expect(practiceExamOffered({ ...clock, phase: 'after-route' }, 6)).toBe(true);
    expect(practiceExamOffered(lastSeven(2), 6)).toBe(true);
    expect(practiceExamOffered(lastSeven(1), 6)).toBe(false);
    expect(practiceExamOffered({ ...clock, phase: 'undated' }, 6)).toBe(false);
    expect(
      practiceExamOffered({ ...clock, phase: 'before-start', startDate: examDate, daysToStart: 3 }, 6),
    ).toBe(false);
    expect(practiceExamOffered({ ...clock, phase: 'exam-day', examDate }, 6)).toBe(false);
    expect(practiceExamOffered({ ...clock, phase: 'after-exam', examDate }, 6)).toBe(false);
  });
});
