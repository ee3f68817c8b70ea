/**
 * The Yjs document that mirrors the tables for merging. It is modelled for merging, not for storing:
 *
 * - one top-level map per table of the registry (top-level types are named, so every device holds the same
 *   one: no nested map is ever created at one key on two devices, which would lose a whole subtree);
 * - one key per field, `rowKey \0 field`, and one more per field of a plain nested object (`rowKey \0 value
 *   \0 examDate`), so an exam date changed on a phone and hours changed on a laptop both hold; which fields
 *   are nested objects is read from the backup's row schemas, so a table or field added there merges with no
 *   change here; a nullable or variant object (a miss's revisit) stays one value, since its fields only make
 *   sense together;
 * - a marker key `rowKey \0` that says the row exists and holds it as it was made (format 3; `true` in earlier
 *   formats, whose rows have every field as a key); each later edit is a key of its own on top of it, so fields
 *   still merge one by one, and two devices that each made one row (a set-up) keep each other's later edits;
 * - deleting a row deletes its keys with the engine's own deletes, which a concurrent edit of one field does not
 *   undo (the marker stays gone, and is never written again while the row lives), and which an older file
 *   merged again cannot bring back (its operations are already known, and deleted).
 *
 * The tables stay the truth the views read. `recordRows` brings the document up to date with them by setting
 * only the fields that differ, so a device's edits since its last sync become its operations on top of what
 * it had merged before.
 */
import * as Y from 'yjs';
import type * as v from 'valibot';
import { rowSchemas } from '../domain/backup-schema';
import { fnv1a32 } from '../domain/fnv-hash';
import { primaryKeyOf, tableNames, tables, type TableName, type TableRows } from '../domain/tables';
import { repairedRows, repairSource } from './merge-repairs';

const sep = '\u0000';

type Fields = Map<string, unknown>;
type Entries = Record<string, v.GenericSchema>;

/**
 * Settings that describe this device, not the study: when it last saved a backup (another device's export is no
 * backup here, and would silence this device's reminder) and its look, sound and notifications (permission is
 * per device). They are never recorded nor erased here, and a merge keeps this device's own; a document may
 * still hold them from a restored backup's base or an older release, where they stay as they are.
 */
const deviceOwnSettings = new Set(['backups', 'preferences']);

export const isDeviceOwn = (table: TableName, rowKey: string): boolean =>
  table === 'settings' && deviceOwnSettings.has(rowKey);

/** The object schema of a row of this table (for a variant such as settings, the option its key picks). */
function entriesOf(table: TableName, row: Record<string, unknown>): Entries {
  const schema = rowSchemas[table] as unknown as {
    type: string;
    key?: string;
    entries?: Entries;
    options?: { entries: Entries }[];
  };
  if (schema.entries) return schema.entries;
  const key = schema.key!;
  const option = schema.options!.find(
    (candidate) => (candidate.entries[key] as unknown as { literal?: unknown }).literal === row[key],
  );
  return option?.entries ?? {};
}

function isPlainObjectSchema(schema: v.GenericSchema | undefined): boolean {
  return schema?.type === 'strict_object' || schema?.type === 'object';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A row as merge paths: '' (it exists), each field, and each field of a plain nested object: what `writeRow`
 * compares, and the keys a restored backup's base is made of. The primary key has no path of its own: it is the
 * row key already. Documents of format 1, and every restored backup's base, still hold it; `rowOf` reads either.
 */
export function fieldsOf(table: TableName, row: Record<string, unknown>): Fields {
  const entries = entriesOf(table, row);
  const fields: Fields = new Map([['', true]]);
  for (const [name, value] of Object.entries(row)) {
    if (value === undefined || name === tables[table].primaryKey) continue;
    if (isPlainObject(value) && isPlainObjectSchema(entries[name])) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (innerValue !== undefined) fields.set(`${name}${sep}${inner}`, innerValue);
      }
      // An empty object (a session with no notes yet) still needs its field.
      if (Object.keys(value).length === 0) fields.set(name, {});
    } else fields.set(name, value);
  }
  return fields;
}

/**
 * A new row's marker: the row itself, every field as it was made (the primary key aside), in one operation. Its
 * later edits are keys of their own on top of it (see `writeRow`), so they still merge field by field, and one
 * item per row instead of one per field made a sync file a third smaller (format 3). Earlier formats' markers
 * are `true`, with every field a key of its own; `rowOf` reads both.
 */
function markerOf(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const marker: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (value !== undefined && name !== tables[table].primaryKey) marker[name] = value;
  }
  return marker;
}

/** Whether a field (or a nested object's field) is held by the row's marker rather than a key of its own. */
function markerHolds(marker: unknown, path: string): boolean {
  if (!isPlainObject(marker)) return false;
  const cut = path.indexOf(sep);
  if (cut < 0) return marker[path] !== undefined;
  const nested = marker[path.slice(0, cut)];
  return isPlainObject(nested) && nested[path.slice(cut + 1)] !== undefined;
}

