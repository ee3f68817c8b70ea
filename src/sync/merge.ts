/**
 * Merging another device's operations into this device's tables, as pure functions of bytes and rows (the
 * database work is in sync-actions.ts). Yjs does the merging: its updates commute and are idempotent, so the
 * order files arrive in, a file merged twice, or a clock two hours off change nothing. What this adds on top:
 * every merged row is checked against the backup's row schema (a row that fails keeps this device's version),
 * the merged whole is checked as an import would check it (a failure changes nothing), and every rule's
 * schedule is rebuilt from its merged reviews.
 */
import * as Y from 'yjs';
import * as v from 'valibot';
import { withoutOrphanReviews } from '../domain/backup-format';
import { dataProblem, rowSchemas } from '../domain/backup-schema';
import { utcIsoDate } from '../domain/dates';
import type { MissRecord, MixedSetRecord, SettingsRecord } from '../domain/records';
import type { ReviewCardRecord, ReviewLogRecord } from '../domain/review-records';
import { replayCard } from '../domain/review-replay';
import { emptyTableRows, primaryKeyOf, tableNames, type TableName, type TableRows } from '../domain/tables';
import { repairedRows } from './merge-repairs';
import {
  baseUpdate,
  isDeviceOwn,
  recordRowEdits,
  recordRows,
  rowsOfDocument,
  sameValue,
} from './row-document';

export interface DocumentSource {
  /** This device's document as last stored; null before its first sync. */
  state: Uint8Array | null;
  /** The backup restored since the last sync, if any: the document starts from its shared operations. */
  restored: TableRows | null;
  /** The tables as they are now. */
  local: TableRows;
}

/** This device's document, brought up to date with its tables (its edits since the last sync recorded). */
export function openDocument({ state, restored, local }: DocumentSource): Y.Doc {
  const doc = new Y.Doc();
  if (state) Y.applyUpdateV2(doc, state);
  else if (restored) Y.applyUpdateV2(doc, baseUpdate(restored));
  recordRows(doc, local);
  return doc;
}

export const documentState = (doc: Y.Doc): Uint8Array => Y.encodeStateAsUpdateV2(doc);

export interface KindCounts {
  added: number;
  changed: number;
  deleted: number;
}

export interface TableChange {
  table: TableName;
  put: unknown[];
  delete: string[];
}

export type MergeOutcome =
  | {
      ok: true;
      rows: TableRows;
      changes: TableChange[];
      counts: Record<TableName, KindCounts>;
      /** Merged rows that failed their schema, so this device's version was kept. */
      refused: number;
      state: Uint8Array;
    }
  | { ok: false; message: string };

function setupExamDate(settings: readonly SettingsRecord[]): string | null {
  const setup = settings.find((row) => row.key === 'setup');
  return setup?.key === 'setup' ? setup.value.examDate : null;
}

/**
 * Every card rebuilt from its merged reviews: a pure function of the merged rows, so every device that holds the
 * same rows holds the same schedules, whichever device graded what.
 */
function replayedCards(merged: TableRows): ReviewCardRecord[] {
  const logsByMiss = new Map<string, ReviewLogRecord[]>();
  for (const log of merged.reviewLogs) {
    const logs = logsByMiss.get(log.missId);
    if (logs) logs.push(log);
    else logsByMiss.set(log.missId, [log]);
  }
  const misses = new Map(merged.misses.map((miss: MissRecord) => [miss.id, miss]));
  const setDates = new Map(merged.sets.map((set: MixedSetRecord) => [set.id, set.date]));
  const cards = new Map(merged.reviewCards.map((card) => [card.missId, card]));
  const examDate = setupExamDate(merged.settings);
  const rebuilt: ReviewCardRecord[] = [];
  for (const [missId, logs] of logsByMiss) {
    const miss = misses.get(missId);
    if (!miss) continue;
    let card: ReviewCardRecord | undefined;
    try {
      card = replayCard({
        miss,
        start: (miss.setId ? setDates.get(miss.setId) : undefined) ?? utcIsoDate(miss.createdAt),
        logs,
        examDate,
        card: cards.get(missId),
      });
    } catch {
      // FSRS refuses a history it cannot replay (a grade dated before its set, after the set's date was
      // moved): the card as merged is kept rather than failing the whole merge.
      card = cards.get(missId);
    }
    if (card) rebuilt.push(card);
  }
  return rebuilt;
}

