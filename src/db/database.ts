/**
 * The one IndexedDB database. Every table holds rows the store writes through one at a time, so a crash or a
 * closed tab loses at most the write in flight, and no whole-state blob is ever rewritten.
 *
 * Versions are appended, never edited: a user's browser may hold any earlier one and Dexie upgrades through
 * each in turn.
 */
import Dexie, { type Table } from 'dexie';
import type { DraftRecord, MetaRecord, SyncStateRecord } from '../domain/device-rows';
import type { MissRecord, MixedSetRecord } from '../domain/records';
import { withRulesJoined } from '../domain/joined-rules';
import { mendStoredRow } from '../domain/mend-rows';
import { carryOverMisses } from '../domain/review-carry-over';
import { tableNames, type RowOf, type TableName } from '../domain/tables';

export type { TableName } from '../domain/tables';
export { tableNames } from '../domain/tables';

export const databaseName = 'ml-pro-study-tracker';

/** One typed Dexie table per entry of the registry in src/domain/tables.ts. */
type RegistryTables = { [K in TableName]: Table<RowOf[K], string> };

// Declaration merging gives the class a typed property per registered table.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface StudyDatabase extends RegistryTables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class StudyDatabase extends Dexie {
  /** Unsaved form text of this device; never exported, never replaced by an import. */
  declare drafts: Table<DraftRecord, string>;
  /** Bookkeeping of this device's database, e.g. the replace generation; never exported. */
  declare meta: Table<MetaRecord, string>;
  /** Sync between devices: this device's name, its merge document, the undo of the last merge; never exported. */
  declare syncState: Table<SyncStateRecord, string>;

  /**
   * Everyday row writes keep the browser's default (relaxed) durability: committed to the operating system at
   * once, so they survive a tab or browser crash, without waiting for a disk flush. A flush on every tick and
   * keystroke widened the moment in which a reload or tab close aborts the write still in flight (an e2e run
   * lost a value that way). Whole-database replacement opens its own strict connection (`strictDurability`).
   */
  /** The version IndexedDB itself reports for this schema: Dexie stores its version times ten. */
  get nativeVersion(): number {
    return Math.round(this.verno * 10);
  }

  constructor(name = databaseName, { strictDurability = false } = {}) {
    super(name, strictDurability ? { chromeTransactionDurability: 'strict' } : {});
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
    // 2026-11-26 v2: the miss log filters by failure mode and lists by last change, so both become indexes.
    // IndexedDB leaves a row out of an index when the indexed field is missing, so the upgrade gives every
    // miss and set an `updatedAt` (its `createdAt` when absent) and every miss a `retests` list.
    this.version(2)
      .stores({ misses: '&id, setId, sessionId, createdAt, updatedAt, failureMode' })
      .upgrade(async (tx) => {
        await tx
          .table('misses')
          .toCollection()
          .modify((miss: Partial<MissRecord>) => {
            if (typeof miss.updatedAt !== 'number') miss.updatedAt = miss.createdAt ?? 0;
            if (!Array.isArray(miss.retests)) miss.retests = [];
          });
        await tx
          .table('sets')
          .toCollection()
          .modify((set: Partial<MixedSetRecord>) => {
            if (typeof set.updatedAt !== 'number') set.updatedAt = set.createdAt ?? 0;
          });
      });
    // 2026-11-27 v3: study time logged by hand (issue 9), listed and counted by date. A new table, so no
    // existing row changes.
    this.version(3).stores({ studyLogs: '&id, date' });
    // 2026-11-27 v4: drafts keep what a form holds before it is saved, so a reload or a closed tab restores it;
    // meta holds the generation an import or reset bumps, which every write checks inside its transaction so a
    // change queued in another tab before the replace can never land after it. Neither table is in backups.
    this.version(4).stores({ drafts: '&id', meta: '&key' });
    // 2026-11-27 v5: rule review (issue 12). One card per miss rule, keyed by the miss, and one log row per
    // grade. The day-1/3/7 retests already answered become review logs (held = Good, slipped = Again) and a
    // card whose FSRS memory is replayed from them at its first review. The misses keep their retests as they
    // were. Only fields every version since 2 has are read, so whatever versions 3 and 4 add passes through.
    this.version(5)
      .stores({ reviewCards: '&missId', reviewLogs: '&id, missId' })
      .upgrade(async (tx) => {
        const sets = (await tx.table('sets').toArray()) as Pick<MixedSetRecord, 'id' | 'date'>[];
        const misses = (await tx.table('misses').toArray()) as MissRecord[];
        const { cards, logs } = carryOverMisses(misses, sets, () => false, Date.now());
        await tx.table('reviewCards').bulkPut(cards);
        await tx.table('reviewLogs').bulkPut(logs);
      });
    // 2026-12-03 v7: sync between devices (issue 19) keeps its own rows beside the tables: this device's name,
    // the merge document, the backup restored since the last sync, the undo of the last merge and the devices
    // merged so far. A new table, so no existing row changes; like drafts and meta it is never in a backup.
    this.version(7).stores({ syncState: '&key' });
    // 2026-12-03 v8: exam-day rehearsal (issue 21). The practice exam in progress gets its own table; a finished
    // one is a mixed set with an optional `practiceExam` field, which needs no index, so no row changes.
    // Version 6 was never shipped; Dexie upgrades through the gap.
    this.version(8).stores({ rehearsals: '&id' });
    // 2026-12-03 v9: the first release stored dates and instants no view can compute with (a start date in
    // year 9999, a createdAt of 8.64e15), which crashed /, /plan, /misses and /review and made every backup
    // refuse to import. Each such field is mended (see domain/mend-rows.ts); no index changes.
    this.version(9)
      .stores({})
      .upgrade(async (tx) => {
        const now = Date.now();
        // Only the rows a backup holds: drafts keep whatever a form held, however unfinished.
        for (const table of tableNames) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: object, ref: { value: object }) => {
              const mended = mendStoredRow(row, now);
              if (JSON.stringify(mended) !== JSON.stringify(row)) ref.value = mended;
            });
        }
      });
    // 2026-12-03 v10: every write now asks for a rule of one sentence, as the forms always did; rules stored
    // before (on several lines, or several sentences typed into the session worksheet) are joined into one
    // with every word kept (domain/joined-rules.ts, as an import of an older backup does). A miss whose
    // session was deleted before deleting detached it no longer points at it. Both made every export refuse
    // to import; nothing else in a row changes, and no index changes.
    this.version(10)
      .stores({})
      .upgrade(async (tx) => {
        const sessionIds = new Set((await tx.table('sessions').toCollection().primaryKeys()) as string[]);
        await tx
          .table('misses')
          .toCollection()
          .modify((miss: Partial<MissRecord>, ref: { value: unknown }) => {
            let mended = miss;
            if (typeof miss.rule === 'string' && typeof miss.saferAction === 'string') {
              mended = { ...mended, ...withRulesJoined({ rule: miss.rule, saferAction: miss.saferAction }) };
            }
            if (typeof miss.sessionId === 'string' && !sessionIds.has(miss.sessionId)) {
              mended = { ...mended, sessionId: null };
            }
            if (JSON.stringify(mended) !== JSON.stringify(miss)) ref.value = mended;
          });
      });
  }
}
