import type { BackupData } from '../src/domain/backup-format';

/** One or more rows of every record kind, with every optional shape used at least once. */
export function sampleBackupData(): BackupData {
  const t = Date.UTC(2026, 10, 20, 9);
  return {
    settings: [
      {
        key: 'setup',
        value: {
          startingPoint: 'lighter-on-mlops',
          hoursBand: '6-8',
          examDate: '2027-01-15',
          examTime: '10:30',
          startDate: '2026-11-23',
          routeOverride: null,
          partTimeWeeks: 10,
        },
        updatedAt: t,
      },
      {
        key: 'preferences',
        value: {
          theme: 'dark',
          sound: false,
          notifications: false,
          calendarReminders: {
            sessions: true,
            sessionTime: '07:30',
            sessionDays: ['WE', 'SA'],
            lastSevenDays: false,
            examDayBefore: true,
          },
        },
        updatedAt: t + 1,
      },
      { key: 'examOutcome', value: { examDate: '2027-01-15', result: 'rescheduled' }, updatedAt: t + 2 },
    ],
    ticks: [
      { id: 'sparkml-pipelines', tickedAt: t + 2 },
      { id: 'last-7:day-7', tickedAt: t + 3 },
    ],
    extraTasks: [
      {
        id: 'extra1',
        label: 'Repair: leakage lane',
        lessons: ['1.5', '2.2'],
        weekOf: '2026-11-30',
        createdAt: t + 4,
      },
    ],
    signals: [
      {
        id: 'safe-to-promote',
        checked: true,
        justification: 'I can name the gates, rollback and traceability.',
        updatedAt: t + 5,
      },
    ],
    sessions: [
      {
        id: 'session1',
        status: 'completed',
        startedAt: t + 6,
        shiftMs: -60_000,
        pausedMs: 120_000,
        pausedAt: null,
        endedAt: t + 3_600_000,
        studiedMs: 3_540_000,
        notes: {
          objective: 'Read 2.1, "aliases", again',
          rules: 'Rule: promote by alias,\nnever by version',
        },
        updatedAt: t + 3_600_000,
      },
    ],
    sets: [
      {
        id: 'set1',
        date: '2026-11-25',
        label: 'Mixed set A',
        questions: 20,
        correct: 14,
        createdAt: t + 7,
        updatedAt: t + 7,
      },
    ],
    misses: [
      {
        id: 'miss1',
        setId: 'set1',
        sessionId: null,
        domain: 'mlops',
        failureMode: 'leakage',
        rule: '=SUM(A1) "quoted", with commas\nand a newline',
        saferAction: 'Use point-in-time lookups',
        revisit: { kind: 'doc', title: 'Feature Store, point-in-time', url: 'https://docs.databricks.com/' },
        revisited: false,
        retests: [{ day: 1, held: true, at: t + 86_400_000 }],
        createdAt: t + 8,
        updatedAt: t + 9,
      },
      {
        id: 'miss2',
        setId: null,
        sessionId: 'session1',
        domain: null,
        failureMode: null,
        rule: 'Roll back before you retrain.',
        saferAction: '',
        revisit: { kind: 'lesson', lessonId: '3.1' },
        revisited: true,
        retests: [],
        createdAt: t + 10,
        updatedAt: t + 10,
      },
    ],
    studyLogs: [
      {
        id: 'log1',
        date: '2026-11-21',
        minutes: 90,
        what: 'Chapter 2.5 notes',
        createdAt: t + 11,
        updatedAt: t + 12,
      },
    ],
    reviewCards: [
      {
        missId: 'miss1',
        memory: null,
        due: t + 3 * 86_400_000,
        slips: 0,
        ruleHash: '0badc0de',
        updatedAt: t + 11,
      },
      {
        missId: 'miss2',
        memory: {
          stability: 2.3065,
          difficulty: 2.1181,
          state: 2,
          reps: 1,
          lapses: 0,
          scheduledDays: 3,
          learningSteps: 0,
          lastReview: t + 86_400_000,
        },
        due: t + 4 * 86_400_000,
        slips: 1,
        ruleHash: '12345678',
        updatedAt: t + 86_400_000,
      },
    ],
    reviewLogs: [
      { id: 'retest-d1-miss1', missId: 'miss1', rating: 3, reviewedAt: t + 86_400_000, source: 'retest' },
      { id: 'log1', missId: 'miss2', rating: 1, reviewedAt: t + 86_400_000, source: 'review' },
    ],
  };
}
