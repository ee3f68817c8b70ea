/** What "Your other devices" says of the sync folder's runs, apart from the schedule so the view loads only this. */
import { countText } from './count-text';
import type { FolderRunSummary } from './device-rows';

/** The files a run could not merge, each with why; nothing when every file merged. */
export const folderProblemsText = (problems: readonly string[]): string =>
  problems.length
    ? ` ${countText(problems.length, 'file', 'files')} could not be merged: ${problems.join(' ')}`
    : '';

/** What the section says of the last run, in plain words. */
export const folderRunText = (summary: FolderRunSummary, when: (at: number) => string): string =>
  `Last synced with the folder: ${when(summary.at)}, ${summary.cameIn}.${folderProblemsText(summary.problems)}`;

/**
 * The undo button's name: one merged file, or every file the last folder run merged, which one undo takes back
 * together (the state before the run).
 */
export const undoMergeText = (from: readonly string[]): string =>
  from.length === 1
    ? `Undo the merge of ${from[0]}’s file`
    : `Undo the last folder sync: all ${from.length} files it merged (${from.join(', ')})`;

/** What the section says once an undo is done. */
export const undoneText = (files: number): string =>
  files === 1
    ? 'The merge was undone: every row it changed is as it was before.'
    : `The folder sync was undone: every row its ${files} merges changed is as it was before it.`;
