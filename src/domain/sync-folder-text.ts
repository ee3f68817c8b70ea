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
