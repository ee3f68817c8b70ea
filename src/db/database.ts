/**
 * The one IndexedDB database. Every table holds rows the store writes through one at a time, so a crash or a
 * closed tab loses at most the write in flight, and no whole-state blob is ever rewritten.
 *
 * Versions are appended, never edited: a user's browser may hold any earlier one and Dexie upgrades through
 * each in turn.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  ExtraTaskRecord,
  MissRecord,
  MixedSetRecord,
  SessionRecord,
  SettingsRecord,
  SignalRecord,
  TickRecord,
} from '../domain/records';

export const databaseName = 'ml-pro-study-tracker';

export class StudyDatabase extends Dexie {
  settings!: Table<SettingsRecord, SettingsRecord['key']>;
  ticks!: EntityTable<TickRecord, 'id'>;
  extraTasks!: EntityTable<ExtraTaskRecord, 'id'>;
  signals!: EntityTable<SignalRecord, 'id'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  sets!: EntityTable<MixedSetRecord, 'id'>;
  misses!: EntityTable<MissRecord, 'id'>;

  constructor(name = databaseName) {
    super(name);
    // 2026-11-26 v1: every record kind the product keeps.
    this.version(1).stores({
      settings: '&key',
      ticks: '&id',
      extraTasks: '&id, weekOf',
      signals: '&id',
      sessions: '&id, startedAt, status',
      sets: '&id, date',
      misses: '&id, setId, sessionId, createdAt',
    });
  }
}

export type TableName = 'settings' | 'ticks' | 'extraTasks' | 'signals' | 'sessions' | 'sets' | 'misses';

export const tableNames: readonly TableName[] = [
  'settings',
  'ticks',
  'extraTasks',
  'signals',
  'sessions',
  'sets',
  'misses',
];
