import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MissRecord, RehearsalRecord } from '../../src/domain/records';
import {
  endedClock,
  isActiveStatus,
  pausedClock,
  resumedClock,
  startedClock,
} from '../../src/domain/session-timer';
import type { ReviewLogRecord, ReviewRating } from '../../src/domain/review-records';
import { replayCard } from '../../src/domain/review-replay';
import { isOneSentence } from '../../src/domain/validation/text';
import { emptyTableRows, primaryKeyOf, tableNames, type TableRows } from '../../src/domain/tables';
import type { DocumentSource } from '../../src/sync/merge';
import { fileOf, merged } from '../support/sync-documents';
import { sampleBackupData } from '../backup-sample';

const t0 = Date.UTC(2026, 10, 20, 9);

interface Device extends DocumentSource {
  name: string;
  made: number;
}

function device(name: string, restored: TableRows | null): Device {
  return { name, made: 0, state: null, restored, local: structuredClone(restored ?? emptyTableRows()) };
}

const save = fileOf;
const merge = merged;

const sorted = (rows: TableRows) =>
  Object.fromEntries(
    tableNames.map((table) => [
      table,
      [...(rows[table] as unknown[])].sort((a, b) =>
        primaryKeyOf(table, a).localeCompare(primaryKeyOf(table, b)),
      ),
    ]),
  );

function newMiss(id: string, at: number): MissRecord {
  return {
    id,
    setId: 'set1',
    sessionId: null,
    domain: null,
    failureMode: null,
    rule: `Rule of ${id}.`,
    saferAction: '',
    revisit: null,
    revisited: false,
    retests: [],
    createdAt: at,
    updatedAt: at,
  };
}

const sessionRest = (id: string, at: number) => ({
  id,
  endedAt: null,
  studiedMs: null,
  notes: {},
  updatedAt: at,
});

function practiceRun(id: string, at: number): RehearsalRecord {
  return {
    id,
    status: 'running',
    startedAt: at,
    shiftMs: 0,
    pausedMs: 0,
    pausedAt: null,
    endedAt: null,
    questions: 60,
    limitMs: 7_200_000,
    timed: true,
    source: 'Databricks practice exam',
    current: 1,
    visits: [],
    flagged: [],
    updatedAt: at,
  };
}

type Op =
  | { kind: 'add' }
  | { kind: 'edit'; pick: number; field: 'rule' | 'cue' | 'saferAction'; text: string }
  | { kind: 'uncue' | 'revisit'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'tick' | 'untick'; task: number }
  | { kind: 'setup'; field: 'examDate' | 'examTime'; pick: number }
  | { kind: 'review'; pick: number; rating: ReviewRating; day: number }
  | { kind: 'start' | 'pause' | 'end' | 'rehearse' }
  | { kind: 'sessionMiss' | 'deleteSession'; pick: number }
  | { kind: 'sync'; to: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'add' as const }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(9),
    field: fc.constantFrom('rule' as const, 'cue' as const, 'saferAction' as const),
    // The last two as a device on an older build stored them: rules of several lines or sentences.
    text: fc.constantFrom(
      'A',
      'B',
      'Check the alias.',
      'Roll back first.',
      'Canary first.\nThen promote.',
      'Roll back! Then retrain.',
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(9) }),
  // A field removed after the row was made, and a whole value replaced by one of another shape.
  fc.record({ kind: fc.constantFrom('uncue' as const, 'revisit' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constantFrom('tick' as const, 'untick' as const), task: fc.nat(2) }),
  fc.record({
    kind: fc.constant('setup' as const),
    field: fc.constantFrom('examDate' as const, 'examTime' as const),
    pick: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('review' as const),
    pick: fc.nat(9),
    rating: fc.constantFrom<ReviewRating>(1, 2, 3, 4),
    day: fc.nat(20),
  }),
  fc.record({ kind: fc.constant('sync' as const), to: fc.nat(2) }),
  // What two devices can each do alone but not together: a session running on each, a miss written in a
  // session the other deletes, a practice exam in progress on each.
  // Weighted so that most histories hold at least one of them.
  { arbitrary: fc.constantFrom({ kind: 'start' as const }, { kind: 'rehearse' as const }), weight: 3 },
  fc.constantFrom({ kind: 'pause' as const }, { kind: 'end' as const }),
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('sessionMiss' as const, 'deleteSession' as const),
      pick: fc.nat(3),
    }),
    weight: 2,
  },
);

