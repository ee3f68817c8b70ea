import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkBackupSize, maxBackupBytes } from '../../src/domain/backup-format';
import { jsonDepth, parseBackup, parseBackupBytes } from '../../src/domain/backup-schema';
import { parseMissDraft, parseSetDraft, emptyMissDraft } from '../../src/domain/miss-validation';
import { validateSetup, defaultSetup } from '../../src/domain/setup';
import { isStoredInstant, isStudyDate } from '../../src/domain/validation/dates';
import { validateMiss } from '../../src/domain/validation/miss';
import { validateSession, runningSessionsProblem } from '../../src/domain/validation/session';
import { justificationProblem } from '../../src/domain/validation/self-check';
import { cleanText, isOneSentence, visibleLength } from '../../src/domain/validation/text';
import { createBackup } from '../../src/domain/backup-format';
import { sampleBackupData } from '../backup-sample';
import { endedSession } from '../support/ended-session';

const now = Date.UTC(2026, 10, 26, 12);
const fileWith = (change: (data: ReturnType<typeof sampleBackupData>) => void) => {
  const data = sampleBackupData();
  change(data);
  return JSON.stringify(createBackup(data, '0.1.0', now));
};
const messageOf = (text: string) => {
  const result = parseBackup(text);
  return result.ok ? 'accepted' : result.message;
};

describe('text as a person sees it', () => {
  it('treats a name made only of invisible characters as empty, and trims them off the edges', () => {
    expect(cleanText('\u200b\u200c\u2060\ufeff ')).toBe('');
    expect(cleanText('\u200bSet\u00ad 3\u200d ')).toBe('Set 3');
    // A joiner inside an emoji sequence is content.
    expect(cleanText('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('counts user-perceived characters, so 150 emoji are 150', () => {
    expect(visibleLength('🙂'.repeat(150))).toBe(150);
    expect(visibleLength('👩\u200d💻é')).toBe(2);
  });

  it('counts ASCII, CR LF included, exactly as the segmenter would', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(ascii, fc.constantFrom('\r\n', '\r', '\n'))), (pieces) => {
        const text = pieces.join('');
        expect(visibleLength(text)).toBe([...segmenter.segment(text)].length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts long text in pieces exactly as one pass of the segmenter would', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const onePass = (text: string) => [...segmenter.segment(text)].length;
    // ASCII next to every kind of character that joins its neighbours: CR LF, combining marks, emoji joiners,
    // skin tones, keycaps, flags (pairs of regional indicators), Hangul jamo and a variation selector.
    const parts = [
      'a',
      'Z',
      ' ',
      '.',
      '\r',
      '\n',
      '\r\n',
      '\u0301',
      '\u200d',
      '👩',
      '🏽',
      '1\ufe0f\u20e3',
      '🇫',
      '🇷',
      '\u1100',
      '\u1161',
      '\u11a8',
      '\ufe0f',
      '한',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 900, maxLength: 3000 }), (pieces) => {
        const text = pieces.join('');
        expect(visibleLength(text)).toBe(onePass(text));
      }),
      { numRuns: 60 },
    );
  });

  it('counts a pasted or imported megabyte in short pieces, not minutes', () => {
    // Engines segment in time that grows with the square of the text, so the guarantee is that no call sees more
    // than a piece: checked on the calls, not on a clock that a loaded machine can stretch past any bound.
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    // Not ASCII, which is counted without segmenting at all.
    expect(visibleLength('é'.repeat(1_000_000))).toBe(1_000_000);
    expect(visibleLength('Roll back first 🙂. '.repeat(60_000))).toBe(19 * 60_000);
    const longest = Math.max(...segment.mock.calls.map(([text]) => text.length));
    expect(segment.mock.calls.length).toBeGreaterThan(1_000);
    expect(longest).toBeLessThanOrEqual(256);
  });

  it('finds sentences without tripping on abbreviations or initials', () => {
    expect(isOneSentence('Ask Mr. Smith first.')).toBe(true);
    expect(isOneSentence('Use aliases, e.g. Champion, before promoting.')).toBe(true);
    expect(isOneSentence('Ask J. Smith first.')).toBe(true);
    expect(isOneSentence('Canary first. Then promote.')).toBe(false);
    expect(isOneSentence('Roll back! Then retrain.')).toBe(false);
    expect(isOneSentence('One line\nand another')).toBe(false);
  });
});

