import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAllRows } from '../../src/db/backup-repository';
import { StudyDatabase } from '../../src/db/database';
import { createBackup, emptyBackupData } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { createAppStore, type AppStoreHandle } from '../../src/store/app-store';
import { stateFromRows } from '../../src/store/mirrored-data';
import { sampleBackupData } from '../backup-sample';
import { fullDisk } from '../support/full-disk';

const handles: AppStoreHandle[] = [];
const databases: StudyDatabase[] = [];
const now = Date.UTC(2026, 10, 26, 12);

function freshDb() {
  const db = new StudyDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
}

async function openStore(db: StudyDatabase | null, channelName: string | null = null) {
  const handle = createAppStore({ db, now: () => now, channelName });
  handles.push(handle);
  await handle.hydrate();
  return handle.store;
}

afterEach(async () => {
  handles.splice(0).forEach((h) => h.dispose());
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const sortRows = <T>(rows: readonly T[]) =>
  [...rows].sort((a, b) => {
    const key = (row: T) => (row as { id?: string; key?: string }).id ?? (row as { key?: string }).key ?? '';
    return key(a).localeCompare(key(b));
  });
const normalise = (data: ReturnType<typeof sampleBackupData>) =>
  Object.fromEntries(Object.entries(data).map(([kind, rows]) => [kind, sortRows(rows as unknown[])]));

describe('export', () => {
  it('holds a change made just before it, whose write was still in flight', async () => {
    const store = await openStore(freshDb());
    void store.getState().updatePreferences({ theme: 'dark' });
    void store.getState().setTicked('sparkml-pipelines', true);
    const data = await store.getState().exportData();
    expect(data.settings.find((row) => row.key === 'preferences')?.value).toMatchObject({ theme: 'dark' });
    expect(data.ticks.map((tick) => tick.id)).toEqual(['sparkml-pipelines']);
  });
});

describe('calendar reminder choices', () => {
  const choices = {
    sessions: true,
    sessionTime: '06:45',
    sessionDays: ['TU', 'FR'],
    lastSevenDays: false,
    examDayBefore: false,
  } as const;

  it('are stored with the preferences: a reload, an export and an import keep them', async () => {
    const db = freshDb();
    const store = await openStore(db);
    await store.getState().updatePreferences({ theme: 'light' });
    await store.getState().updatePreferences({ calendarReminders: choices });
    expect((await openStore(db)).getState().preferences).toEqual({
      theme: 'light',
      sound: true,
      notifications: false,
      calendarReminders: choices,
    });

    const text = JSON.stringify(createBackup(await store.getState().exportData(), '0.1.0', now));
    await store.getState().resetAllData();
    expect(store.getState().preferences.calendarReminders).toBeUndefined();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    await store.getState().replaceAllData(parsed.backup.data);
    expect(store.getState().preferences.calendarReminders).toEqual(choices);
  });
});

describe('export, wipe, import', () => {
  it('gives back exactly the same rows and the same store state', async () => {
    const db = freshDb();
    const store = await openStore(db);
    expect(await store.getState().replaceAllData(sampleBackupData())).toEqual({ ok: true });
    const before = store.getState();

    const text = JSON.stringify(createBackup(await before.exportData(), '0.1.0', now));
    expect(await store.getState().resetAllData()).toEqual({ ok: true });
    expect(Object.keys(store.getState().misses)).toHaveLength(0);
    expect(await readAllRows(db)).toEqual(emptyBackupData());

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await store.getState().replaceAllData(parsed.backup.data)).toEqual({ ok: true });

    expect(normalise(await readAllRows(db))).toEqual(normalise(sampleBackupData()));
    const after = store.getState();
    for (const key of [
      'setup',
      'preferences',
      'ticks',
      'extraTasks',
      'signals',
      'sessions',
      'sets',
      'misses',
    ] as const) {
      expect(after[key]).toEqual(before[key]);
    }
    // A fresh store on the same database sees the same.
    const fresh = await openStore(db);
    expect(fresh.getState().misses).toEqual(before.misses);
  });

  it('replaces rather than merges: rows absent from the backup are gone', async () => {
    const db = freshDb();
    const store = await openStore(db);
    store.getState().setTicked('not-in-backup', true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await store.getState().replaceAllData(sampleBackupData());
    expect(store.getState().ticks['not-in-backup']).toBeUndefined();
    expect((await db.ticks.get('not-in-backup')) ?? null).toBeNull();
  });

  it('another tab sees the imported rows and loses the replaced ones', async () => {
    const db = freshDb();
    const channel = `rows-${crypto.randomUUID()}`;
    const importing = await openStore(db, channel);
    const other = await openStore(db, channel);
    other.getState().setTicked('not-in-backup', true);
    await vi.waitFor(() => expect(importing.getState().ticks['not-in-backup']).toBeDefined());

    await importing.getState().replaceAllData(sampleBackupData());
    await vi.waitFor(() => expect(Object.keys(other.getState().misses).sort()).toEqual(['miss1', 'miss2']));
    expect(other.getState().ticks['not-in-backup']).toBeUndefined();
    expect(other.getState().setup.examDate).toBe('2027-01-15');
  });

  it('runs in memory without a database', async () => {
    const store = await openStore(null);
    expect(await store.getState().replaceAllData(sampleBackupData())).toEqual({ ok: true });
    expect(store.getState()).toMatchObject(stateFromRows(sampleBackupData()));
    expect(normalise(await store.getState().exportData()).misses).toEqual(
      sortRows(sampleBackupData().misses),
    );
  });
});

describe('a full disk during import', () => {
  it('changes nothing, says so, and the store shows what is stored', async () => {
    const db = freshDb();
    const disk = { writes: false, reads: false };
    const full = fullDisk(disk);
    db.use(full);
    // The import writes through a strictly durable connection of its own: the same disk is full for it too.
    const open = StudyDatabase.prototype.open;
    vi.spyOn(StudyDatabase.prototype, 'open').mockImplementation(function (this: StudyDatabase) {
      if (this !== db) this.use(full);
      return open.call(this);
    });
    const store = await openStore(db);
    store.getState().setTicked('sparkml-pipelines', true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    disk.writes = true;

    const outcome = await store.getState().replaceAllData(sampleBackupData());
    expect(outcome.ok ? null : outcome.message).toMatch(/out of storage space.*nothing changed/);
    expect(Object.keys(store.getState().ticks)).toEqual(['sparkml-pipelines']);
    expect(store.getState().misses).toEqual({});
    expect(await db.ticks.count()).toBe(1);

    expect(await store.getState().setTicked('inference-fit', true)).toMatchObject({ ok: false });
    expect(store.getState().storageError).toMatch(/out of storage space/);
    expect(store.getState().ticks['inference-fit']).toBeUndefined();
  });
});
