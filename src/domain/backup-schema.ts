/**
 * Reading a backup file someone hands us. Everything is checked before anything is replaced: the JSON, the
 * format name, the schema version, and every row of every table against a strict schema (no unknown keys,
 * bounded lengths and sizes, real dates, well-formed ids). The first problem found becomes one plain message
 * that says where it is, so a bad row at the end of a long file is as clear as a wrong file.
 */
import * as v from 'valibot';
import { addDays, isValidTime, localIsoDate } from './dates';
import { weekdayCodes } from './reminder-choices';
import {
  backupFormat,
  backupSchemaVersion,
  checkBackupSize,
  looseRulesSchemaVersion,
  readableSchemaVersions,
  type BackupData,
  type BackupFile,
} from './backup-format';
import { mendedOlderRows } from './older-backup-rows';
import { primaryKeyOf, tableNames, type TableName } from './tables';
import { bookingChecks, failureModes, hoursBands, sessionPhases, startingPoints, weakDomains } from './seed';
import { lessonIds } from './seed-ids';
import { partTimeWeekRange, validateSetup } from './setup';
import type {
  ExtraTaskRecord,
  MissRecord,
  MixedSetRecord,
  RehearsalRecord,
  SelfCheckRecord,
  SessionRecord,
  StudyLogRecord,
} from './records';
import { isStudyDate, maxInstant, maxYear, minYear } from './validation/dates';
import { validateExtraTask } from './validation/extra-task';
import { maxRuleLength } from './validation/rule-text';
import { validateMiss } from './validation/miss';
import { visibleLength } from './validation/text';
import { runningSessionsProblem, validateSession } from './validation/session';
import { maxQuestions, validateSet } from './validation/set';
import { maxExamMinutes, practiceExamProblem, rehearsalProblem } from './practice-exam';
import { justificationProblem } from './validation/self-check';
import { maxLoggedMinutes, maxLoggedWhatLength, validateStudyLog } from './study-log';

const maxRows = 100_000;
const shortText = 500;
const noteText = 20_000;

// Printable ASCII without spaces: covers generated hex ids and seed ids such as "last-7:day-3".
const id = v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,128}$/, 'must be an id of 1 to 128 plain characters'));
const timestamp = v.pipe(
  v.number(),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(maxInstant, `must not be past the end of ${maxYear}`),
);
const duration = v.pipe(
  v.number(),
  v.integer('must be whole milliseconds'),
  v.minValue(0, 'must not be negative'),
);
const isoDate = v.pipe(
  v.string(),
  v.check(
    (value: string) => isStudyDate(value),
    `must be a real calendar date (YYYY-MM-DD) from ${minYear} to ${maxYear}`,
  ),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
/** The one rule limit of forms and worksheets, in the characters a reader sees. */
const ruleText = v.pipe(
  v.string(),
  // Bounds the count below on a crafted file: no character a reader sees takes 32 UTF-16 units.
  v.maxLength(maxRuleLength * 32, `must be at most ${maxRuleLength} characters`),
  v.check(
    (value: string) => visibleLength(value) <= maxRuleLength,
    `must be at most ${maxRuleLength} characters`,
  ),
);
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
  // Added after release 0.1.0: earlier set-ups have no kept route.
  keptRoute: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(500, 'must be at most 500 characters')))),
  // Added after release 0.1.0: earlier set-ups are on their first route.
  routeStartedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
});

