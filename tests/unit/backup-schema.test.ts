import { describe, expect, it } from 'vitest';
import {
  backupCounts,
  backupSchemaVersion,
  checkBackupSize,
  createBackup,
  maxBackupBytes,
} from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { sampleBackupData } from '../backup-sample';

const now = Date.UTC(2026, 10, 26, 12);
const goodFile = () => createBackup(sampleBackupData(), '0.1.0', now);
const messageOf = (text: string) => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
};

describe('parseBackup', () => {
  it('reads back exactly what was exported', () => {
    const result = parseBackup(JSON.stringify(goodFile()));
    expect(result).toEqual({ ok: true, backup: goodFile() });
    if (result.ok)
      expect(backupCounts(result.backup.data)).toMatchObject({ misses: 2, settings: 2, ticks: 2 });
  });

  it('refuses text that is not JSON', () => {
    expect(messageOf('{"format": ')).toMatch(/not valid JSON/);
  });

  it('refuses JSON of another format', () => {
    expect(messageOf(JSON.stringify({ format: 'other-app', schemaVersion: 1, data: {} }))).toMatch(
      /not an ML-PRO Study Tracker backup/,
    );
    expect(messageOf('[1, 2, 3]')).toMatch(/not an ML-PRO Study Tracker backup/);
  });

  it('refuses a newer schema version and says to update', () => {
    expect(messageOf(JSON.stringify({ ...goodFile(), schemaVersion: backupSchemaVersion + 1 }))).toMatch(
      /newer version of the app/,
    );
  });

  it('refuses files over 20 MB before reading them', () => {
    expect(checkBackupSize(maxBackupBytes + 1)).toMatch(/at most 20 MB/);
    expect(checkBackupSize(maxBackupBytes)).toBeNull();
    const padded = JSON.stringify(goodFile()).replace('"0.1.0"', `"${'x'.repeat(maxBackupBytes)}"`);
    expect(messageOf(padded)).toMatch(/at most 20 MB/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key and touches no prototype', (key) => {
    const text = JSON.stringify(goodFile()).replace('"ticks":[', `"ticks":[{"${key}":{"polluted":true}},`);
    expect(messageOf(text)).toMatch(new RegExp(`forbidden key \\("${key}"\\)`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('names the one bad row at the end of a long file', () => {
    const file = goodFile();
    file.data.ticks = Array.from({ length: 5000 }, (_, i) => ({ id: `task-${i}`, tickedAt: now }));
    file.data.ticks.push({ id: 'task-last', tickedAt: -5 });
    expect(messageOf(JSON.stringify(file))).toMatch(/row 5001 of ticks.*tickedAt: must not be negative/);
  });

  it('refuses unknown fields, bad dates, bad ids, over-long text and non-http links', () => {
    const cases: [(file: ReturnType<typeof goodFile>) => void, RegExp][] = [
      [(f) => Object.assign(f.data.misses[0]!, { extra: 1 }), /field this app does not know/],
      [(f) => (f.data.sets[0]!.date = '2026-02-30'), /real calendar date/],
      [(f) => (f.data.ticks[0]!.id = 'has space'), /id of 1 to 128/],
      [(f) => (f.data.misses[0]!.rule = 'x'.repeat(2_001)), /at most 2000 characters/],
      [
        (f) => (f.data.misses[0]!.revisit = { kind: 'doc', title: 'x', url: 'javascript:alert(1)' }),
        /http\(s\)/,
      ],
      [(f) => (f.data.sets[0]!.correct = 21), /more correct answers than questions/],
      [(f) => f.data.ticks.push({ id: 'sparkml-pipelines', tickedAt: now }), /appears twice/],
      [(f) => (f.exportedAt = 'yesterday'), /ISO date and time/],
    ];
    for (const [spoil, message] of cases) {
      const file = goodFile();
      spoil(file);
      expect(messageOf(JSON.stringify(file))).toMatch(message);
    }
  });

  it('ends every refusal by saying nothing changed', () => {
    expect(messageOf('nope')).toMatch(/Nothing was changed\.$/);
  });
});
