import { describe, expect, it } from 'vitest';
import {
  backupCounts,
  backupSchemaVersion,
  checkBackupSize,
  createBackup,
  maxBackupBytes,
} from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import type { ReminderChoices } from '../../src/domain/reminder-choices';
import { sampleBackupData } from '../backup-sample';

const now = Date.UTC(2026, 10, 26, 12);
const goodFile = () => createBackup(sampleBackupData(), '0.1.0', now);
const remindersOf = (file: ReturnType<typeof goodFile>) => {
  const row = file.data.settings.find((setting) => setting.key === 'preferences');
  if (!row?.value.calendarReminders) throw new Error('the sample keeps reminder choices');
  return row.value.calendarReminders as { -readonly [K in keyof ReminderChoices]: ReminderChoices[K] };
};
const messageOf = (text: string) => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
};

describe('parseBackup', () => {
  it('reads back exactly what was exported', () => {
    const result = parseBackup(JSON.stringify(goodFile()));
    expect(result).toEqual({ ok: true, backup: goodFile(), joinedRules: 0, fileRows: goodFile().data });
    if (result.ok)
      expect(backupCounts(result.backup.data)).toMatchObject({
        misses: 2,
        settings: 3,
        ticks: 2,
        studyLogs: 1,
      });
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
    // One byte over must not read "20.0 MB; at most 20 MB": rounded megabytes give way to exact bytes.
    expect(checkBackupSize(maxBackupBytes + 1)).toBe(
      'This file is 20,971,521 bytes, 1 byte over the 20 MB (20,971,520 bytes) a backup can be. Nothing was changed.',
    );
    expect(checkBackupSize(maxBackupBytes)).toBeNull();
    expect(checkBackupSize(25 * 1024 * 1024 + 300_000)).toMatch(/is 25\.3 MB; a backup can be at most 20 MB/);
    const padded = JSON.stringify(goodFile()).replace('"0.1.0"', `"${'x'.repeat(maxBackupBytes)}"`);
    expect(messageOf(padded)).toMatch(/over the 20 MB/);
  });

  // JSON.parse only ever makes these own properties, so nothing global can be polluted here; what matters is
  // that such a file is refused by name before any row is validated, merged or stored.
  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key before reading any row', (key) => {
    const text = JSON.stringify(goodFile()).replace('"ticks":[', `"ticks":[{"${key}":{"polluted":true}},`);
    expect(messageOf(text)).toMatch(new RegExp(`forbidden key \\("${key}"\\)`));
  });

  it('refuses a megabyte-long rule at once, in any script', () => {
    for (const character of ['x', 'é', '漢', '🙂']) {
      const file = goodFile();
      file.data.misses[0]!.rule = character.repeat(1_000_000);
      const started = performance.now();
      expect(messageOf(JSON.stringify(file))).toMatch(/rule: must be at most 200 characters/);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
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
      // A missing table or a table of the wrong type is named as such, not as an unknown field.
      [(f) => delete (f.data as Partial<typeof f.data>).misses, /: misses: is missing\./],
      [(f) => Object.assign(f, { data: null }), /: data: expected Object, got null\./],
      [
        (f) => Object.assign(f.data.sets[0]!, { questions: '20' }),
        /sets\[0\]\.questions: expected number, got "20"/,
      ],
      [(f) => (f.data.sets[0]!.date = '2026-02-30'), /real calendar date/],
      [(f) => (f.data.ticks[0]!.id = 'has space'), /id of 1 to 128/],
      [(f) => (f.data.misses[0]!.rule = 'x'.repeat(201)), /rule: must be at most 200 characters/],
      [
        (f) => (f.data.misses[0]!.revisit = { kind: 'doc', title: 'x', url: 'javascript:alert(1)' }),
        /http\(s\)/,
      ],
      [(f) => (f.data.sets[0]!.correct = 21), /more correct answers than questions/],
      [(f) => f.data.ticks.push({ id: 'sparkml-pipelines', tickedAt: now }), /appears twice/],
      [(f) => (f.exportedAt = 'yesterday'), /ISO date and time/],
      [(f) => (remindersOf(f).sessionDays = ['MO', 'XX' as 'MO']), /sessionDays/],
      [(f) => (remindersOf(f).sessionTime = '25:00'), /must be a time such as 19:00/],
    ];
    for (const [spoil, message] of cases) {
      const file = goodFile();
      spoil(file);
      expect(messageOf(JSON.stringify(file))).toMatch(message);
    }
  });

  it('reads preferences saved before reminder choices were kept, and an emptied session time', () => {
    const file = goodFile();
    const row = file.data.settings.find((setting) => setting.key === 'preferences');
    if (row?.key !== 'preferences') throw new Error('the sample has preferences');
    const withoutReminders = {
      ...row,
      value: { theme: 'light' as const, sound: true, notifications: false },
    };
    file.data.settings = file.data.settings.map((setting) => (setting === row ? withoutReminders : setting));
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);

    const emptied = goodFile();
    remindersOf(emptied).sessionTime = '';
    expect(parseBackup(JSON.stringify(emptied)).ok).toBe(true);
  });

  it('ends every refusal by saying nothing changed', () => {
    expect(messageOf('nope')).toMatch(/Nothing was changed\.$/);
  });
});

describe('practice exams in a backup', () => {
  const examFile = () => {
    const file = goodFile();
    const exam = file.data.sets.find((set) => set.practiceExam);
    const run = file.data.rehearsals[0];
    if (!exam?.practiceExam || !run) throw new Error('the sample keeps a practice exam and a run');
    return { file, exam: exam.practiceExam, set: exam, run };
  };

  it('reads a practice exam set and a run in progress back as exported', () => {
    const { file } = examFile();
    expect(parseBackup(JSON.stringify(file))).toEqual({
      ok: true,
      backup: file,
      joinedRules: 0,
      fileRows: file.data,
    });
  });

  it('refuses a practice exam that does not add up, and a run that names questions past its last', () => {
    const overTime = examFile();
    overTime.exam.usedMs = overTime.exam.limitMs + 1;
    expect(messageOf(JSON.stringify(overTime.file))).toBe(
      'This backup has a problem (row 2 of sets): practiceExam.usedMs: is longer than the exam time. Nothing was changed.',
    );
    const quarters = examFile();
    quarters.exam.quarterMs = [1, 2, 3, 4];
    expect(messageOf(JSON.stringify(quarters.file))).toMatch(/quarterMs: does not add up/);
    const flag = examFile();
    flag.exam.flagged = [61];
    expect(messageOf(JSON.stringify(flag.file))).toMatch(/names a question past the last \(60\)/);
    const run = examFile();
    run.run.current = 31;
    expect(messageOf(JSON.stringify(run.file))).toMatch(/row 1 of rehearsals\): current: is past the last/);
    const two = examFile();
    two.file.data.rehearsals.push({ ...two.run, id: 'run2' });
    expect(messageOf(JSON.stringify(two.file))).toMatch(/rehearsals: expected <=1, got 2/);
  });
});
