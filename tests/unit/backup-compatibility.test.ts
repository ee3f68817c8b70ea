import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupCounts } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';

// Files written by released versions, kept byte for byte: learners import these, so each must keep loading.
const releasedBackups = ['backup-v1-release-0.1.0.json'];

describe('backups exported by earlier releases', () => {
  it.each(releasedBackups)('%s still imports with every row', (name) => {
    const text = readFileSync(`tests/fixtures/${name}`, 'utf8');
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.message);
    const original = JSON.parse(text) as { data: Record<string, unknown[]> };
    for (const [kind, count] of Object.entries(backupCounts(result.backup.data))) {
      expect(count, kind).toBe(original.data[kind]?.length ?? 0);
    }
  });
});
