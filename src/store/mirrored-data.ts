import type { BackupData } from '../domain/backup-format';
import type { BackupLog, ExamOutcome, Preferences, SettingsRecord } from '../domain/records';
import { defaultBackupLog, defaultPreferences } from '../domain/records';
import { defaultSetup, type Setup } from '../domain/setup';
import {
  primaryKeyOf,
  rowTableNames,
  tableNames,
  type RowOf,
  type RowTable,
  type TableName,
} from '../domain/tables';

/** Everything the store mirrors from IndexedDB, keyed by primary key so a changed row replaces one entry. */
export type MirroredData = {
  setup: Setup;
  preferences: Preferences;
  examOutcome: ExamOutcome | null;
  backups: BackupLog;
} & {
  [K in RowTable]: Record<string, RowOf[K]>;
};

export const emptyMirroredData: MirroredData = {
  setup: defaultSetup,
  preferences: defaultPreferences,
  examOutcome: null,
  backups: defaultBackupLog,
  ...(Object.fromEntries(rowTableNames.map((name) => [name, {}])) as {
    [K in RowTable]: Record<string, never>;
  }),
};

function settingsPatch(rows: readonly SettingsRecord[]): Partial<MirroredData> {
  const patch: Partial<MirroredData> = {};
  for (const row of rows) {
    // Spread over the defaults so a field added in a later release has a value in rows saved before it.
    if (row.key === 'setup') patch.setup = { ...defaultSetup, ...row.value };
    if (row.key === 'preferences') patch.preferences = { ...defaultPreferences, ...row.value };
    if (row.key === 'examOutcome') patch.examOutcome = row.value;
    if (row.key === 'backups') patch.backups = { ...defaultBackupLog, ...row.value };
  }
  return patch;
}

/** The settings rows this state stands for (no `examOutcome` row while there is none). */
export function settingsRowsOf(state: MirroredData, now: number): SettingsRecord[] {
  return [
    { key: 'setup', value: state.setup, updatedAt: now },
    { key: 'preferences', value: state.preferences, updatedAt: now },
    ...(state.examOutcome ? [{ key: 'examOutcome' as const, value: state.examOutcome, updatedAt: now }] : []),
    { key: 'backups', value: state.backups, updatedAt: now },
  ];
}

/** The row `key` of `table` as this state shows it, or null when the state has no such row. */
export function rowImageOf(state: MirroredData, table: TableName, key: string, now: number): unknown {
  if (table === 'settings') return settingsRowsOf(state, now).find((row) => row.key === key) ?? null;
  return (state[table] as Record<string, unknown>)[key] ?? null;
}

/**
 * The state change that mirrors rows read back from the database: `rows` are present rows, `missing` keys
 * were asked for and are gone. Used by hydration, by other tabs' writes and by rollback after a failed write.
 */
export function mergeRows(
  state: MirroredData,
  table: TableName,
  rows: readonly unknown[],
  missing: readonly string[],
): Partial<MirroredData> {
  if (table === 'settings') {
    const patch = settingsPatch(rows as SettingsRecord[]);
    if (missing.includes('setup')) patch.setup = defaultSetup;
    if (missing.includes('preferences')) patch.preferences = defaultPreferences;
    if (missing.includes('examOutcome')) patch.examOutcome = null;
    if (missing.includes('backups')) patch.backups = defaultBackupLog;
    return patch;
  }
  const next: Record<string, unknown> = { ...state[table as RowTable] };
  for (const key of missing) delete next[key];
  for (const row of rows) next[primaryKeyOf(table, row)] = row;
  return { [table]: next } as Partial<MirroredData>;
}

/** The store's mirror of a whole backup or database read. */
export function stateFromRows(data: BackupData): MirroredData {
  let state: MirroredData = { ...emptyMirroredData };
  for (const table of tableNames) {
    state = { ...state, ...mergeRows(state, table, data[table], []) };
  }
  return state;
}

export function byId<T extends { id: string }>(rows: readonly T[]): Record<string, T> {
  const map: Record<string, T> = {};
  for (const row of rows) map[row.id] = row;
  return map;
}
