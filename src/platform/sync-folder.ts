/**
 * The sync folder through File System Access (Chromium on desktop and recent Android): choosing it, keeping the
 * right to use it, and listing, reading and writing its files. Browsers without the API get null and false from
 * here, and the section offers the sync file instead.
 */
import type { FolderEntry } from '../domain/sync-folder-schedule';

type Permission = 'granted' | 'denied' | 'prompt';

/** What Chromium adds to the handles and the window, not yet in TypeScript's DOM types. */
interface PermissionHandle {
  queryPermission(options: { mode: 'readwrite' }): Promise<Permission>;
  requestPermission(options: { mode: 'readwrite' }): Promise<Permission>;
}
type Picker = (options: { id: string; mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

const readwrite = { mode: 'readwrite' } as const;

const picker = (): Picker | undefined =>
  (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker;

/** The folder the learner picks; null when they close the picker. */
export async function chooseSyncFolder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await picker()!({ id: 'ml-pro-sync', mode: 'readwrite' });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') return null;
    throw error;
  }
}

/**
 * Whether this page may use the folder now. After a restart Chromium often answers "prompt": only a click can
 * ask again (`ask`), so a run started by a timer or a focus never asks.
 */
export async function folderPermission(handle: FileSystemDirectoryHandle, ask: boolean): Promise<Permission> {
  const permissions = handle as unknown as Partial<PermissionHandle>;
  if (typeof permissions.queryPermission !== 'function') return 'granted';
  const now = await permissions.queryPermission(readwrite);
  if (now !== 'prompt' || !ask || typeof permissions.requestPermission !== 'function') return now;
  return permissions.requestPermission(readwrite);
}

/** The folder's files, and reading and writing one by name. */
export function folderFiles(handle: FileSystemDirectoryHandle) {
  return {
    async list(): Promise<FolderEntry[]> {
      const entries: FolderEntry[] = [];
      for await (const entry of (
        handle as unknown as { values(): AsyncIterable<FileSystemHandle> }
      ).values()) {
        if (entry.kind !== 'file') continue;
        const file = await (entry as FileSystemFileHandle).getFile();
        entries.push({ name: entry.name, lastModified: file.lastModified, size: file.size });
      }
      return entries;
    },
    async read(name: string): Promise<Uint8Array> {
      const file = await (await handle.getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
    /** Written whole and swapped in at close, so another device never reads half a file. */
    async write(name: string, bytes: Uint8Array): Promise<void> {
      const writable = await (await handle.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
  };
}