describe('dates and instants the app can show', () => {
  it('accepts years 2000 to 2100 only', () => {
    expect(isStudyDate('2000-01-01')).toBe(true);
    expect(isStudyDate('2100-12-31')).toBe(true);
    expect(isStudyDate('1999-12-31')).toBe(false);
    expect(isStudyDate('9999-12-01')).toBe(false);
    expect(isStoredInstant(0)).toBe(true);
    expect(isStoredInstant(8.64e15)).toBe(false);
    expect(validateSetup({ ...defaultSetup, startDate: '9999-12-01' }).startDate).toMatch(/2000 to 2100/);
  });
});

describe('one validator per record kind, shared by forms and import', () => {
  it('a set needs a visible name and at least one question', () => {
    const draft = { date: '2026-11-20', label: '\u200b\u200b', questions: '0', correct: '0' };
    const parsed = parseSetDraft(draft);
    expect(parsed.ok ? null : parsed.errors).toMatchObject({ label: /Name the set/, questions: /1 to 500/ });
    expect(messageOf(fileWith((d) => (d.sets[0]!.questions = 0)))).toMatch(/row 1 of sets.*questions/);
    expect(messageOf(fileWith((d) => (d.sets[0]!.label = ' ')))).toMatch(/row 1 of sets.*label/);
  });

  it('a miss points at a set or session that exists, with distinct retest days', () => {
    const miss = sampleBackupData().misses[0]!;
    expect(validateMiss({ ...miss, setId: 'gone', sessionId: null }, { setIds: new Set() }).setId).toMatch(
      /no longer exists/,
    );
    expect(messageOf(fileWith((d) => (d.misses[0]!.setId = 'gone')))).toMatch(/row 1 of misses.*setId/);
    expect(messageOf(fileWith((d) => (d.misses[0]!.sessionId = 'gone')))).toMatch(/sessionId/);
    expect(
      messageOf(
        fileWith(
          (d) =>
            (d.misses[0]!.retests = [
              { day: 1, held: true, at: now },
              { day: 1, held: false, at: now },
            ]),
        ),
      ),
    ).toMatch(/same retest day twice/);
  });

  it('keeps a rule to 200 perceived characters everywhere and one sentence in the form', () => {
    const base = { ...emptyMissDraft('set'), domain: 'mlops', failureMode: 'leakage' };
    expect(parseMissDraft({ ...base, rule: 'Ask Mr. Smith first.' }).ok).toBe(true);
    const emoji = parseMissDraft({ ...base, rule: '🙂'.repeat(201) });
    expect(emoji.ok ? null : emoji.errors.rule).toMatch(/now 201/);
    expect(parseMissDraft({ ...base, rule: '🙂'.repeat(150) }).ok).toBe(true);
    expect(messageOf(fileWith((d) => (d.misses[1]!.rule = 'x'.repeat(201))))).toMatch(/at most 200/);
  });

  it('a session ends after it starts, and only one runs at a time', () => {
    const ended = endedSession('2026-11-20', 30);
    expect(validateSession({ ...ended, endedAt: ended.startedAt - 1 }).endedAt).toMatch(/before/);
    const running = { ...ended, status: 'running' as const, endedAt: null, studiedMs: null };
    expect(runningSessionsProblem([running, { ...running, id: 's2' }])).toMatch(/2 sessions running/);
    expect(
      messageOf(
        fileWith((d) => {
          d.sessions = [
            ...d.sessions.map((row) => ({ ...row, ...running, id: row.id })),
            { ...running, id: 'r2' },
          ];
        }),
      ),
    ).toMatch(/2 sessions running or paused/);
    expect(messageOf(fileWith((d) => (d.sessions[0]!.endedAt = d.sessions[0]!.startedAt - 1)))).toMatch(
      /row 1 of sessions.*endedAt/,
    );
  });

  it('an exam before the start, a line break in a one-line reason and year 9999 are refused', () => {
    expect(
      messageOf(
        fileWith((d) => {
          const setup = d.settings.find((row) => row.key === 'setup')!;
          if (setup.key === 'setup') setup.value = { ...setup.value, startDate: '2027-02-01' };
        }),
      ),
    ).toMatch(/examDate: The exam must come after the start date/);
    expect(justificationProblem(false, 'two\nlines')).toMatch(/one line/);
    expect(messageOf(fileWith((d) => (d.signals[0]!.justification = 'two\nlines')))).toMatch(
      /row 1 of signals.*one line/,
    );
    expect(messageOf(fileWith((d) => (d.sets[0]!.date = '9999-12-01')))).toMatch(/2000 to 2100/);
    expect(messageOf(fileWith((d) => (d.misses[0]!.createdAt = 8.64e15)))).toMatch(/past the end of 2100/);
  });
});

