import { describe, expect, it } from 'vitest';
import {
  afterChangeDelayMs,
  filesToRead,
  folderSyncEveryMs,
  focusGapMs,
  nextFolderSyncAt,
  ownFolderFileName,
  runsOnReturn,
} from '../../src/domain/sync-folder-schedule';
import { folderRunText, undoMergeText, undoneText } from '../../src/domain/sync-folder-text';

const own = ownFolderFileName('abc123');
const entry = (name: string, lastModified = 1000, size = 50) => ({ name, lastModified, size });

describe('which files of the sync folder to read', () => {
  it('names this device’s file for its id, so a rename or a new day writes over the same file', () => {
    expect(own).toBe('ml-pro-sync-abc123.mlsync');
  });

  it('reads every other device’s sync file the first time, and never this device’s own or other files', () => {
    const entries = [
      entry('ml-pro-sync-b.mlsync'),
      entry(own),
      entry('notes.txt'),
      entry('ml-pro-sync-a.MLSYNC'),
    ];
    expect(filesToRead(entries, {}, own).map((file) => file.name)).toEqual([
      'ml-pro-sync-a.MLSYNC',
      'ml-pro-sync-b.mlsync',
    ]);
  });

  it('skips a file whose time and size are what it was last read at, and reads it again when either moves', () => {
    const seen = { 'ml-pro-sync-b.mlsync': { lastModified: 1000, size: 50 } };
    expect(filesToRead([entry('ml-pro-sync-b.mlsync')], seen, own)).toEqual([]);
    expect(filesToRead([entry('ml-pro-sync-b.mlsync', 2000)], seen, own)).toHaveLength(1);
    expect(filesToRead([entry('ml-pro-sync-b.mlsync', 1000, 51)], seen, own)).toHaveLength(1);
  });
});

describe('when the folder is read next', () => {
  const lastRunAt = 1_000_000;

  it('comes round every few minutes when nothing changed here', () => {
    expect(nextFolderSyncAt({ lastRunAt, lastChangeAt: null })).toBe(lastRunAt + folderSyncEveryMs);
    expect(nextFolderSyncAt({ lastRunAt, lastChangeAt: lastRunAt - 5 })).toBe(lastRunAt + folderSyncEveryMs);
  });

  it('comes 30 s after this device’s last change, pushed back by each further change', () => {
    expect(nextFolderSyncAt({ lastRunAt, lastChangeAt: lastRunAt + 10_000 })).toBe(
      lastRunAt + 10_000 + afterChangeDelayMs,
    );
    expect(nextFolderSyncAt({ lastRunAt, lastChangeAt: lastRunAt + 20_000 })).toBe(
      lastRunAt + 20_000 + afterChangeDelayMs,
    );
  });

  it('never later than the regular run, however long the changes go on', () => {
    const lastChangeAt = lastRunAt + folderSyncEveryMs - 1_000;
    expect(nextFolderSyncAt({ lastRunAt, lastChangeAt })).toBe(lastRunAt + folderSyncEveryMs);
  });

  it('runs on a return to the app unless a run has just happened, and after the clock went back', () => {
    expect(runsOnReturn(null, lastRunAt)).toBe(true);
    expect(runsOnReturn(lastRunAt, lastRunAt + focusGapMs - 1)).toBe(false);
    expect(runsOnReturn(lastRunAt, lastRunAt + focusGapMs)).toBe(true);
    expect(runsOnReturn(lastRunAt, lastRunAt - 60_000)).toBe(true);
  });
});

describe('what the section says of the last run', () => {
  const when = (at: number) => `at ${at}`;

  it('says when and what came in', () => {
    expect(folderRunText({ at: 5, cameIn: 'Laptop: 2 new', problems: [] }, when)).toBe(
      'Last synced with the folder: at 5, Laptop: 2 new.',
    );
  });

  it('names each file it could not merge, with why', () => {
    expect(
      folderRunText({ at: 5, cameIn: 'nothing new', problems: ['x.mlsync: This file is empty.'] }, when),
    ).toBe(
      'Last synced with the folder: at 5, nothing new. 1 file could not be merged: x.mlsync: This file is empty.',
    );
  });

  it('offers to undo a folder run whole, naming every file it merged', () => {
    expect(undoMergeText(['Laptop'])).toBe('Undo the merge of Laptop’s file');
    expect(undoMergeText(['Laptop', 'Tablet'])).toBe(
      'Undo the last folder sync: all 2 files it merged (Laptop, Tablet)',
    );
    expect(undoneText(2)).toBe(
      'The folder sync was undone: every row its 2 merges changed is as it was before it.',
    );
  });
});
