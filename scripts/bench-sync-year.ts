/**
 * The sync bench's data and measures, run in Node by scripts/bench-sync.mjs through Vite's module runner (this
 * file is TypeScript and imports the app's own code). The database is fake-indexeddb, the same for the import
 * and the merge, so the ratio compares the two code paths rather than two storage engines.
 */
import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { readAllRows, replaceAllRows } from '../src/db/backup-repository';
import { StudyDatabase } from '../src/db/database';
import { createBackup } from '../src/domain/backup-format';
import { parseBackup } from '../src/domain/backup-schema';
import { addDays, localIsoDate } from '../src/domain/dates';
import type { MissRecord, SessionRecord } from '../src/domain/records';
import type { ReviewCardRecord, ReviewLogRecord, ReviewRating } from '../src/domain/review-records';
import { replayCard } from '../src/domain/review-replay';
import { lessonIds, failureModeIds, weakDomainIds, phaseIds } from '../src/domain/seed-ids';
import { emptyTableRows, type TableRows } from '../src/domain/tables';
import { checkSyncFile, mergeSyncFile, saveSyncFile } from '../src/sync/sync-actions';

const day = 86_400_000;

/** Ids like the app's (32 random hex digits), from a fixed seed so every run measures the same bytes. */
function idMaker(seed: number) {
  let state = seed;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
  };
  return () => next() + next() + next() + next();
}

/**
 * A year of heavy study: 2,000 misses in 100 mixed sets, 400 sessions with every worksheet field written,
 * 3,000 reviews of 1,000 rules (their cards replayed from them, as a merge would), every task ticked.
 */
