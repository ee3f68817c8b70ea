import { describe, expect, it } from 'vitest';
import { backupSchemaVersion, createBackup } from '../../src/domain/backup-format';
import {
  backedUpUntil,
  backupStatus,
  importedData,
  rowChangedAt,
  withExportRecord,
} from '../../src/domain/backup-reminder';
import { parseBackup } from '../../src/domain/backup-schema';
import { stateFromRows } from '../../src/store/mirrored-data';
import { sampleBackupData } from '../backup-sample';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 26, 12);

describe('rowChangedAt', () => {
  it('takes the latest of the times a row carries', () => {
    expect(rowChangedAt({ id: 't', tickedAt: 5 })).toBe(5);
    expect(rowChangedAt({ createdAt: 3, updatedAt: 9 })).toBe(9);
    expect(rowChangedAt({ label: 'no time' })).toBeNull();
  });
});

describe('backupStatus', () => {
  const rowAt = (daysAgo: number) => ({ id: `r${daysAgo}`, updatedAt: now - daysAgo * day });

  it('says nothing to a learner with no data and no backup', () => {
    expect(backupStatus([], null, now).state).toBe('nothing-yet');
  });

  it('is saved when nothing changed after the last backup, however long ago', () => {
    expect(backupStatus([rowAt(40)], now - 30 * day, now)).toEqual({
      state: 'saved',
      backedUpAt: now - 30 * day,
      unsavedSince: null,
    });
  });

  it('waits seven days after the last backup before a change makes it due', () => {
    const last = now - 6 * day;
    expect(backupStatus([rowAt(1)], last, now).state).toBe('unsaved');
    expect(backupStatus([rowAt(1)], last, now + day).state).toBe('due');
    expect(backupStatus([rowAt(1)], last, now + day - 1).state).toBe('unsaved');
  });

  it('counts from the first row when there never was a backup', () => {
    expect(backupStatus([rowAt(6), rowAt(2)], null, now)).toMatchObject({
      state: 'unsaved',
      unsavedSince: now - 6 * day,
    });
    expect(backupStatus([rowAt(7), rowAt(2)], null, now).state).toBe('due');
  });

  it('takes a shorter threshold where storage is less safe', () => {
    expect(backupStatus([rowAt(1)], now - 3 * day, now, 7).state).toBe('unsaved');
    expect(backupStatus([rowAt(1)], now - 3 * day, now, 3).state).toBe('due');
  });
});

describe('the export record in a backup', () => {
  it('travels in the file and comes back on import, while version-1 files without it still import', () => {
    const data = withExportRecord(sampleBackupData(), now);
    expect(data.settings.filter((row) => row.key === 'backups')).toEqual([
      { key: 'backups', value: { lastExportedAt: now }, updatedAt: now },
    ]);
    // A second export replaces the record instead of adding another row.
    expect(withExportRecord(data, now + day).settings.filter((row) => row.key === 'backups')).toHaveLength(1);

    const parsed = parseBackup(JSON.stringify(createBackup(data, '0.2.0', now)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.schemaVersion).toBe(backupSchemaVersion);
    expect(stateFromRows(parsed.backup.data).backups).toEqual({ lastExportedAt: now });

    const v1 = parseBackup(
      JSON.stringify({ ...createBackup(sampleBackupData(), '0.1.0', now), schemaVersion: 1 }),
    );
    if (!v1.ok) throw new Error(v1.message);
    expect(stateFromRows(v1.backup.data).backups).toEqual({ lastExportedAt: null });
  });
});

describe('importedData', () => {
  it('records the file it was restored from, at its own export time and never in the future, not as a backup made here', () => {
    const v1 = { ...createBackup(sampleBackupData(), '0.1.0', now - 3 * day), schemaVersion: 1 };
    expect(stateFromRows(importedData(v1, now)).backups).toEqual({
      lastExportedAt: null,
      restoredFromAt: now - 3 * day,
    });
    // A file exported on another device carries that device's export record: it is not this device's backup.
    const ahead = createBackup(withExportRecord(sampleBackupData(), now + day), '0.2.0', now + day);
    expect(stateFromRows(importedData(ahead, now)).backups).toEqual({
      lastExportedAt: null,
      restoredFromAt: now,
    });
    expect(importedData(v1, now).ticks).toEqual(v1.data.ticks);
  });

  it('leaves the restored data saved up to the file, and changes after it unsaved', () => {
    const restored = stateFromRows(importedData(createBackup(sampleBackupData(), '0.2.0', now), now)).backups;
    expect(backedUpUntil(restored)).toBe(now);
    const rowAt = (at: number) => ({ id: 'r', updatedAt: at });
    expect(backupStatus([rowAt(now - day)], backedUpUntil(restored), now).state).toBe('saved');
    expect(backupStatus([rowAt(now + 1)], backedUpUntil(restored), now + 7 * day + 1).state).toBe('due');
  });

  it('keeps a stored record from before this change working: its backup time still counts', () => {
    expect(backedUpUntil({ lastExportedAt: now - day })).toBe(now - day);
    expect(backedUpUntil({ lastExportedAt: now - day, restoredFromAt: now })).toBe(now);
    expect(backedUpUntil({ lastExportedAt: null })).toBeNull();
  });
});
