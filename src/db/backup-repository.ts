/**
 * Whole-database reads and replacement, for backups and reset. Replacing runs in one read-write transaction
 * over every table on a strictly durable connection of its own: an import either lands completely or not at
 * all, and once it reports success it is on disk.
 */
import type { BackupData } from '../domain/backup-format';
import { StudyDatabase, tableNames, type TableName } from './database';

export async function readAllRows(db: StudyDatabase): Promise<BackupData> {
  return db.transaction('r', db.tables, async () => ({
    settings: await db.settings.toArray(),
    ticks: await db.ticks.toArray(),
    extraTasks: await db.extraTasks.toArray(),
    signals: await db.signals.toArray(),
    sessions: await db.sessions.toArray(),
    sets: await db.sets.toArray(),
    misses: await db.misses.toArray(),
  }));
}

/** Replaces every row; returns the keys that existed before or exist now, per table, for other tabs to re-read. */
export async function replaceAllRows(
  db: StudyDatabase,
  data: BackupData,
): Promise<Record<TableName, string[]>> {
  const strict = new StudyDatabase(db.name, { strictDurability: true });
  try {
    await strict.open();
    return await replaceRows(strict, data);
  } finally {
    strict.close();
  }
}

function replaceRows(db: StudyDatabase, data: BackupData): Promise<Record<TableName, string[]>> {
  return db.transaction('rw', db.tables, async () => {
    const touched = {} as Record<TableName, string[]>;
    for (const name of tableNames) {
      const table = db.table(name);
      const before = (await table.toCollection().primaryKeys()) as string[];
      const rows = data[name] as readonly { id?: string; key?: string }[];
      await table.clear();
      if (rows.length) await table.bulkAdd([...rows]);
      touched[name] = [...new Set([...before, ...rows.map((row) => row.id ?? row.key ?? '')])];
    }
    return touched;
  });
}
