import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupCounts, backupSchemaVersion } from '../../src/domain/backup-format';
import { importedData } from '../../src/domain/backup-reminder';
import { parseBackup } from '../../src/domain/backup-schema';

// Files written by released versions, kept byte for byte: learners import these, so each must keep loading.
const releasedBackups = [
  'backup-v1-release-0.1.0.json',
  'backup-v2-before-practice-exams.json',
  // Schema 3, as the release before backup schema 4 exported it (the backup the format-2 sync fixture restored).
  'sync-v2-release-0.1.0.backup.json',
];

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

  it.each(releasedBackups)('%s has its rule on two lines joined into one sentence, and says so', (name) => {
    const result = parseBackup(readFileSync(`tests/fixtures/${name}`, 'utf8'));
    if (!result.ok) throw new Error(result.message);
    expect(result.joinedRules).toBe(1);
    expect(result.backup.data.misses.map((miss) => miss.rule)).toEqual([
      '=SUM(A1) "quoted", with commas; and a newline',
      'Roll back before you retrain.',
    ]);
  });
});

describe('an older backup whose rule is too long even joined', () => {
  it('is refused with the length message (the row checks come before the join), not imported with words cut', () => {
    const file = JSON.parse(readFileSync('tests/fixtures/backup-v2-before-practice-exams.json', 'utf8')) as {
      data: { misses: { rule: string }[] };
    };
    const long = `${'Check the serving endpoint before promoting the model '.repeat(4).trim()}.`;
    file.data.misses[0]!.rule = `${long}\nThen roll it out.`;
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok ? 'imported' : result.message).toMatch(/at most 200 characters/);
  });
});

describe('a miss whose session was deleted while it pointed at it', () => {
  const withoutSessions = (schemaVersion: number) => {
    const file = JSON.parse(readFileSync('tests/fixtures/backup-v2-before-practice-exams.json', 'utf8')) as {
      schemaVersion: number;
      data: { sessions: unknown[]; misses: { rule: string }[] };
    };
    file.schemaVersion = schemaVersion;
    file.data.sessions = [];
    file.data.misses[0]!.rule = 'Read the formula before you trust it.';
    return JSON.stringify(file);
  };

  it('stays in the log on its own when an older backup holds it', () => {
    const result = parseBackup(withoutSessions(3));
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.data.misses.map((miss) => miss.sessionId)).toEqual([null, null]);
  });

  it('is refused in a backup of this version, which never holds one', () => {
    const result = parseBackup(withoutSessions(backupSchemaVersion));
    expect(result.ok ? 'imported' : result.message).toMatch(
      /\(row 2 of misses\): sessionId: points at a study session that is not there\. Nothing was changed\.$/,
    );
  });
});

describe('a backup of this version', () => {
  it('is refused, changing nothing, when it holds a rule of more than one sentence', () => {
    const file = JSON.parse(readFileSync('tests/fixtures/backup-v2-before-practice-exams.json', 'utf8')) as {
      schemaVersion: number;
      data: { misses: { rule: string; saferAction: string }[] };
    };
    file.schemaVersion = backupSchemaVersion;
    file.data.misses[0]!.rule = 'Read the formula before you trust it.';
    file.data.misses[0]!.saferAction = 'Use point-in-time lookups. Never the latest value.';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok ? 'imported' : result.message).toMatch(
      /^This backup has a problem \(row 1 of misses\): saferAction: Keep the safer-action rule to one sentence\. Nothing was changed\.$/,
    );
  });
});

describe('importing a file from before rule review', () => {
  it('carries its answered retests into review, as upgrading a database of that release does', () => {
    const text = readFileSync('tests/fixtures/backup-v1-release-0.1.0.json', 'utf8');
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.message);
    const now = Date.parse('2026-11-27T12:00:00Z');
    const data = importedData(result.backup, now);
    const answered = result.backup.data.misses.filter((miss) => miss.retests.length > 0 && miss.rule.trim());
    expect(answered.length).toBeGreaterThan(0);
    for (const miss of answered) {
      expect(data.reviewCards.map((card) => card.missId)).toContain(miss.id);
      const logs = data.reviewLogs.filter((log) => log.missId === miss.id);
      expect(logs.map((log) => [log.rating, log.reviewedAt, log.source])).toEqual(
        miss.retests.map((retest) => [retest.held ? 3 : 1, retest.at, 'retest']),
      );
    }
    // Importing the same rows again (a file exported after the upgrade) adds nothing twice.
    const again = importedData({ ...result.backup, data }, now);
    expect(again.reviewCards).toHaveLength(data.reviewCards.length);
    expect(again.reviewLogs).toHaveLength(data.reviewLogs.length);
  });
});
