/**
 * Whole-database reads and replacement, for backups and reset. Replacing runs in one read-write transaction
 * over every table on a strictly durable connection of its own: an import either lands completely or not at
 * all, and once it reports success it is on disk.
 */
import { emptyTableRows, primaryKeyOf, tableNames, type TableName, type TableRows } from '../domain/tables';
import { StudyDatabase } from './database';

export async function readAllRows(db: StudyDatabase): Promise<TableRows> {
  return db.transaction('r', db.tables, async () => {
    const data = emptyTableRows() as Record<TableName, unknown[]>;
    for (const name of tableNames) data[name] = await db.table(name).toArray();
    return data as TableRows;
  });
}

/** Replaces every row; returns the keys that existed before or exist now, per table, for other tabs to re-read. */
export async function replaceAllRows(
  db: StudyDatabase,
  data: TableRows,
): Promise<Record<TableName, string[]>> {
  const strict = new StudyDatabase(db.name, { strictDurability: true });
  try {
    await strict.open();
    return await replaceRows(strict, data);
  } finally {
    strict.close();
  }
}

function replaceRows(db: StudyDatabase, data: TableRows): Promise<Record<TableName, string[]>> {
  return db.transaction('rw', db.tables, async () => {
    const touched = {} as Record<TableName, string[]>;
    for (const name of tableNames) {
      const table = db.table(name);
      const before = (await table.toCollection().primaryKeys()) as string[];
      const rows = data[name] as readonly unknown[];
      await table.clear();
      if (rows.length) await table.bulkAdd([...rows]);
      touched[name] = [...new Set([...before, ...rows.map((row) => primaryKeyOf(name, row))])];
    }
    return touched;
  });
}
