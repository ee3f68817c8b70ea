/**
 * Reading a backup file someone hands us. Everything is checked before anything is replaced: the JSON, the
 * format name, the schema version, and every row of every table against a strict schema (no unknown keys,
 * bounded lengths and sizes, real dates, well-formed ids). The first problem found becomes one plain message
 * that says where it is, so a bad row at the end of a long file is as clear as a wrong file.
 */
import * as v from 'valibot';
import { isIsoDate, isValidTime } from './dates';
import {
  backupFormat,
  backupSchemaVersion,
  checkBackupSize,
  type BackupData,
  type BackupFile,
} from './backup-format';
import { primaryKeyOf, tableNames, type TableName } from './tables';
import { bookingSignals, failureModes, hoursBands, sessionPhases, startingPoints, weakDomains } from './seed';
import { lessonIds } from './seed-ids';
import { partTimeWeekRange } from './setup';

const maxRows = 100_000;
const shortText = 500;
const ruleText = 2_000;
const noteText = 20_000;

// Printable ASCII without spaces: covers generated hex ids and seed ids such as "last-7:day-3".
const id = v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,128}$/, 'must be an id of 1 to 128 plain characters'));
const timestamp = v.pipe(
  v.number(),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(8_640_000_000_000_000, 'is past the last valid date'),
);
const duration = v.pipe(
  v.number(),
  v.integer('must be whole milliseconds'),
  v.minValue(0, 'must not be negative'),
);
const isoDate = v.pipe(
  v.string(),
  v.check((value: string) => isIsoDate(value), 'must be a real calendar date (YYYY-MM-DD)'),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
const ids = <T extends string>(items: readonly { id: T }[]) => items.map((item) => item.id);
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) link'),
);

const setupValue = v.strictObject({
  startingPoint: v.nullable(v.picklist(ids(startingPoints))),
  hoursBand: v.nullable(v.picklist(ids(hoursBands))),
  examDate: v.nullable(isoDate),
  examTime: v.pipe(
    v.string(),
    v.check((value: string) => isValidTime(value), 'must be a time such as 09:00'),
  ),
  startDate: v.nullable(isoDate),
  routeOverride: v.nullable(v.picklist(['compression', 'default', 'part-time'])),
  partTimeWeeks: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(partTimeWeekRange.min),
    v.maxValue(partTimeWeekRange.max),
  ),
});

const settingsRecord = v.variant('key', [
  v.strictObject({ key: v.literal('setup'), value: setupValue, updatedAt: timestamp }),
  v.strictObject({
    key: v.literal('preferences'),
    value: v.strictObject({
      theme: v.picklist(['system', 'light', 'dark']),
      sound: v.boolean(),
      notifications: v.boolean(),
    }),
    updatedAt: timestamp,
  }),
]);

const tickRecord = v.strictObject({ id, tickedAt: timestamp });

const extraTaskRecord = v.strictObject({
  id,
  label: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(shortText)),
  lessons: v.pipe(v.array(v.picklist(lessonIds)), v.maxLength(lessonIds.length)),
  weekOf: isoDate,
  createdAt: timestamp,
});

const signalRecord = v.strictObject({
  id: v.picklist(ids(bookingSignals).filter((signal) => signal !== 'misses-narrow')),
  checked: v.boolean(),
  justification: text(shortText),
  updatedAt: timestamp,
});

const phaseNotes = v.partial(
  v.strictObject(
    Object.fromEntries(sessionPhases.map((phase) => [phase.id, text(noteText)])) as Record<
      (typeof sessionPhases)[number]['id'],
      ReturnType<typeof text>
    >,
  ),
);

const sessionRecord = v.strictObject({
  id,
  status: v.picklist(['running', 'paused', 'completed', 'finished-early', 'abandoned']),
  startedAt: timestamp,
  shiftMs: v.pipe(v.number(), v.integer('must be whole milliseconds')),
  pausedMs: duration,
  pausedAt: v.nullable(timestamp),
  endedAt: v.nullable(timestamp),
  studiedMs: v.nullable(duration),
  notes: phaseNotes,
  updatedAt: timestamp,
});