const tasks = ['sparkml-pipelines', 'last-7:day-7', 'last-7:day-6'] as const;
const examDates = ['2027-01-15', '2027-02-01', '2027-03-01'];
const examTimes = ['09:00', '10:30', '14:00'];

/** Applies one edit the way the app's store would: whole rows written, time from the device's own clock. */
function apply(devices: Device[], who: number, step: Op, deleted: Set<string>) {
  const d = devices[who]!;
  const at = t0 + (d.made += 1) * 60_000;
  const rows = d.local;
  const miss = (pick: number) => rows.misses[pick % Math.max(rows.misses.length, 1)];
  switch (step.kind) {
    case 'add':
      rows.misses = [...rows.misses, newMiss(`${d.name}-${d.made}`, at)];
      break;
    case 'edit': {
      const target = miss(step.pick);
      if (target) {
        rows.misses = rows.misses.map((row) =>
          row.id === target.id ? { ...row, [step.field]: step.text, updatedAt: at } : row,
        );
      }
      break;
    }
    case 'uncue':
    case 'revisit': {
      const target = miss(step.pick);
      if (target) {
        rows.misses = rows.misses.map(({ cue, ...row }) => {
          if (row.id !== target.id) return { ...row, ...(cue === undefined ? {} : { cue }) };
          if (step.kind === 'uncue') return { ...row, updatedAt: at };
          const revisit: MissRecord['revisit'] =
            row.revisit?.kind === 'lesson'
              ? { kind: 'doc', title: 'Model Serving', url: 'https://docs.databricks.com/' }
              : { kind: 'lesson', lessonId: '1.5' };
          return { ...row, ...(cue === undefined ? {} : { cue }), revisit, updatedAt: at };
        });
      }
      break;
    }
    case 'delete': {
      const target = miss(step.pick);
      if (target) {
        deleted.add(target.id);
        rows.misses = rows.misses.filter((row) => row.id !== target.id);
        rows.reviewCards = rows.reviewCards.filter((card) => card.missId !== target.id);
        rows.reviewLogs = rows.reviewLogs.filter((log) => log.missId !== target.id);
      }
      break;
    }
    case 'tick':
      rows.ticks = [
        ...rows.ticks.filter((tick) => tick.id !== tasks[step.task]),
        { id: tasks[step.task]!, tickedAt: at },
      ];
      break;
    case 'untick':
      rows.ticks = rows.ticks.filter((tick) => tick.id !== tasks[step.task]);
      break;
    case 'setup':
      rows.settings = rows.settings.map((row) =>
        row.key === 'setup'
          ? {
              ...row,
              value: {
                ...row.value,
                [step.field]: (step.field === 'examDate' ? examDates : examTimes)[step.pick],
              },
              updatedAt: at,
            }
          : row,
      );
      break;
    case 'review': {
      const target = miss(step.pick);
      if (!target || !rows.settings.length) break;
      const log: ReviewLogRecord = {
        id: `${d.name}-log-${d.made}`,
        missId: target.id,
        rating: step.rating,
        reviewedAt: t0 + step.day * 86_400_000 + d.made,
        source: 'review',
      };
      const logs = [...rows.reviewLogs.filter((row) => row.missId === target.id), log];
      const examDate = rows.settings.find((row) => row.key === 'setup')!.value as { examDate: string };
      const card = replayCard({
        miss: target,
        start: '2026-11-20',
        logs,
        examDate: examDate.examDate,
        card: undefined,
      })!;
      rows.reviewLogs = [...rows.reviewLogs, log];
      rows.reviewCards = [...rows.reviewCards.filter((row) => row.missId !== target.id), card];
      break;
    }
    case 'start':
      if (!rows.sessions.some((session) => isActiveStatus(session.status)))
        rows.sessions = [
          ...rows.sessions,
          { ...startedClock(at), ...sessionRest(`${d.name}-s-${d.made}`, at) },
        ];
      break;
    case 'pause':
      rows.sessions = rows.sessions.map((session) =>
        isActiveStatus(session.status)
          ? {
              ...session,
              ...(session.status === 'paused' ? resumedClock(session, at) : pausedClock(session, at)),
              updatedAt: at,
            }
          : session,
      );
      break;
    case 'end':
      rows.sessions = rows.sessions.map((session) =>
        isActiveStatus(session.status)
          ? { ...session, ...endedClock(session, at, 'finished-early'), updatedAt: at }
          : session,
      );
      break;
    case 'sessionMiss': {
      const session = rows.sessions[step.pick % Math.max(rows.sessions.length, 1)];
      if (session)
        rows.misses = [
          ...rows.misses,
          { ...newMiss(`${d.name}-${d.made}`, at), setId: null, sessionId: session.id },
        ];
      break;
    }
    case 'deleteSession': {
      // As the builds before this one did: the session's misses stay, pointing at it (the merge detaches them).
      const session = rows.sessions[step.pick % Math.max(rows.sessions.length, 1)];
      if (session) rows.sessions = rows.sessions.filter((row) => row.id !== session.id);
      break;
    }
    case 'rehearse':
      if (!rows.rehearsals.length) rows.rehearsals = [practiceRun(`${d.name}-r-${d.made}`, at)];
      break;
    case 'sync':
      if (step.to !== who) merge(devices[step.to]!, save(d));
      break;
  }
}

