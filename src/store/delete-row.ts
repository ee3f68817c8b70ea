import type { RowOf, RowTable } from '../domain/tables';
import { stored, type WriteOutcome } from './persistence';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

/**
 * Takes one row out of the store at once, then writes the delete and resolves to the write's outcome (a failed
 * write reads the row back). A view that offers undo keeps the row it showed.
 */
export function deleteRow<Table extends RowTable>(
  deps: SliceDeps,
  get: () => Store,
  set: (patch: Partial<Store>) => void,
  table: Table,
  id: string,
): Promise<WriteOutcome> {
  const { [id]: removed, ...rest } = get()[table] as Record<string, RowOf[Table]>;
  if (!removed) return Promise.resolve(stored);
  set({ [table]: rest });
  return deps.persistence.write([{ table, delete: [id] }]);
}
