import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { createBackup } from '../../src/domain/backup-format';
import { importedData } from '../../src/domain/backup-reminder';
import { parseBackup } from '../../src/domain/backup-schema';
import backupV1 from '../fixtures/backup-v1-release-0.1.0.json';
import { checkSyncFile, mergeSyncFile, saveSyncFile, undoLastMerge } from '../../src/sync/sync-actions';
import { syncFormatVersion } from '../../src/sync/sync-file';
import { readSyncStatus } from '../../src/sync/sync-status';
import type { TableRows } from '../../src/domain/tables';
import { studyRows, withoutDeviceSettings } from '../support/study-rows';
import { sampleBackupData } from '../backup-sample';
import { openReleasedDatabase } from '../support/released-database';
import { storesForTests } from '../support/test-stores';

const now = Date.UTC(2026, 11, 3, 12);
const { freshDb, openStore } = storesForTests(now);

async function device() {
  const db = freshDb();
  return { db, store: await openStore(db) };
}

type Device = Awaited<ReturnType<typeof device>>;

async function save({ store }: Device) {
  const saved = await store.getState().withSyncDatabase((db) => saveSyncFile(db, now));
  return saved!.bytes;
}

async function merge({ store }: Device, bytes: Uint8Array) {
  const report = await store.getState().withSyncDatabase(async (db) => {
    const file = await checkSyncFile(db, bytes);
    if (!file.ok) return { ...file, touched: {} };
    return mergeSyncFile(db, file, now);
  });
  return report!;
}

async function restore({ store }: Device, text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const outcome = await store.getState().replaceAllData(importedData(parsed.backup, now), parsed.fileRows);
  expect(outcome.ok).toBe(true);
}

const backupText = () => JSON.stringify(createBackup(sampleBackupData(), '0.1.0', now - 86_400_000));