/** A shared starting point: every device restored the same backup (its setup, two ticks, a set, no misses). */
function sharedBackup(): TableRows {
  const sample = sampleBackupData();
  return {
    ...emptyTableRows(),
    settings: sample.settings.filter((row) => row.key === 'setup'),
    ticks: sample.ticks,
    sets: sample.sets,
  };
}

const histories = fc.array(fc.tuple(fc.nat(2), op), { maxLength: 40 });

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('merging sync files (property)', () => {
  it('gives the same tables in every merge order, changes nothing on a second merge, and never brings back a delete', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const base = sharedBackup();
        const devices = [device('a', base), device('b', base), device('c', base)];
        const deleted = new Set<string>();
        for (const [who, step] of history) apply(devices, who, step, deleted);
        const files = devices.map(save);

        const results = permutations([0, 1, 2]).map((order) => {
          const blank = device('x', null);
          for (const index of order) merge(blank, files[index]!);
          return sorted(blank.local);
        });
        for (const result of results) expect(result).toEqual(results[0]);

        // Each device merging the other two, in its own order, ends where a blank device does.
        devices.forEach((d, i) => {
          for (const j of [2, 1, 0]) if (j !== i) merge(d, files[j]!);
          expect(sorted(d.local)).toEqual(results[0]);
          const again = merge(d, files[(i + 1) % 3]!);
          expect(again.changes).toEqual([]);
        });
        const misses = new Set((results[0]!.misses as MissRecord[]).map((row) => row.id));
        for (const id of deleted) expect(misses.has(id)).toBe(false);
        for (const miss of results[0]!.misses as MissRecord[]) {
          expect(isOneSentence(miss.rule) && isOneSentence(miss.saferAction), miss.rule).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a rule of several sentences from a device on an older build', () => {
  it('merges joined into one sentence on both devices, which then stay equal without writing back and forth', () => {
    const base = sharedBackup();
    const older = device('older', base);
    const newer = device('newer', base);
    older.local.misses = [
      { ...newMiss('m1', t0), rule: 'Canary first.\nThen promote.', saferAction: 'Pause. Ask.' },
    ];

    const first = merge(newer, save(older));
    expect(first.counts.misses.added).toBe(1);
    expect(newer.local.misses).toMatchObject([
      { rule: 'Canary first; Then promote.', saferAction: 'Pause; Ask.' },
    ]);

    merge(older, save(newer));
    expect(sorted(older.local)).toEqual(sorted(newer.local));
    expect(merge(newer, save(older)).changes).toEqual([]);
    expect(merge(older, save(newer)).changes).toEqual([]);
  });
});
