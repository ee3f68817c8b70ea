/**
 * When a device reads and writes its sync folder, as pure functions of what it last saw and the time now. The
 * folder is one a cloud drive or Syncthing already syncs, so every device writes only its own file there and
 * reads every other device's: no two devices ever write one file, and no drive ever has a conflict to pick.
 */
import type { SeenFiles } from './device-rows';

/** Every few minutes while the app is open, for a device left on a desk beside another. */
export const folderSyncEveryMs = 5 * 60_000;
/** After this device's own changes stop for this long, so a burst of ticks gives one write, not one each. */
export const afterChangeDelayMs = 30_000;
/** A focus or a return to the tab this soon after a run lists the folder again for nothing. */
export const focusGapMs = 10_000;

/** A file in the folder as the browser lists it: enough to tell it changed without reading it. */
export interface FolderEntry {
  name: string;
  lastModified: number;
  size: number;
}

const syncFile = /\.mlsync$/i;

/** This device's file: named for its id, never for its name or a date, so a rename or a new day writes over it. */
export const ownFolderFileName = (deviceId: string): string => `ml-pro-sync-${deviceId}.mlsync`;

/**
 * The other devices' sync files that are new or changed since this device last read them. A drive that
 * rewrites a file with the same content gives it a new time, so such a file is read again; merging it twice
 * changes nothing.
 */
export function filesToRead(
  entries: readonly FolderEntry[],
  seen: SeenFiles,
  ownName: string,
): FolderEntry[] {
  return entries
    .filter((entry) => syncFile.test(entry.name) && entry.name !== ownName)
    .filter((entry) => {
      const last = seen[entry.name];
      return !last || last.lastModified !== entry.lastModified || last.size !== entry.size;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * When the next run is due without any event: a few minutes after the last run, or sooner when this device
 * changed something since (then once its changes have paused).
 */
export function nextFolderSyncAt({
  lastRunAt,
  lastChangeAt,
}: {
  lastRunAt: number;
  lastChangeAt: number | null;
}): number {
  const regular = lastRunAt + folderSyncEveryMs;
  if (lastChangeAt === null || lastChangeAt <= lastRunAt) return regular;
  return Math.min(regular, lastChangeAt + afterChangeDelayMs);
}

/** Whether coming back to the app (focus, the tab shown again) should read the folder now. */
export const runsOnReturn = (lastRunAt: number | null, now: number): boolean =>
  lastRunAt === null || now - lastRunAt >= focusGapMs || now < lastRunAt;
