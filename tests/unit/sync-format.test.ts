import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup-schema';
import { primaryKeyOf, tableNames, tables } from '../../src/domain/tables';
import { openDocument } from '../../src/sync/merge';
import { baseUpdate, isDeviceOwn, tableMap } from '../../src/sync/row-document';
import { sampleBackupData } from '../backup-sample';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`);

describe('the sync document’s layout', () => {
  it('gives a row’s primary key no key of its own: the row key already holds it', () => {
    const doc = openDocument({ state: null, restored: null, local: sampleBackupData() });
    for (const table of tableNames) {
      const keys = [...tableMap(doc, table).keys()];
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((key) => key.endsWith(`\u0000${tables[table].primaryKey}`))).toEqual([]);
    }
    doc.destroy();
  });

  it('holds a new row in one key, its marker, with every field but the primary key', () => {
    const data = sampleBackupData();
    const doc = openDocument({ state: null, restored: null, local: data });
    for (const table of tableNames) {
      const rows = data[table] as readonly Record<string, unknown>[];
      const { primaryKey } = tables[table];
      expect(Object.fromEntries(tableMap(doc, table).entries())).toEqual(
        Object.fromEntries(
          rows
            .filter((row) => !isDeviceOwn(table, primaryKeyOf(table, row)))
            .map(({ [primaryKey]: key, ...fields }) => [`${key as string}\u0000`, fields]),
        ),
      );
    }
    doc.destroy();
  });

  it('turns a restored backup into the very operations release 0.1.0 made of it', () => {
    const parsed = parseBackup(fixture('backup-v1-release-0.1.0.json').toString('utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    // Made by the release before this layout: a device that restored the backup then and one that restores it
    // now must share these operations, or their later edits race copies of every field.
    expect(baseUpdate(parsed.fileRows)).toEqual(
      new Uint8Array(fixture('sync-base-of-backup-v1-release-0.1.0.yjs')),
    );
  });
});