describe('sync between devices, on the database', () => {
  it('starts a blank device from a file saved by a device that never synced before', async () => {
    const laptop = await device();
    await restore(laptop, backupText());
    await laptop.store.getState().setTicked('last-7:day-6', true);
    const blank = await device();
    const report = await merge(blank, await save(laptop));
    expect(report).toMatchObject({ ok: true, counts: { misses: { added: 2 } } });
    // The sample's review card was not made from its logs; merging reschedules it from them, on both sides.
    await merge(laptop, await save(blank));
    expect(await studyRows(blank.db)).toEqual(await studyRows(laptop.db));
    expect(blank.store.getState().misses.miss1?.rule).toBe(sampleBackupData().misses[0]!.rule);
    expect((await readSyncStatus(blank.db)).planId).toBe((await readSyncStatus(laptop.db)).planId);
  });

  it("keeps each device's own backup time and look: another device's export is no backup here", async () => {
    const phone = await device();
    const laptop = await device();
    await restore(phone, backupText());
    await restore(laptop, backupText());
    expect((await laptop.store.getState().recordBackup(now)).ok).toBe(true);
    expect((await laptop.store.getState().updatePreferences({ theme: 'dark', sound: false })).ok).toBe(true);
    await laptop.store.getState().setTicked('last-7:day-6', true);
    const phoneBefore = (await readAllRows(phone.db)).settings.filter((row) => row.key !== 'setup');
    await merge(phone, await save(laptop));
    await merge(laptop, await save(phone));
    expect(phone.store.getState().ticks['last-7:day-6']).toBeDefined();
    expect((await readAllRows(phone.db)).settings.filter((row) => row.key !== 'setup')).toEqual(phoneBefore);
    expect(phone.store.getState().backups.lastExportedAt).toBeNull();
    expect(laptop.store.getState().backups.lastExportedAt).toBe(now);
    expect(laptop.store.getState().preferences.theme).toBe('dark');
    expect(await studyRows(phone.db)).toEqual(await studyRows(laptop.db));
  });

  it('keeps edits of different fields of one miss made on two devices that restored the same backup', async () => {
    const phone = await device();
    const laptop = await device();
    await restore(phone, backupText());
    await restore(laptop, backupText());
    const miss = phone.store.getState().misses.miss1!;
    expect((await phone.store.getState().restoreMiss({ ...miss, rule: 'Phone rule.' })).ok).toBe(true);
    expect((await laptop.store.getState().restoreMiss({ ...miss, saferAction: 'Laptop action.' })).ok).toBe(
      true,
    );
    const fromPhone = await save(phone);
    await merge(phone, await save(laptop));
    await merge(laptop, fromPhone);
    for (const { store } of [phone, laptop]) {
      expect(store.getState().misses.miss1).toMatchObject({
        rule: 'Phone rule.',
        saferAction: 'Laptop action.',
      });
    }
  });

  // Files saved by earlier releases (scripts/make-sync-fixture.mjs made the format-2 one: a restored backup, then
  // edits, a delete, a tick and an untick), each with the rows a blank device got from it then.
  it.each([
    { format: 1, name: 'sync-v1-release-0.1.0', table: 'misses', deleted: 'miss2' },
    { format: 2, name: 'sync-v2-release-0.1.0', table: 'studyLogs', deleted: 'log1' },
  ])(
    'merges a format-$format file saved before this release, alone and beside files saved by this release',
    async ({ name, table, deleted }) => {
      const fixture = (file: string) => readFileSync(`tests/fixtures/${file}`);
      const older = new Uint8Array(fixture(`${name}.mlsync`));
      const first = await device();
      expect(await merge(first, older)).toMatchObject({ ok: true });
      // What a blank device got from this file with the code that saved it.
      expect(await studyRows(first.db)).toEqual(
        withoutDeviceSettings(JSON.parse(fixture(`${name}.rows.json`).toString('utf8')) as TableRows),
      );
      const miss = first.store.getState().misses.miss1!;
      expect(
        (await first.store.getState().restoreMiss({ ...miss, rule: 'Edited on this release.' })).ok,
      ).toBe(true);
      const remove = table === 'misses' ? 'deleteMiss' : 'deleteStudyLog';
      expect((await first.store.getState()[remove](deleted)).ok).toBe(true);
      const newer = await save(first);
      const second = await device();
      await merge(second, newer);
      await merge(second, older);
      const third = await device();
      await merge(third, older);
      await merge(third, newer);
      for (const device of [second, third])
        expect(await studyRows(device.db)).toEqual(await studyRows(first.db));
      expect(third.store.getState().misses.miss1?.rule).toBe('Edited on this release.');
      expect((await studyRows(third.db))[table as 'misses' | 'studyLogs'].map((row) => row.id)).not.toContain(
        deleted,
      );
    },
  );

  it('keeps both edits of a device on this release and one on the release before that restored the same backup', async () => {
    // The format-2 fixture's device restored this very backup, then edited miss1's rule (and deleted miss2).
    const older = new Uint8Array(readFileSync('tests/fixtures/sync-v2-release-0.1.0.mlsync'));
    const laptop = await device();
    // That backup as the fixture's device restored it: a schema-3 file whose rule is on two lines, which this
    // release joins in the tables while its document starts from the file's own rows, as the older one did.
    await restore(laptop, readFileSync('tests/fixtures/sync-v2-release-0.1.0.backup.json', 'utf8'));
    const miss = laptop.store.getState().misses.miss1!;
    expect((await laptop.store.getState().restoreMiss({ ...miss, saferAction: 'Laptop action.' })).ok).toBe(
      true,
    );
    await save(laptop);
    expect(await merge(laptop, older)).toMatchObject({ ok: true });
    expect(laptop.store.getState().misses.miss1).toMatchObject({
      rule: 'Edited after the restore.',
      saferAction: 'Laptop action.',
    });
    expect(laptop.store.getState().misses.miss2).toBeUndefined();
  });

  it('syncs a database upgraded in place from release 0.1.0', async () => {
    const upgraded = freshDb();
    const released = openReleasedDatabase(upgraded.name, 2);
    const data = (backupV1 as { data: Record<string, unknown[]> }).data;
    await released.open();
    for (const [table, rows] of Object.entries(data)) await released.table(table).bulkPut(rows);
    released.close();
    const store = await openStore(upgraded);
    const blank = await device();
    const report = await merge(blank, await save({ db: upgraded, store }));
    expect(report.ok).toBe(true);
    expect(await studyRows(blank.db)).toEqual(await studyRows(upgraded));
  });

  it('undoes a merge once: every row as it was, and the same file merges again', async () => {
    const laptop = await device();
    await restore(laptop, backupText());
    const phone = await device();
    await phone.store.getState().setTicked('last-7:day-5', true);
    const before = await readAllRows(phone.db);
    const file = await save(laptop);
    await merge(phone, file);
    expect(phone.store.getState().misses.miss1).toBeDefined();
    const undone = await phone.store.getState().withSyncDatabase((db) => undoLastMerge(db));
    expect(undone!.ok).toBe(true);
    expect(await readAllRows(phone.db)).toEqual(before);
    expect(phone.store.getState().misses.miss1).toBeUndefined();
    expect((await readSyncStatus(phone.db)).undo).toBeNull();
    const again = await merge(phone, file);
    expect(again).toMatchObject({ ok: true, counts: { misses: { added: 2 } } });
  });

  it('refuses a damaged or truncated file, a backup given by mistake and a newer format, changing nothing', async () => {
    const laptop = await device();
    await restore(laptop, backupText());
    const file = await save(laptop);
    const phone = await device();
    await phone.store.getState().setTicked('last-7:day-5', true);
    const before = await readAllRows(phone.db);
    const newer = new TextEncoder().encode(
      new TextDecoder()
        .decode(file.subarray(0, 200))
        .replace(`"formatVersion":${syncFormatVersion}`, `"formatVersion":${syncFormatVersion + 1}`),
    );
    const cases: [Uint8Array, RegExp][] = [
      [file.subarray(0, file.length - 10), /cut short or damaged/],
      [new TextEncoder().encode(backupText()), /This is a backup, not a sync file/],
      [
        new Uint8Array([
          ...newer.subarray(0, newer.indexOf(10, 12) + 1),
          ...file.subarray(file.indexOf(10, 12) + 1),
        ]),
        /newer version/,
      ],
      [new TextEncoder().encode('hello'), /not a sync file/],
    ];
    for (const [bytes, message] of cases) {
      const report = await merge(phone, bytes);
      expect(report).toMatchObject({ ok: false, message: expect.stringMatching(message) });
      expect(report.ok || report.message).toMatch(/Nothing was changed\.$/);
    }
    expect(await readAllRows(phone.db)).toEqual(before);
    expect((await readSyncStatus(phone.db)).peers).toEqual([]);
  });

  it('says a file is from another study plan before merging it', async () => {
    const laptop = await device();
    await restore(laptop, backupText());
    const phone = await device();
    await phone.store.getState().setTicked('last-7:day-5', true);
    await save(phone);
    const checked = await phone.store
      .getState()
      .withSyncDatabase(async (db) => ({ ...(await checkSyncFile(db, await save(laptop))), touched: {} }));
    expect(checked).toMatchObject({ ok: true, otherPlan: true });
  });

  it('does not ask a device that saved a file before it held any study: the first plan it merges is its own', async () => {
    const laptop = await device();
    await restore(laptop, backupText());
    const blank = await device();
    await blank.store.getState().updatePreferences({ theme: 'dark' });
    await save(blank);
    const checked = await blank.store
      .getState()
      .withSyncDatabase(async (db) => ({ ...(await checkSyncFile(db, await save(laptop))), touched: {} }));
    expect(checked).toMatchObject({ ok: true, otherPlan: false });
  });
});