const settingsRecord = v.variant('key', [
  v.strictObject({ key: v.literal('setup'), value: setupValue, updatedAt: timestamp }),
  v.strictObject({
    key: v.literal('preferences'),
    value: v.strictObject({
      theme: v.picklist(['system', 'light', 'dark']),
      sound: v.boolean(),
      notifications: v.boolean(),
      // Optional: preferences saved before reminder choices were kept have none.
      calendarReminders: v.optional(
        v.strictObject({
          sessions: v.boolean(),
          sessionTime: v.pipe(
            v.string(),
            v.check((value: string) => value === '' || isValidTime(value), 'must be a time such as 19:00'),
          ),
          sessionDays: v.pipe(v.array(v.picklist(weekdayCodes)), v.maxLength(weekdayCodes.length)),
          lastSevenDays: v.boolean(),
          examDayBefore: v.boolean(),
        }),
      ),
    }),
    updatedAt: timestamp,
  }),
  v.strictObject({
    key: v.literal('examOutcome'),
    value: v.strictObject({
      examDate: isoDate,
      result: v.picklist(['passed', 'not-yet', 'rescheduled']),
    }),
    updatedAt: timestamp,
  }),
  // Added in backup version 2; version-1 files simply have no such row.
  v.strictObject({
    key: v.literal('backups'),
    // restoredFromAt added later in version 3 (issue 20): optional, so every earlier file still imports.
    value: v.strictObject({
      lastExportedAt: v.nullable(timestamp),
      restoredFromAt: v.optional(v.nullable(timestamp)),
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

const selfCheckRecord = v.strictObject({
  id: v.picklist(ids(bookingChecks).filter((id) => id !== 'misses-narrow')),
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

const questionNumbers = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxQuestions))),
  v.maxLength(maxQuestions),
);
const examLength = v.pipe(duration, v.minValue(60_000), v.maxValue(maxExamMinutes * 60_000));

const practiceExamFacts = v.strictObject({
  kind: v.literal('practice-exam'),
  source: text(shortText),
  limitMs: examLength,
  timed: v.boolean(),
  usedMs: duration,
  quarterMs: v.pipe(v.array(duration), v.length(4, 'must have four quarters')),
  flagged: questionNumbers,
});

const rehearsalRecord = v.strictObject({
  id,
  status: v.picklist(['running', 'paused']),
  startedAt: timestamp,
  shiftMs: v.literal(0),
  pausedMs: duration,
  pausedAt: v.nullable(timestamp),
  endedAt: v.null(),
  questions: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxQuestions)),
  limitMs: examLength,
  timed: v.boolean(),
  source: text(shortText),
  current: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxQuestions)),
  visits: v.pipe(
    v.array(
      v.strictObject({
        question: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(maxQuestions)),
        atMs: duration,
      }),
    ),
    v.maxLength(maxQuestions),
  ),
  flagged: questionNumbers,
  updatedAt: timestamp,
});

