import { describe, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { createBackup } from '../../src/domain/backup-format';
import { importedData } from '../../src/domain/backup-reminder';
import { parseBackup } from '../../src/domain/backup-schema';
import type { FolderEntry } from '../../src/domain/sync-folder-schedule';
import { syncWithFolder, type SyncFolderAccess } from '../../src/sync/folder-sync';
import { undoLastMerge } from '../../src/sync/sync-actions';
import { readSyncStatus, storeSyncFolder } from '../../src/sync/sync-status';
import { sampleBackupData } from '../backup-sample';
import { studyRows } from '../support/study-rows';
import { storesForTests } from '../support/test-stores';

const start = Date.UTC(2026, 11, 3, 12);
const { clock, freshDb, openStore } = storesForTests(start);

/** A folder a cloud drive keeps the same on every device, in memory, counting what is read and written. */
function cloudFolder() {
  const files = new Map<string, { bytes: Uint8Array; lastModified: number }>();
  const reads: string[] = [];
  const writes: string[] = [];
  const access: SyncFolderAccess = {
    list: async (): Promise<FolderEntry[]> =>
      [...files].map(([name, file]) => ({ name, lastModified: file.lastModified, size: file.bytes.length })),
    read: async (name) => {
      reads.push(name);
      return files.get(name)!.bytes;
    },
    write: async (name, bytes) => {
      writes.push(name);
      files.set(name, { bytes, lastModified: clock.now });
    },
  };
  return { files, reads, writes, access };
}

async function device(folder: ReturnType<typeof cloudFolder>) {
  const db = freshDb();
  const store = await openStore(db);
  // Any structured-cloneable value stands in for the handle: the run is given the folder's files directly.
  await storeSyncFolder(db, { handle: {} as FileSystemDirectoryHandle, name: 'Drive' });
  const sync = async () => {
    clock.now += 60_000;
    const result = await store
      .getState()
      .withSyncDatabase((db) => syncWithFolder(db, folder.access, clock.now));
    return result!.run!;
  };
  return { db, store, sync };
}

function restore(store: Awaited<ReturnType<typeof device>>['store']) {
  const parsed = parseBackup(JSON.stringify(createBackup(sampleBackupData(), '0.1.0', start - 86_400_000)));
  if (!parsed.ok) throw new Error(parsed.message);
  return store.getState().replaceAllData(importedData(parsed.backup, start), parsed.fileRows);
}

describe('the sync folder, on the database', () => {
  it('writes only this device’s own file and merges every other device’s, both ways', async () => {
    const folder = cloudFolder();
    const laptop = await device(folder);
    const phone = await device(folder);
    expect((await restore(laptop.store)).ok).toBe(true);
    const first = await laptop.sync();
    expect(first.summary.cameIn).toBe('nothing new');
    expect(folder.writes).toHaveLength(1);
    const laptopFile = folder.writes[0]!;
    expect(laptopFile).toMatch(/^ml-pro-sync-[0-9a-f]{24}\.mlsync$/);

    const onPhone = await phone.sync();
    expect(onPhone.merged).toHaveLength(1);
    expect(onPhone.summary.cameIn).toMatch(/: \d+ new$/);
    expect(phone.store.getState().misses.miss1?.rule).toBe(sampleBackupData().misses[0]!.rule);
    const phoneFile = folder.writes[1]!;
    expect(phoneFile).not.toBe(laptopFile);

    await phone.store.getState().setTicked('last-7:day-6', true);
    await phone.sync();
    await laptop.sync();
    expect(laptop.store.getState().ticks['last-7:day-6']).toBeDefined();
    expect(await studyRows(laptop.db)).toEqual(await studyRows(phone.db));
    expect(new Set(folder.writes)).toEqual(new Set([laptopFile, phoneFile]));
    expect((await readSyncStatus(laptop.db)).undo).not.toBeNull();
  });

  it('undoes a whole run at once: every file it merged, back to the rows before it', async () => {
    const folder = cloudFolder();
    const laptop = await device(folder);
    const tablet = await device(folder);
    const phone = await device(folder);
    expect((await restore(laptop.store)).ok).toBe(true);
    await laptop.sync();
    await tablet.sync();
    await tablet.store.getState().setTicked('last-7:day-6', true);
    await tablet.sync();
    await laptop.store.getState().setTicked('last-7:day-5', true);
    await laptop.sync();
    await phone.store.getState().setTicked('last-7:day-1', true);
    const before = await studyRows(phone.db);
    const run = await phone.sync();
    expect(run.merged).toHaveLength(2);
    expect((await readSyncStatus(phone.db)).undo?.from).toHaveLength(2);
    expect((await phone.store.getState().withSyncDatabase((db) => undoLastMerge(db)))?.ok).toBe(true);
    expect(await studyRows(phone.db)).toEqual(before);
    expect(phone.store.getState().ticks['last-7:day-1']).toBeDefined();
    expect(phone.store.getState().ticks['last-7:day-6']).toBeUndefined();
    expect(phone.store.getState().misses.miss1).toBeUndefined();
  });

  it('reads no unchanged file and writes nothing when nothing changed', async () => {
    const folder = cloudFolder();
    const laptop = await device(folder);
    const phone = await device(folder);
    expect((await restore(laptop.store)).ok).toBe(true);
    // Each reads the other's file once more after it changed by merging; then both hold the same document.
    for (const each of [laptop, phone, laptop, phone]) await each.sync();
    const [reads, writes] = [folder.reads.length, folder.writes.length];
    const again = await laptop.sync();
    await phone.sync();
    expect(again.merged).toEqual([]);
    expect(folder.reads).toHaveLength(reads);
    expect(folder.writes).toHaveLength(writes);
  });

  it('says which file it could not merge and why, changes nothing for it, and does not read it again', async () => {
    const folder = cloudFolder();
    const laptop = await device(folder);
    expect((await restore(laptop.store)).ok).toBe(true);
    await laptop.sync();
    const before = await readAllRows(laptop.db);
    folder.files.set('ml-pro-sync-broken.mlsync', {
      bytes: new TextEncoder().encode('ML-PRO-SYNC\n{'),
      lastModified: 1,
    });
    const run = await laptop.sync();
    expect(run.summary.problems).toEqual([
      'ml-pro-sync-broken.mlsync: This sync file is cut short: its header is incomplete. Nothing was changed.',
    ]);
    expect(await readAllRows(laptop.db)).toEqual(before);
    const reads = folder.reads.length;
    await laptop.sync();
    expect(folder.reads).toHaveLength(reads);
  });

  it('asks before merging a file of another study plan, and asks again until the learner decides', async () => {
    const folder = cloudFolder();
    const laptop = await device(folder);
    const elsewhere = cloudFolder();
    const other = await device(elsewhere);
    expect((await restore(laptop.store)).ok).toBe(true);
    await laptop.sync();
    expect((await other.store.getState().setTicked('last-7:day-6', true)).ok).toBe(true);
    await other.sync();
    for (const [name, file] of elsewhere.files) folder.files.set(name, file);
    const before = await readAllRows(laptop.db);
    for (const _ of [1, 2]) {
      const run = await laptop.sync();
      expect(run.merged).toEqual([]);
      expect(run.otherPlan).toHaveLength(1);
    }
    expect(await readAllRows(laptop.db)).toEqual(before);
  });

  it('reads every file again after a backup is restored, and lets the folder go on a reset', async () => {
    const folder = cloudFolder();
    const laptop = await device(folder);
    const phone = await device(folder);
    expect((await laptop.store.getState().setTicked('last-7:day-6', true)).ok).toBe(true);
    await laptop.sync();
    await phone.sync();
    expect((await restore(phone.store)).ok).toBe(true);
    expect(phone.store.getState().ticks['last-7:day-6']).toBeUndefined();
    const run = await phone.sync();
    expect(run.merged.map((report) => report.from)).toEqual(['Unnamed device']);
    expect(phone.store.getState().ticks['last-7:day-6']).toBeDefined();

    expect((await phone.store.getState().resetAllData()).ok).toBe(true);
    expect((await readSyncStatus(phone.db)).folder).toBeNull();
  });
});
