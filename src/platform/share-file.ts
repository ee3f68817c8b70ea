import { downloadBlob } from './download';

export type Shared = 'shared' | 'downloaded' | 'cancelled';

/**
 * Hands a file to the share sheet where the browser can share files (phones: AirDrop, Drive, a message to
 * oneself), else downloads it. A share the learner closes is "cancelled", not an error.
 */
export async function shareOrDownload(fileName: string, bytes: Uint8Array, type: string): Promise<Shared> {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: fileName });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing refused (no user gesture left, a policy): the download still gets the file out.
    }
  }
  downloadBlob(fileName, file);
  return 'downloaded';
}