const setRecord = v.pipe(
  v.strictObject({
    id,
    date: isoDate,
    label: text(shortText),
    questions: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    correct: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    // Added in schema 8 (issue 21): optional, so every set saved before imports unchanged.
    practiceExam: v.optional(practiceExamFacts),
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
  rule: ruleText,
  saferAction: ruleText,
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

const studyLogRecord = v.strictObject({
  id,
  date: isoDate,
  minutes: v.pipe(
    v.number(),
    v.integer('must be whole minutes'),
    v.minValue(1),
    v.maxValue(maxLoggedMinutes),
  ),
  what: text(maxLoggedWhatLength),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const finite = v.pipe(v.number(), v.finite('must be a number'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const rating = v.picklist([1, 2, 3, 4]);

const reviewCardRecord = v.strictObject({
  missId: id,
  memory: v.nullable(
    v.strictObject({
      stability: v.pipe(finite, v.minValue(0)),
      difficulty: v.pipe(finite, v.minValue(0), v.maxValue(10)),
      state: v.picklist([0, 1, 2, 3]),
      reps: count,
      lapses: count,
      scheduledDays: count,
      learningSteps: count,
      lastReview: timestamp,
    }),
  ),
  due: timestamp,
  slips: count,
  ruleHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits')),
  updatedAt: timestamp,
});

const reviewLogRecord = v.strictObject({
  id,
  missId: id,
  rating,
  reviewedAt: timestamp,
  source: v.picklist(['review', 'retest']),
});

const rows = <T extends v.GenericSchema>(schema: T, max = maxRows) =>
  v.pipe(v.array(schema), v.maxLength(max, `has more than ${max} rows`));

/**
 * One schema per stored row. `satisfies` makes a table added to the registry without a row schema a compile
 * error; sync reads these to know which fields merge one by one and to check every merged row.
 */
export const rowSchemas = {
  settings: settingsRecord,
  ticks: tickRecord,
  extraTasks: extraTaskRecord,
  signals: selfCheckRecord,
  sessions: sessionRecord,
  sets: setRecord,
  misses: missRecord,
  studyLogs: studyLogRecord,
  reviewCards: reviewCardRecord,
  reviewLogs: reviewLogRecord,
  rehearsals: rehearsalRecord,
} satisfies Record<TableName, v.GenericSchema>;

const dataSchema = v.strictObject({
  settings: rows(rowSchemas.settings, 4),
  ticks: rows(rowSchemas.ticks),
  extraTasks: rows(rowSchemas.extraTasks),
  signals: rows(rowSchemas.signals, 3),
  sessions: rows(rowSchemas.sessions),
  sets: rows(rowSchemas.sets),
  misses: rows(rowSchemas.misses),
  // Optional with an empty default: version-1 files have no study logs.
  studyLogs: v.optional(rows(rowSchemas.studyLogs), []),
  // Added in backup version 2: a version-1 file has no review rows, which is the same as none yet.
  reviewCards: v.optional(rows(rowSchemas.reviewCards), []),
  reviewLogs: v.optional(rows(rowSchemas.reviewLogs), []),
  // Added in schema 8 (issue 21): files made before have no practice exam in progress.
  rehearsals: v.optional(rows(rowSchemas.rehearsals, 1), []),
} satisfies Record<TableName, v.GenericSchema>);

const fileSchema = v.strictObject({
  format: v.literal(backupFormat),
  schemaVersion: v.picklist(readableSchemaVersions),
  appVersion: text(50),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO date and time')),
  data: dataSchema,
});

/**
 * `backup` holds the rows to store: an older file's rules joined into one sentence each (see joined-rules.ts),
 * `joinedRules` of them. `fileRows` are the file's own rows, which sync starts its document from: every device
 * that restores one backup must make the same operations of it, whichever build it runs.
 */
export type BackupParseResult =
  | { ok: true; backup: BackupFile; joinedRules: number; fileRows: BackupData }
  | { ok: false; message: string };

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
  // A strict object reports an unknown field as expecting `never`, and a missing one as receiving undefined.
  const what =
    issue.type === 'strict_object' && issue.expected === 'never'
      ? 'has a field this app does not know'
      : issue.type === 'strict_object' && issue.received === 'undefined'
        ? 'is missing'
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

/** How deeply a backup nests: settings → value → field is the deepest real backup goes. */
export const maxBackupDepth = 32;

/** The deepest nesting of arrays and objects in JSON text (strings skipped), counted without parsing it. */
export function jsonDepth(textContent: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < textContent.length; i += 1) {
    const char = textContent[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth -= 1;
  }
  return deepest;
}

type RowCheck = (row: never, index: number) => string | null;

function firstProblem(problems: Partial<Record<string, string>>): string | null {
  const entry = Object.entries(problems).find(([, message]) => message);
  return entry ? `${entry[0]}: ${entry[1]!.replace(/\.$/, '')}` : null;
}

/**
 * The checks every form makes, run on every row (the forms and the import share one validator per record kind),
 * plus what only a whole file can break: references between rows and one running session.
 */
function recordProblem(data: BackupData, madeAt: number | null): string | null {
  const setIds = new Set(data.sets.map((set) => set.id));
  const sessionIds = new Set(data.sessions.map((session) => session.id));
  const missIds = new Set(data.misses.map((miss) => miss.id));
  // Without the import's own time, only the file's is known: a day of clock difference is allowed either way.
  const latestDay = madeAt === null ? null : addDays(localIsoDate(madeAt), 1);
  const ofMiss = (row: { missId: string }) =>
    missIds.has(row.missId) ? null : 'missId: points at a miss that is not in this backup';
  const checks: { [K in keyof BackupData]?: RowCheck } = {
    sets: (set: MixedSetRecord) => firstProblem(validateSet(set)) ?? practiceExamProblem(set),
    rehearsals: (run: RehearsalRecord) => rehearsalProblem(run),
    misses: (miss: MissRecord) => firstProblem(validateMiss(miss, { setIds, sessionIds, unattached: true })),
    sessions: (session: SessionRecord) => firstProblem(validateSession(session, madeAt ?? undefined)),
    studyLogs: (log: StudyLogRecord) => firstProblem(validateStudyLog(log, latestDay)),
    reviewCards: ofMiss,
    reviewLogs: ofMiss,
    signals: (selfCheck: SelfCheckRecord) => {
      const problem = justificationProblem(selfCheck.checked, selfCheck.justification);
      return problem ? `justification: ${problem.replace(/\.$/, '')}` : null;
    },
    extraTasks: (task: ExtraTaskRecord) => firstProblem(validateExtraTask(task)),
    settings: (row: BackupData['settings'][number]) =>
      row.key === 'setup' ? firstProblem(validateSetup(row.value)) : null,
  };
  for (const [kind, check] of Object.entries(checks) as [keyof BackupData, RowCheck][]) {
    for (const [index, row] of (data[kind] as never[]).entries()) {
      const problem = check(row, index);
      if (problem)
        return `This backup has a problem (row ${index + 1} of ${kind}): ${problem}. Nothing was changed.`;
    }
  }
  const running = runningSessionsProblem(data.sessions);
  return running ? `This backup ${running}. Nothing was changed.` : null;
}

// Wrapped as in a file, so a problem is described with its row number as an import describes it.
const wrappedData = v.strictObject({ data: dataSchema });

/**
 * Checks whole data as an import would (every row, ids unique, references between rows, one running session):
 * null when it could be stored, else the message. Sync runs it on merged data before writing any of it.
 */
export function dataProblem(data: BackupData): string | null {
  const result = v.safeParse(wrappedData, { data }, { abortEarly: true });
  if (!result.success) return describeIssue(result.issues[0]);
  return duplicateIdMessage(data) ?? recordProblem(data, null);
}

/** Reads a backup file's bytes: UTF-8 only, refused (not patched with replacement characters) when invalid. */
export function parseBackupBytes(bytes: Uint8Array, options: ParseOptions = {}): BackupParseResult {
  const sizeProblem = checkBackupSize(bytes.length);
  if (sizeProblem) return fail(sizeProblem);
  let textContent: string;
  try {
    textContent = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('This file is not a backup: it is not valid UTF-8 text. Nothing was changed.');
  }
  return parseBackup(textContent, options);
}

export interface ParseOptions {
  /**
   * The importing device's time. With it, rows dated after both it and the file's export time (a session
   * running from 2100) are refused; without it, that check is left out.
   */
  now?: number;
}

/** Parses and validates a backup's text; on any problem returns one message and no data. */
export function parseBackup(textContent: string, { now }: ParseOptions = {}): BackupParseResult {
  const sizeProblem = checkBackupSize(new TextEncoder().encode(textContent).length);
  if (sizeProblem) return fail(sizeProblem);
  const depth = jsonDepth(textContent);
  if (depth > maxBackupDepth) {
    return fail(
      `This file nests ${depth} levels deep; a backup nests at most ${maxBackupDepth}, so it is not a backup. Nothing was changed.`,
    );
  }

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
  const fileRows = result.output.data as BackupData;
  const { rows: data, joinedRules } =
    result.output.schemaVersion <= looseRulesSchemaVersion
      ? mendedOlderRows(fileRows)
      : { rows: fileRows, joinedRules: 0 };
  const madeAt = now === undefined ? null : Math.max(now, Date.parse(result.output.exportedAt));
  const problem = duplicateIdMessage(data) ?? recordProblem(data, madeAt);
  if (problem) return fail(problem);
  return { ok: true, backup: { ...(result.output as BackupFile), data }, joinedRules, fileRows };
}