export function yearOfStudy(now: number): TableRows {
  const start = now - 365 * day;
  const startDate = localIsoDate(start);
  const examDate = addDays(localIsoDate(now), 30);
  const rows = emptyTableRows();
  const newId = idMaker(2026);
  rows.settings = [
    {
      key: 'setup',
      value: {
        startingPoint: 'lighter-on-mlops',
        hoursBand: '3-5',
        examDate,
        examTime: '10:30',
        startDate,
        routeOverride: null,
        partTimeWeeks: 12,
      },
      updatedAt: start,
    },
  ];
  for (let week = 0; week < 12; week += 1) {
    for (let task = 0; task < 6; task += 1)
      rows.ticks.push({ id: `week-${week + 1}:task-${task + 1}`, tickedAt: start + (week * 7 + task) * day });
  }
  for (let d = 1; d <= 7; d += 1) rows.ticks.push({ id: `last-7:day-${d}`, tickedAt: now - d * day });
  for (let i = 0; i < 400; i += 1) {
    const at = start + Math.floor((i * 360 * day) / 400) + 7 * 3_600_000;
    const session: SessionRecord = {
      id: newId(),
      status: 'completed',
      startedAt: at,
      shiftMs: 0,
      pausedMs: (i % 5) * 60_000,
      pausedAt: null,
      endedAt: at + 3_600_000 + (i % 5) * 60_000,
      studiedMs: 3_600_000,
      notes: Object.fromEntries(
        phaseIds.map((phase, p) => [
          phase,
          `Session ${i + 1}, ${phase}: worked through lesson ${lessonIds[(i + p) % lessonIds.length]} and wrote down what changed.`,
        ]),
      ),
      updatedAt: at + 3_600_000,
    };
    rows.sessions.push(session);
  }
  for (let s = 0; s < 100; s += 1) {
    const at = start + Math.floor((s * 360 * day) / 100) + 19 * 3_600_000;
    const setId = newId();
    rows.sets.push({
      id: setId,
      date: localIsoDate(at),
      label: `Mixed set ${s + 1}`,
      questions: 30,
      correct: 10 + (s % 20),
      createdAt: at,
      updatedAt: at,
    });
    for (let m = 0; m < 20; m += 1) {
      const i = s * 20 + m;
      const miss: MissRecord = {
        id: newId(),
        setId,
        sessionId: null,
        domain: weakDomainIds[i % weakDomainIds.length]!,
        failureMode: failureModeIds[i % failureModeIds.length]!,
        rule: `Always check the ${['feature table', 'champion alias', 'canary', 'drift monitor'][i % 4]} before ${['promotion', 'retraining', 'rollout', 'scoring'][(i >> 2) % 4]} (miss ${i + 1}).`,
        saferAction: `Compare against the holdout first, then decide (miss ${i + 1}).`,
        cue: `Question ${(i % 30) + 1} of set ${s + 1}: a model moves to production on Friday.`,
        revisit:
          i % 3 === 0
            ? {
                kind: 'doc',
                title: 'Model Serving',
                url: `https://docs.databricks.com/machine-learning/${i}`,
              }
            : { kind: 'lesson', lessonId: lessonIds[i % lessonIds.length]! },
        revisited: i % 4 === 0,
        retests: [{ day: 1, held: i % 2 === 0, at: at + day }],
        createdAt: at,
        updatedAt: at + day,
      };
      rows.misses.push(miss);
    }
  }
  // 3,000 grades: every other miss reviewed three times, at growing gaps after its set.
  for (const [index, miss] of rows.misses.entries()) {
    if (index % 2 === 1) continue;
    const logs: ReviewLogRecord[] = [1, 4, 12].map((gap, g) => ({
      id: newId(),
      missId: miss.id,
      rating: (((index + g) % 4) + 1) as ReviewRating,
      reviewedAt: miss.createdAt + gap * day + 3_600_000,
      source: 'review',
    }));
    rows.reviewLogs.push(...logs);
    const card: ReviewCardRecord | undefined = replayCard({
      miss,
      start: localIsoDate(miss.createdAt),
      logs,
      examDate,
      card: undefined,
    });
    if (card) rows.reviewCards.push(card);
  }
  return rows;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export interface SyncFigures {
  rows: number;
  syncFileBytes: number;
  backupBytes: number;
  backupGzipBytes: number;
  importMs: number[];
  mergeMs: number[];
}

/**
 * Saves a sync file and a backup of the same year, then times, on fresh databases, importing the backup
 * (parse, check, replace every table) and merging the file into a blank device (read, merge, check, write).
 */
export async function measureSync(repeats: number): Promise<SyncFigures> {
  const now = Date.UTC(2026, 11, 3, 12);
  const data = yearOfStudy(now);
  const source = new StudyDatabase(`bench-sync-${crypto.randomUUID()}`);
  await replaceAllRows(source, data);
  // Both files are made as the app makes them, from the stored rows (in primary-key order).
  const backupText = JSON.stringify(createBackup(await readAllRows(source), '0.1.0', now));
  const saved = await saveSyncFile(source, now);
  await source.delete();
  const figures: SyncFigures = {
    rows: Object.values(data).reduce((sum, list) => sum + list.length, 0),
    syncFileBytes: saved.bytes.length,
    backupBytes: Buffer.byteLength(backupText),
    backupGzipBytes: gzipSync(backupText).length,
    importMs: [],
    mergeMs: [],
  };
  for (let run = 0; run < repeats; run += 1) {
    const importing = new StudyDatabase(`bench-import-${crypto.randomUUID()}`);
    const imported = await timed(async () => {
      const backup = parseBackup(backupText);
      if (!backup.ok) throw new Error(backup.message);
      await replaceAllRows(importing, backup.backup.data);
    });
    figures.importMs.push(imported.ms);
    await importing.delete();
    const merging = new StudyDatabase(`bench-merge-${crypto.randomUUID()}`);
    const mergedIn = await timed(async () => {
      const file = await checkSyncFile(merging, saved.bytes);
      if (!file.ok) throw new Error(file.message);
      return mergeSyncFile(merging, file, now);
    });
    if (!mergedIn.result.ok) throw new Error(mergedIn.result.message);
    figures.mergeMs.push(mergedIn.ms);
    await merging.delete();
  }
  return figures;
}
