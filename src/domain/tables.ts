/**
 * The one list of stored tables. The database, the backup file and its schema, the store's mirror, the
 * import confirmation and the stored counts all derive from it, so adding a kind of record is one entry here
 * (plus its row schema in backup-schema.ts, which the compiler asks for) and an appended database version.
 */
import type {
  ExtraTaskRecord,
  MissRecord,
  MixedSetRecord,
  RehearsalRecord,
  SessionRecord,
  SettingsRecord,
  SelfCheckRecord,
  StudyLogRecord,
  TickRecord,
} from './records';
import type { ReviewCardRecord, ReviewLogRecord } from './review-records';

export interface RowOf {
  settings: SettingsRecord;
  ticks: TickRecord;
  extraTasks: ExtraTaskRecord;
  /** Booking self-checks; the stored name (and backup key) is historical and stays so old data imports. */
  signals: SelfCheckRecord;
  sessions: SessionRecord;
  sets: MixedSetRecord;
  misses: MissRecord;
  studyLogs: StudyLogRecord;
  reviewCards: ReviewCardRecord;
  reviewLogs: ReviewLogRecord;
  /** The practice exam in progress (issue 21); a finished one is a mixed set. */
  rehearsals: RehearsalRecord;
}

export type TableName = keyof RowOf;

interface TableInfo<K extends TableName> {
  primaryKey: keyof RowOf[K] & string;
  /** How the import confirmation names the rows. */
  label: string;
}

/** In the order the import confirmation lists them. */
export const tables: { readonly [K in TableName]: TableInfo<K> } = {
  settings: { primaryKey: 'key', label: 'Settings (set-up and preferences)' },
  ticks: { primaryKey: 'id', label: 'Ticked tasks' },
  extraTasks: { primaryKey: 'id', label: 'Added tasks' },
  signals: { primaryKey: 'id', label: 'Booking self-checks' },
  sessions: { primaryKey: 'id', label: 'Study sessions' },
  sets: { primaryKey: 'id', label: 'Mixed sets' },
  misses: { primaryKey: 'id', label: 'Misses' },
  studyLogs: { primaryKey: 'id', label: 'Logged study time' },
  reviewCards: { primaryKey: 'missId', label: 'Rule review cards' },
  reviewLogs: { primaryKey: 'id', label: 'Rule reviews' },
  rehearsals: { primaryKey: 'id', label: 'Practice exam in progress' },
};

export const tableNames = Object.keys(tables) as TableName[];

/** Tables whose rows the store keeps as a map by id; settings are unpacked into named fields instead. */
export type RowTable = Exclude<TableName, 'settings'>;

export const rowTableNames = tableNames.filter((name): name is RowTable => name !== 'settings');

/** Every row of every table: what a backup holds and what a replace writes. */
export type TableRows = { [K in TableName]: RowOf[K][] };

export const emptyTableRows = (): TableRows =>
  Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as TableRows;

export function primaryKeyOf(table: TableName, row: unknown): string {
  const value = (row as Record<string, unknown>)[tables[table].primaryKey];
  return typeof value === 'string' ? value : '';
}
