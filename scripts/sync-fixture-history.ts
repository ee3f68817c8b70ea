/**
 * The history behind a sync-file fixture, run in Node by scripts/make-sync-fixture.mjs through Vite's module
 * runner, on the app's own store and fake-indexeddb: a device restores the sample backup (so the file holds a
 * restored backup's base operations), then edits one miss's rule, deletes another miss, ticks a task and unticks
 * one, and saves a sync file. Beside the file it returns the rows a blank device got from merging it, with the
 * code that saved it (what every later release must still get from that file), and the backup it restored (what
 * a later release restores to start from the same base).
 */
import 'fake-indexeddb/auto';
import { readAllRows } from '../src/db/backup-repository';
import { StudyDatabase } from '../src/db/database';
import { createBackup } from '../src/domain/backup-format';
import { importedData } from '../src/domain/backup-reminder';
import { parseBackup } from '../src/domain/backup-schema';
import { createAppStore } from '../src/store/app-store';
import { checkSyncFile, mergeSyncFile, saveSyncFile } from '../src/sync/sync-actions';
import { isDeviceOwn } from '../src/sync/row-document';
import { sampleBackupData } from '../tests/backup-sample';

const now = Date.UTC(2026, 11, 3, 12);

async function device(name: string) {
  const db = new StudyDatabase(`fixture-${name}`);
  const handle = createAppStore({ db, now: () => now, channelName: null });
  await handle.hydrate();
  return { db, handle, store: handle.store };
}

export async function syncFixture(): Promise<{ file: Uint8Array; rows: unknown; backup: string }> {
  const laptop = await device('laptop');
  const backup = JSON.stringify(createBackup(sampleBackupData(), '0.1.0', now - 86_400_000));
  const parsed = parseBackup(backup);
  if (!parsed.ok) throw new Error(parsed.message);
  const restored = await laptop.store
    .getState()
    .replaceAllData(importedData(parsed.backup, now), parsed.backup.data);
  if (!restored.ok) throw new Error('restore failed');
  const state = laptop.store.getState();
  await state.restoreMiss({ ...state.misses.miss1!, rule: 'Edited after the restore.' });
  await state.deleteMiss('miss2');
  await state.setTicked('last-7:day-6', true);
  await state.setTicked('sparkml-pipelines', false);
  const saved = await laptop.store.getState().withSyncDatabase((db) => saveSyncFile(db, now));
  const blank = await device('blank');
  const report = await blank.store.getState().withSyncDatabase(async (db) => {
    const file = await checkSyncFile(db, saved!.bytes);
    if (!file.ok) throw new Error(file.message);
    return mergeSyncFile(db, file, now);
  });
  if (!report?.ok) throw new Error('merge failed');
  const rows = await readAllRows(blank.db);
  rows.settings = rows.settings.filter((row) => !isDeviceOwn('settings', row.key));
  for (const { db, handle } of [laptop, blank]) {
    handle.dispose();
    await db.delete();
  }
  return { file: saved!.bytes, rows, backup };
}
