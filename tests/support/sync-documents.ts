import { documentState, mergeUpdate, openDocument, type DocumentSource } from '../../src/sync/merge';

/** A device's sync file, as saving one stores its document: the edits since the last sync recorded. */
export function fileOf(device: DocumentSource): Uint8Array {
  const doc = openDocument(device);
  device.state = documentState(doc);
  device.restored = null;
  doc.destroy();
  return device.state;
}

/** Merges a file into a device as the app would store it; a refused merge fails the test. */
export function merged(device: DocumentSource, file: Uint8Array) {
  const outcome = mergeUpdate(device, file);
  if (!outcome.ok) throw new Error(outcome.message);
  device.local = outcome.rows;
  device.state = outcome.state;
  device.restored = null;
  return outcome;
}