const noCounts = (): KindCounts => ({ added: 0, changed: 0, deleted: 0 });

/** Merges another device's document update into this device's document and tables. */
export function mergeUpdate(source: DocumentSource, incoming: Uint8Array): MergeOutcome {
  const doc = openDocument(source);
  const blank = doc.store.clients.size === 0;
  try {
    Y.applyUpdateV2(doc, incoming);
  } catch {
    doc.destroy();
    return { ok: false, message: 'This sync file is damaged and could not be read. Nothing was changed.' };
  }
  const held = rowsOfDocument(doc);
  const merged = emptyTableRows() as Record<TableName, unknown[]>;
  // What the merge decides beyond the document: recorded as this device's operations, so both match again.
  const edits: { table: TableName; put: Record<string, unknown>[]; delete: string[] }[] = [];
  let refused = 0;
  for (const table of tableNames) {
    const localRows = new Map(
      (source.local[table] as readonly Record<string, unknown>[]).map((row) => [
        primaryKeyOf(table, row),
        row,
      ]),
    );
    const edit = { table, put: [] as Record<string, unknown>[], delete: [] as string[] };
    edits.push(edit);
    const keys = new Set([...held[table].keys(), ...localRows.keys()]);
    for (const key of [...keys].sort()) {
      if (isDeviceOwn(table, key)) {
        const local = localRows.get(key);
        if (local) merged[table].push(local);
        continue;
      }
      const row = held[table].get(key);
      if (row === undefined) continue;
      if (v.is(rowSchemas[table], row)) {
        merged[table].push(row);
        continue;
      }
      refused += 1;
      const local = localRows.get(key);
      if (local) {
        merged[table].push(local);
        edit.put.push(local);
      } else edit.delete.push(key);
    }
  }
  const rows = repairedRows(merged as TableRows);
  const cards = replayedCards(rows);
  if (cards.length) {
    const rebuilt = new Map(cards.map((card) => [card.missId, card]));
    rows.reviewCards = [...rows.reviewCards.filter((card) => !rebuilt.has(card.missId)), ...rebuilt.values()];
    const cardEdits = edits.find((edit) => edit.table === 'reviewCards')!;
    for (const card of cards) {
      if (!sameValue(held.reviewCards.get(card.missId), card)) cardEdits.put.push({ ...card });
    }
  }
  const problem = dataProblem(withoutOrphanReviews(rows));
  if (problem) {
    doc.destroy();
    return {
      ok: false,
      message: problem.replace(/^This backup/, 'Merged with this file, your data'),
    };
  }
  recordRowEdits(doc, edits);
  // A blank device that took the file as it came holds exactly the file's operations: encoding them again
  // would be a third of its first merge.
  const unchanged = blank && edits.every((edit) => edit.put.length === 0 && edit.delete.length === 0);
  const state = unchanged ? incoming : documentState(doc);
  doc.destroy();
  const { changes, counts } = differences(source.local, rows);
  return { ok: true, rows, changes, counts, refused, state };
}

/** What differs between two sets of tables, as writes and as counts per kind. */
export function differences(
  before: TableRows,
  after: TableRows,
): { changes: TableChange[]; counts: Record<TableName, KindCounts> } {
  const counts = {} as Record<TableName, KindCounts>;
  const changes: TableChange[] = [];
  for (const table of tableNames) {
    const old = new Map((before[table] as readonly unknown[]).map((row) => [primaryKeyOf(table, row), row]));
    const now = new Map((after[table] as readonly unknown[]).map((row) => [primaryKeyOf(table, row), row]));
    const count = noCounts();
    const change: TableChange = { table, put: [], delete: [] };
    for (const [key, row] of now) {
      if (!old.has(key)) count.added += 1;
      else if (!sameValue(old.get(key), row)) count.changed += 1;
      else continue;
      change.put.push(row);
    }
    for (const key of old.keys()) {
      if (!now.has(key)) {
        count.deleted += 1;
        change.delete.push(key);
      }
    }
    counts[table] = count;
    if (change.put.length || change.delete.length) changes.push(change);
  }
  return { changes, counts };
}