/**
 * The row its merge keys describe, or null when its marker is gone (deleted): the marker's fields, then each
 * field's own key on top, where `undefined` says the field was removed after the row was made.
 */
function rowOf(table: TableName, rowKey: string, fields: Fields): Record<string, unknown> | null {
  const marker = fields.get('');
  if (marker !== true && !isPlainObject(marker)) return null;
  const row: Record<string, unknown> = {
    ...(marker === true ? {} : marker),
    [tables[table].primaryKey]: rowKey,
  };
  for (const [path, value] of [...fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (path === '') continue;
    const cut = path.indexOf(sep);
    if (cut < 0) {
      // A whole value replaces what the marker held (a revisit of another kind, notes emptied).
      if (value === undefined) delete row[path];
      else row[path] = value;
      continue;
    }
    const name = path.slice(0, cut);
    const nested: Record<string, unknown> = { ...(isPlainObject(row[name]) ? row[name] : {}) };
    if (value === undefined) delete nested[path.slice(cut + 1)];
    else nested[path.slice(cut + 1)] = value;
    row[name] = nested;
  }
  return row;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Every row's merge keys held by one table's map, by row key (deleted rows' stray fields included). */
function fieldsByRow(map: Y.Map<unknown>): Map<string, Fields> {
  const rows = new Map<string, Fields>();
  for (const [key, value] of map.entries()) {
    const cut = key.indexOf(sep);
    const rowKey = key.slice(0, cut);
    let fields = rows.get(rowKey);
    if (!fields) rows.set(rowKey, (fields = new Map()));
    fields.set(key.slice(cut + 1), value);
  }
  return rows;
}

export const tableMap = (doc: Y.Doc, table: TableName) => doc.getMap<unknown>(table);

/** The rows the document holds, per table, by row key. */
export function rowsOfDocument(doc: Y.Doc): Record<TableName, Map<string, Record<string, unknown>>> {
  const result = {} as Record<TableName, Map<string, Record<string, unknown>>>;
  for (const table of tableNames) {
    const rows = new Map<string, Record<string, unknown>>();
    for (const [rowKey, fields] of fieldsByRow(tableMap(doc, table))) {
      const row = rowOf(table, rowKey, fields);
      if (row) rows.set(rowKey, row);
    }
    result[table] = rows;
  }
  return result;
}

/** When a row was made, by the first of its time fields (the set-up and a tick have only one). */
function madeAt(row: Record<string, unknown>): number {
  for (const name of ['createdAt', 'startedAt', 'reviewedAt', 'tickedAt', 'updatedAt']) {
    if (typeof row[name] === 'number') return row[name];
  }
  return 0;
}

/**
 * Rows in the order they were made rather than by their random ids: the operations are written in the order they
 * are made, and rows made together (the misses of one set, a rule's reviews) share text that gzip then finds
 * close by (a year of heavy study: a fifth smaller file). The order changes no merge.
 */
function inTimeOrder(rows: readonly Record<string, unknown>[]) {
  return [...rows].sort((a, b) => madeAt(a) - madeAt(b));
}

/**
 * Brings one row's keys (`held`) up to date with the row. A row the document does not hold gets a fresh marker
 * holding all of it (a stray key left by an edit that met a delete goes first), unless a repair shows it as it
 * is. A held row gets a key for each field that differs from what was shown (`shown`: the document's row, or
 * the merge's repair of it), and loses the fields it no longer has: a field's own key is deleted, and a field
 * its marker holds is set to `undefined`. A marker is never written twice: a delete that meets an edit must
 * stay a delete.
 */
function writeRow(
  map: Y.Map<unknown>,
  table: TableName,
  row: Record<string, unknown>,
  held: Fields,
  shown?: Record<string, unknown>,
) {
  const rowKey = primaryKeyOf(table, row);
  const marker = held.get('');
  const made = rowOf(table, rowKey, held);
  const before = shown ?? made;
  // A row only a repair shows (a practice exam's logged time) is made for real once the learner changes it.
  if (!made && (!before || !sameValue(before, row))) {
    for (const path of held.keys()) map.delete(`${rowKey}${sep}${path}`);
    map.set(`${rowKey}${sep}`, markerOf(table, row));
    return;
  }
  if (!before) return;
  const was = fieldsOf(table, before);
  const now = fieldsOf(table, row);
  for (const path of was.keys()) {
    if (now.has(path)) continue;
    if (markerHolds(marker, path)) map.set(`${rowKey}${sep}${path}`, undefined);
    else if (held.has(path)) map.delete(`${rowKey}${sep}${path}`);
  }
  for (const [path, value] of now) {
    if (!was.has(path) || !sameValue(was.get(path), value)) map.set(`${rowKey}${sep}${path}`, value);
  }
}

function eraseRow(map: Y.Map<unknown>, rowKey: string, fields: Fields) {
  for (const path of fields.keys()) map.delete(`${rowKey}${sep}${path}`);
}

/**
 * Makes the document hold exactly these rows, touching only what differs from what the tables were made from
 * (the document's rows with the merge's repairs, see merge-repairs.ts): a changed field is set, a field gone from
 * a row is deleted, a row gone from the table has every key deleted. A row added again after a delete (a task
 * ticked, unticked, ticked) gets a fresh marker of its own. A row a repair hides (a practice exam another
 * device's replaced) is left as it is: its absence from the tables is the repair's, not a delete.
 */
export function recordRows(doc: Y.Doc, rows: Partial<TableRows>): void {
  const raw = rowsOfDocument(doc);
  const shown = repairedRows(
    Object.fromEntries(tableNames.map((table) => [table, [...raw[table].values()]])) as unknown as TableRows,
  );
  doc.transact(() => {
    // A row a repair made (or one made of it once edited) that the learner deleted takes its source with it, or
    // the next merge would make it again.
    for (const table of tableNames) {
      const tableRows = rows[table] as readonly unknown[] | undefined;
      if (!tableRows) continue;
      const wanted = new Set(tableRows.map((row) => primaryKeyOf(table, row)));
      for (const row of shown[table] as readonly unknown[]) {
        const rowKey = primaryKeyOf(table, row);
        const source = wanted.has(rowKey) ? null : repairSource(table, rowKey);
        if (!source) continue;
        const map = tableMap(doc, source.table);
        eraseRow(map, source.key, fieldsByRow(map).get(source.key) ?? new Map());
      }
    }
    for (const table of tableNames) {
      const tableRows = rows[table] as readonly Record<string, unknown>[] | undefined;
      if (!tableRows) continue;
      const map = tableMap(doc, table);
      const held = fieldsByRow(map);
      const seen = new Map(
        (shown[table] as readonly Record<string, unknown>[]).map((row) => [primaryKeyOf(table, row), row]),
      );
      const wanted = new Set(tableRows.map((row) => primaryKeyOf(table, row)));
      for (const [rowKey, fields] of held) {
        const hidden = raw[table].has(rowKey) && !seen.has(rowKey);
        if (!wanted.has(rowKey) && !hidden && !isDeviceOwn(table, rowKey)) eraseRow(map, rowKey, fields);
      }
      for (const row of inTimeOrder(tableRows)) {
        const rowKey = primaryKeyOf(table, row);
        if (isDeviceOwn(table, rowKey)) continue;
        // Compared with what the learner was shown: a repaired field, or a row only a repair adds (a practice
        // exam's logged time), is written only once the learner changes it.
        writeRow(map, table, row, held.get(rowKey) ?? new Map(), seen.get(rowKey));
      }
    }
  });
}

export interface RowEdits {
  table: TableName;
  put: readonly Record<string, unknown>[];
  delete: readonly string[];
}

/**
 * Records only these rows (put, or deleted by row key) and leaves every other row as the document holds it:
 * after a merge, the few rows the merge itself decided (a rebuilt card, a row kept from this device) without
 * comparing every row of every table with the document again.
 */
export function recordRowEdits(doc: Y.Doc, edits: readonly RowEdits[]): void {
  doc.transact(() => {
    for (const { table, put, delete: deleted } of edits) {
      if (!put.length && !deleted.length) continue;
      const map = tableMap(doc, table);
      const held = fieldsByRow(map);
      for (const rowKey of deleted) eraseRow(map, rowKey, held.get(rowKey) ?? new Map());
      for (const row of put) writeRow(map, table, row, held.get(primaryKeyOf(table, row)) ?? new Map());
    }
  });
}

/** JSON with object keys sorted, so equal content gives equal text whatever order its fields were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The operations a restored backup stands for: the same on every device that restores the same backup, because
 * they are made in a fixed order under a client id taken from the backup's content. Two devices that each
 * restored it and then edited different fields keep both edits: each edit sits on top of these shared operations
 * instead of racing a second copy of every field.
 */
export function baseUpdate(rows: TableRows): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = fnv1a32(canonicalJson(rows));
  const sorted = Object.fromEntries(
    tableNames.map((table) => [
      table,
      [...(rows[table] as readonly unknown[])].sort((a, b) => {
        const ka = primaryKeyOf(table, a);
        const kb = primaryKeyOf(table, b);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      }),
    ]),
  ) as TableRows;
  doc.transact(() => {
    for (const table of tableNames) {
      const map = tableMap(doc, table);
      for (const row of sorted[table] as readonly Record<string, unknown>[]) {
        const rowKey = primaryKeyOf(table, row);
        // With the primary key's own field, as every release has made them: the same backup must give the
        // same operations on a device that restored it before this release and one that restores it after.
        const { primaryKey } = tables[table];
        const fields = [...fieldsOf(table, row), [primaryKey, row[primaryKey]] as const].sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        );
        for (const [path, value] of fields) map.set(`${rowKey}${sep}${path}`, value);
      }
    }
  });
  const update = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  return update;
}
