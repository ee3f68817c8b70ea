import { readAllRows } from '../../src/db/backup-repository';
import type { StudyDatabase } from '../../src/db/database';
import type { TableRows } from '../../src/domain/tables';
import { isDeviceOwn } from '../../src/sync/row-document';

/** Every row but the settings that describe the device itself (its backups, its look), which never sync. */
export const withoutDeviceSettings = (rows: TableRows): TableRows => ({
  ...rows,
  settings: rows.settings.filter((row) => !isDeviceOwn('settings', row.key)),
});

export const studyRows = async (db: StudyDatabase) => withoutDeviceSettings(await readAllRows(db));