describe('the import is as strict as the forms', () => {
  const messageOf = (text: string) => {
    const result = parseBackup(text, { now });
    return result.ok ? 'accepted' : result.message;
  };

  it('refuses what no form stores, saying what and where', () => {
    expect(messageOf(fileWith((d) => (d.misses[0]!.rule = '\u200b\u200b\u200b')))).toMatch(
      /row 1 of misses\): rule: Write the rule/,
    );
    expect(messageOf(fileWith((d) => (d.misses[0]!.saferAction = '\u200b\ufeff')))).toMatch(
      /row 1 of misses\): saferAction: has only invisible characters/,
    );
    const log = {
      id: 'log1',
      date: '2026-11-20',
      minutes: 720,
      what: 'Drift docs',
      createdAt: now,
      updatedAt: now,
    };
    expect(messageOf(fileWith((d) => (d.studyLogs = [log])))).toBe('accepted');
    expect(messageOf(fileWith((d) => (d.studyLogs = [{ ...log, date: '2100-01-01' }])))).toMatch(
      /row 1 of studyLogs\): date: Enter today or an earlier date/,
    );
    expect(messageOf(fileWith((d) => (d.studyLogs = [{ ...log, what: '' }])))).toMatch(
      /row 1 of studyLogs\): what: Say what you studied/,
    );
    const inFuture = Date.UTC(2100, 0, 1);
    expect(
      messageOf(
        fileWith((d) => {
          d.sessions = [
            {
              ...d.sessions[0]!,
              status: 'running',
              startedAt: inFuture,
              endedAt: null,
              pausedAt: null,
              studiedMs: null,
              updatedAt: inFuture,
            },
          ];
          d.misses = d.misses.filter((miss) => miss.sessionId === null);
        }),
      ),
    ).toMatch(/row 1 of sessions\): startedAt: is after the backup was made/);
    expect(messageOf(fileWith((d) => (d.sessions[0]!.studiedMs = 9e15)))).toMatch(
      /row 1 of sessions\): studiedMs: is more than the 60 minutes/,
    );
    // Written as a file could be (createBackup leaves such rows out).
    const rawFileWith = (change: (data: ReturnType<typeof sampleBackupData>) => void) => {
      const file = createBackup(sampleBackupData(), '0.1.0', now);
      change(file.data);
      return JSON.stringify(file);
    };
    const card = { missId: 'gone', memory: null, due: now, slips: 0, ruleHash: '00000000', updatedAt: now };
    expect(messageOf(rawFileWith((d) => (d.reviewCards = [card])))).toMatch(
      /row 1 of reviewCards\): missId: points at a miss that is not in this backup/,
    );
    expect(
      messageOf(
        rawFileWith(
          (d) => (d.reviewLogs = [{ id: 'l', missId: 'gone', rating: 3, reviewedAt: now, source: 'review' }]),
        ),
      ),
    ).toMatch(/row 1 of reviewLogs\): missId: points at a miss/);
  });

  it('a backup leaves out the review rows of a deleted miss, so it imports', () => {
    const data = sampleBackupData();
    data.reviewCards = [
      { missId: 'gone', memory: null, due: now, slips: 0, ruleHash: '00000000', updatedAt: now },
    ];
    expect(parseBackup(JSON.stringify(createBackup(data, '0.2.0', now))).ok).toBe(true);
  });
});

describe('honest refusals of a file', () => {
  it('says how deep a file nests instead of calling it invalid JSON', () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    expect(jsonDepth(deep)).toBe(3000);
    expect(jsonDepth('{"a":"[[[[["}')).toBe(1);
    expect(messageOf(deep)).toMatch(/nests 3000 levels deep; a backup nests at most 32/);
  });

  it('refuses invalid UTF-8 rather than replacing it', () => {
    const good = new TextEncoder().encode(fileWith(() => undefined));
    expect(parseBackupBytes(good).ok).toBe(true);
    const bad = new Uint8Array([...good.slice(0, 40), 0xff, 0xfe, ...good.slice(40)]);
    expect(parseBackupBytes(bad)).toEqual({
      ok: false,
      message: 'This file is not a backup: it is not valid UTF-8 text. Nothing was changed.',
    });
  });

  it('never calls 20 MB + 1 byte "20.0 MB"', () => {
    expect(checkBackupSize(maxBackupBytes + 1)).not.toMatch(/20\.0 MB/);
    expect(checkBackupSize(maxBackupBytes + 1)).toMatch(/1 byte over/);
    expect(checkBackupSize(maxBackupBytes + 2)).toMatch(/2 bytes over/);
  });
});
