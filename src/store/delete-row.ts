import type { RowOf, RowTable } from '../domain/tables';
import type { SliceDeps } from './slice-deps';
import type { Store } from './store-types';

/**
 * Takes one row out of the store at once and returns it, so the view can offer undo; the delete is written
 * after (a failed write reads the row back).
 */
export function deleteRow<Table extends RowTable>(
  deps: SliceDeps,
  get: () => Store,
  set: (patch: Partial<Store>) => void,
  table: Table,
  id: string,
): RowOf[Table] | null {
  const { [id]: removed, ...rest } = get()[table] as Record<string, RowOf[Table]>;
  if (!removed) return null;
  set({ [table]: rest });
  void deps.persistence.write([{ table, delete: [id] }]);
  return removed;
}