const setRecord = v.pipe(
  v.strictObject({
    id,
    date: isoDate,
    label: text(shortText),
    questions: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    correct: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  v.check((set) => set.correct <= set.questions, 'has more correct answers than questions'),
);

const missRecord = v.strictObject({
  id,
  setId: v.nullable(id),
  sessionId: v.nullable(id),
  domain: v.nullable(v.picklist(ids(weakDomains))),
  failureMode: v.nullable(v.picklist(ids(failureModes))),
  rule: text(ruleText),
  saferAction: text(ruleText),
  revisit: v.nullable(
    v.variant('kind', [
      v.strictObject({ kind: v.literal('lesson'), lessonId: v.picklist(lessonIds) }),
      v.strictObject({ kind: v.literal('doc'), title: text(shortText), url: httpUrl }),
    ]),
  ),
  // Added after release 0.1.0: optional, so its backups (which have no cue) import unchanged.
  cue: v.optional(text(shortText)),
  revisited: v.boolean(),
  retests: v.pipe(
    v.array(v.strictObject({ day: v.picklist([1, 3, 7]), held: v.boolean(), at: timestamp })),
    v.maxLength(3),
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const rows = <T extends v.GenericSchema>(schema: T, max = maxRows) =>
  v.pipe(v.array(schema), v.maxLength(max, `has more than ${max} rows`));

// `satisfies` makes a table added to the registry without a row schema a compile error.
const dataSchema = v.strictObject({
  settings: rows(settingsRecord, 2),
  ticks: rows(tickRecord),
  extraTasks: rows(extraTaskRecord),
  signals: rows(signalRecord, 3),
  sessions: rows(sessionRecord),
  sets: rows(setRecord),
  misses: rows(missRecord),
} satisfies Record<TableName, v.GenericSchema>);

const fileSchema = v.strictObject({
  format: v.literal(backupFormat),
  schemaVersion: v.literal(backupSchemaVersion),
  appVersion: text(50),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO date and time')),
  data: dataSchema,
});

export type BackupParseResult = { ok: true; backup: BackupFile } | { ok: false; message: string };

const fail = (message: string): BackupParseResult => ({ ok: false, message });

/** Keys that could reach an object's prototype if a later step ever merged parsed objects. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue).replace(/^data\./, '');
  const where = path ? `${path}: ` : '';
  const match = /^data\.(\w+)\[(\d+)\]/.exec(issuePath(issue));
  const row = match ? ` (row ${Number(match[2]) + 1} of ${match[1]})` : '';
  const what =
    issue.type === 'strict_object' && issue.input !== undefined
      ? 'has a field this app does not know'
      : issue.expected && !issue.message.startsWith('must')
        ? `expected ${issue.expected}, got ${issue.received}`
        : issue.message;
  return `This backup has a problem${row}: ${where}${what}. Nothing was changed.`;
}

function duplicateIdMessage(data: BackupData): string | null {
  for (const kind of tableNames) {
    const seen = new Set<string>();
    for (const [index, row] of (data[kind] as readonly unknown[]).entries()) {
      const key = primaryKeyOf(kind, row);
      if (seen.has(key)) {
        return `This backup has a problem (row ${index + 1} of ${kind}): the id "${key}" appears twice. Nothing was changed.`;
      }
      seen.add(key);
    }
  }
  return null;
}

/** Parses and validates a backup's text; on any problem returns one message and no data. */
export function parseBackup(textContent: string): BackupParseResult {
  const sizeProblem = checkBackupSize(new TextEncoder().encode(textContent).length);
  if (sizeProblem) return fail(sizeProblem);

  let forbidden: string | null = null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(textContent, function (key, value: unknown) {
      if (forbiddenKeys.has(key)) forbidden ??= key;
      return value;
    });
  } catch {
    return fail('This file is not a backup: it is not valid JSON. Nothing was changed.');
  }
  if (forbidden) {
    return fail(`This file contains a forbidden key ("${forbidden}") and was not read. Nothing was changed.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('This file is not an ML-PRO Study Tracker backup. Nothing was changed.');
  }
  const header = parsed as { format?: unknown; schemaVersion?: unknown };
  if (header.format !== backupFormat) {
    return fail(
      'This file is not an ML-PRO Study Tracker backup (its format is different). Nothing was changed.',
    );
  }
  if (typeof header.schemaVersion !== 'number' || !Number.isInteger(header.schemaVersion)) {
    return fail('This backup has no valid schema version. Nothing was changed.');
  }
  if (header.schemaVersion > backupSchemaVersion) {
    return fail(
      `This backup was made by a newer version of the app (backup version ${header.schemaVersion}; this app reads up to ${backupSchemaVersion}). Reload to update the app, then import again. Nothing was changed.`,
    );
  }
  const result = v.safeParse(fileSchema, parsed, { abortEarly: true });
  if (!result.success) return fail(describeIssue(result.issues[0]));
  const duplicate = duplicateIdMessage(result.output.data as BackupData);
  if (duplicate) return fail(duplicate);
  return { ok: true, backup: result.output as BackupFile };
}
