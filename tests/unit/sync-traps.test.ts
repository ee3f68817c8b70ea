import { describe, expect, it } from 'vitest';
import type { MissRecord } from '../../src/domain/records';
import type { ReviewLogRecord } from '../../src/domain/review-records';
import { cardFromLogs, replayCard } from '../../src/domain/review-replay';
import { indexRules } from '../../src/domain/review-schedule';
import { emptyTableRows, type TableRows } from '../../src/domain/tables';
import type { DocumentSource } from '../../src/sync/merge';
import { fileOf, merged } from '../support/sync-documents';
import { sampleBackupData } from '../backup-sample';

function restored(rows: TableRows): DocumentSource {
  return { state: null, restored: rows, local: structuredClone(rows) };
}

const edit = (device: DocumentSource, id: string, fields: Partial<MissRecord>) => {
  device.local.misses = device.local.misses.map((miss) => (miss.id === id ? { ...miss, ...fields } : miss));
};

const missOf = (device: DocumentSource, id: string) => device.local.misses.find((miss) => miss.id === id);

/** A practice exam running since 09:00 UTC on 2 December, or `minutesLater`. */
const practiceExam = (id: string, minutesLater = 0) => ({
  ...sampleBackupData().rehearsals[0]!,
  id,
  status: 'running' as const,
  pausedAt: null,
  pausedMs: 0,
  startedAt: Date.UTC(2026, 11, 2, 9) + minutesLater * 60_000,
});

describe('sync merge traps', () => {
  it('keeps a rule edited on one device and the safer action edited on the other, both having restored one backup', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    edit(phone, 'miss1', { rule: 'Phone rule.' });
    edit(laptop, 'miss1', { saferAction: 'Laptop action.' });
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    for (const device of [phone, laptop]) {
      expect(missOf(device, 'miss1')).toMatchObject({ rule: 'Phone rule.', saferAction: 'Laptop action.' });
    }
  });

  it('merges set-up fields one by one: an exam date from one device and hours from the other', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    const setup = (device: DocumentSource, value: object) => {
      device.local.settings = device.local.settings.map((row) =>
        row.key === 'setup' ? { ...row, value: { ...row.value, ...value } } : row,
      );
    };
    setup(phone, { examDate: '2027-02-01' });
    setup(laptop, { hoursBand: '9-12' });
    merged(phone, fileOf(laptop));
    expect(phone.local.settings.find((row) => row.key === 'setup')!.value).toMatchObject({
      examDate: '2027-02-01',
      hoursBand: '9-12',
    });
  });

  it('keeps a deleted miss deleted after an older file with it is merged again', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    const older = fileOf(laptop);
    merged(phone, older);
    phone.local.misses = phone.local.misses.filter((miss) => miss.id !== 'miss2');
    merged(laptop, fileOf(phone));
    expect(missOf(laptop, 'miss2')).toBeUndefined();
    merged(laptop, older);
    merged(phone, older);
    expect(missOf(laptop, 'miss2')).toBeUndefined();
    expect(missOf(phone, 'miss2')).toBeUndefined();
  });

  it('ends a tick on one device and an untick of the same task on the other the same on both', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    phone.local.ticks = phone.local.ticks.filter((tick) => tick.id !== 'sparkml-pipelines');
    laptop.local.ticks = [
      ...laptop.local.ticks.filter((tick) => tick.id !== 'sparkml-pipelines'),
      { id: 'sparkml-pipelines', tickedAt: Date.UTC(2026, 11, 1) },
    ];
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    expect(phone.local.ticks).toEqual(laptop.local.ticks);
  });

  it('keeps both reviews of one rule reviewed on two devices, with the same due date on both', () => {
    const data = sampleBackupData();
    const phone = restored(data);
    const laptop = restored(data);
    const review = (device: DocumentSource, id: string, rating: 1 | 3, at: number) => {
      const log: ReviewLogRecord = { id, missId: 'miss2', rating, reviewedAt: at, source: 'review' };
      const logs = [...device.local.reviewLogs.filter((row) => row.missId === 'miss2'), log];
      const card = replayCard({
        miss: missOf(device, 'miss2')!,
        start: '2026-11-20',
        logs,
        examDate: '2027-01-15',
        card: undefined,
      })!;
      device.local.reviewLogs = [...device.local.reviewLogs, log];
      device.local.reviewCards = [...device.local.reviewCards.filter((row) => row.missId !== 'miss2'), card];
    };
    review(phone, 'phone-log', 1, Date.UTC(2026, 11, 2, 8));
    review(laptop, 'laptop-log', 3, Date.UTC(2026, 11, 2, 20));
    expect(phone.local.reviewCards.find((c) => c.missId === 'miss2')!.due).not.toBe(
      laptop.local.reviewCards.find((c) => c.missId === 'miss2')!.due,
    );
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    for (const device of [phone, laptop]) {
      expect(device.local.reviewLogs.map((log) => log.id)).toEqual(
        expect.arrayContaining(['phone-log', 'laptop-log']),
      );
    }
    const phoneCard = phone.local.reviewCards.find((c) => c.missId === 'miss2')!;
    expect(laptop.local.reviewCards.find((c) => c.missId === 'miss2')).toEqual(phoneCard);
    // Scheduled from both grades in order (Again in the morning, Good in the evening), not one side's card.
    const bothGrades = replayCard({
      miss: missOf(phone, 'miss2')!,
      start: '2026-11-20',
      logs: phone.local.reviewLogs.filter((log) => log.missId === 'miss2'),
      examDate: '2027-01-15',
      card: undefined,
    })!;
    expect(phoneCard.due).toBe(bothGrades.due);
  });

  it('rebuilds the same card from the same reviews on devices in two time zones', () => {
    // 11:00 UTC on New Year's Day is past midnight in Auckland and still New Year's Eve morning in Los Angeles:
    // 14 or 13 days before the exam, two recall targets, if the device's own date were used.
    const logs: ReviewLogRecord[] = [
      { id: 'retest', missId: 'miss1', rating: 3, reviewedAt: Date.UTC(2026, 11, 21, 23), source: 'retest' },
      { id: 'first', missId: 'miss1', rating: 3, reviewedAt: Date.UTC(2027, 0, 1, 11), source: 'review' },
    ];
    const zone = process.env.TZ;
    const cardIn = (timeZone: string) => {
      process.env.TZ = timeZone;
      return replayCard({
        miss: { id: 'miss1', rule: 'Check the alias.' },
        start: '2026-12-20',
        logs,
        examDate: '2027-01-15',
        card: undefined,
      });
    };
    try {
      expect(cardIn('Pacific/Auckland')).toEqual(cardIn('America/Los_Angeles'));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('stores the card a grade in review makes as a merge in another time zone rebuilds it', () => {
    // A rule written in a session at 11:30 UTC (past midnight in Auckland), graded at 11:00 UTC on New Year's
    // Day: 14 days before the exam in Auckland, 13 in Los Angeles, two recall targets by the device's own date.
    const zone = process.env.TZ;
    const data = sampleBackupData();
    const miss = { ...data.misses[1]!, createdAt: Date.UTC(2026, 10, 20, 11, 30) };
    data.misses = [data.misses[0]!, miss];
    data.reviewLogs = [
      { id: 'retest', missId: miss.id, rating: 3, reviewedAt: Date.UTC(2026, 10, 21, 23), source: 'retest' },
      { id: 'first', missId: miss.id, rating: 3, reviewedAt: Date.UTC(2027, 0, 1, 11), source: 'review' },
    ];
    const setDates = new Map(data.sets.map((set) => [set.id, set.date]));
    const check = (gradedIn: string, mergedIn: string) => {
      process.env.TZ = gradedIn;
      // What /review stores for the grade: the card replayed from every log of the rule.
      const stored = cardFromLogs({
        miss,
        start: indexRules(data.misses, setDates).byId.get(miss.id)!.start,
        logs: data.reviewLogs,
        examDate: '2027-01-15',
        stored: undefined,
        slipChange: 0,
      })!;
      process.env.TZ = mergedIn;
      const blank: DocumentSource = { state: null, restored: null, local: emptyTableRows() };
      merged(blank, fileOf({ state: null, restored: null, local: { ...data, reviewCards: [stored] } }));
      expect(blank.local.reviewCards.find((card) => card.missId === miss.id)).toEqual(stored);
    };
    try {
      check('Pacific/Auckland', 'America/Los_Angeles');
      check('America/Los_Angeles', 'Pacific/Auckland');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('counts what came in per kind: new, changed and deleted', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    edit(laptop, 'miss1', { rule: 'Edited.' });
    laptop.local.misses = laptop.local.misses.filter((miss) => miss.id !== 'miss2');
    laptop.local.ticks = [...laptop.local.ticks, { id: 'last-7:day-6', tickedAt: Date.UTC(2026, 11, 1) }];
    const outcome = merged(phone, fileOf(laptop));
    expect(outcome.counts.misses).toEqual({ added: 0, changed: 1, deleted: 1 });
    expect(outcome.counts.ticks).toEqual({ added: 1, changed: 0, deleted: 0 });
  });

  it('keeps this device’s row when the merged row would break its schema, and says so', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    // A miss's revisit is one value; a file that sets a field the schema does not know is refused row by row.
    edit(laptop, 'miss1', { rule: 'Laptop rule.', ...({ invented: 'x' } as object) });
    const outcome = merged(phone, fileOf(laptop));
    expect(outcome.refused).toBe(1);
    expect(missOf(phone, 'miss1')!.rule).toBe(sampleBackupData().misses[0]!.rule);
  });

  it('keeps one of two sessions running on two devices, and the other one’s time as studied, the same on both', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    const running = {
      ...laptop.local.sessions[0]!,
      status: 'running' as const,
      startedAt: Date.UTC(2026, 11, 2, 9),
      shiftMs: 0,
      pausedMs: 0,
      endedAt: null,
      studiedMs: null,
    };
    phone.local.sessions = [...phone.local.sessions, { ...running, id: 'phone-session' }];
    laptop.local.sessions = [
      ...laptop.local.sessions,
      { ...running, id: 'laptop-session', startedAt: running.startedAt + 20 * 60_000 },
    ];
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    expect(phone.local.misses).toEqual(laptop.local.misses);
    const session = (id: string) => phone.local.sessions.find((row) => row.id === id);
    expect(session('laptop-session')).toMatchObject({ status: 'running', endedAt: null });
    expect(session('phone-session')).toMatchObject({
      status: 'finished-early',
      endedAt: running.startedAt + 20 * 60_000,
      studiedMs: 20 * 60_000,
    });
  });

  it('ends a session paused on one device and ended on the other, the same on both', () => {
    const data = sampleBackupData();
    const startedAt = Date.UTC(2026, 11, 2, 9);
    data.sessions = [
      { ...data.sessions[0]!, status: 'running', startedAt, pausedMs: 0, endedAt: null, studiedMs: null },
    ];
    const phone = restored(data);
    const laptop = restored(data);
    const session = (device: DocumentSource) => device.local.sessions[0]!;
    phone.local.sessions = [{ ...session(phone), status: 'paused', pausedAt: startedAt + 10 * 60_000 }];
    laptop.local.sessions = [
      {
        ...session(laptop),
        status: 'finished-early',
        endedAt: startedAt + 25 * 60_000,
        studiedMs: 25 * 60_000,
      },
    ];
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    expect(phone.local.misses).toEqual(laptop.local.misses);
    expect(session(phone)).toMatchObject({
      status: 'finished-early',
      pausedAt: null,
      endedAt: startedAt + 25 * 60_000,
      studiedMs: 25 * 60_000,
    });
  });

  it('keeps a miss written in a session the other device deleted, without the session, the same on both', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    // The phone deletes the session (its own miss2 still points at it, as the app leaves it); the laptop
    // writes one more miss in it.
    phone.local.sessions = phone.local.sessions.filter((session) => session.id !== 'session1');
    laptop.local.misses = [
      ...laptop.local.misses,
      { ...missOf(laptop, 'miss2')!, id: 'laptop-miss', rule: 'Written in the session.' },
    ];
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    expect(phone.local.misses).toEqual(laptop.local.misses);
    expect(phone.local.sessions.map((session) => session.id)).not.toContain('session1');
    for (const id of ['miss2', 'laptop-miss']) expect(missOf(phone, id)).toMatchObject({ sessionId: null });
    expect(missOf(phone, 'laptop-miss')!.rule).toBe('Written in the session.');
  });

  it('keeps one of two practice exams in progress on two devices and logs the other’s time, the same on both', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    phone.local.rehearsals = [practiceExam('phone-run')];
    laptop.local.rehearsals = [practiceExam('laptop-run', 45)];
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    expect(phone.local.misses).toEqual(laptop.local.misses);
    expect(phone.local.rehearsals.map((row) => row.id)).toEqual(['laptop-run']);
    expect(phone.local.studyLogs.find((log) => log.id === 'practice-exam-phone-run')).toMatchObject({
      date: '2026-12-02',
      minutes: 45,
    });
  });

  it('keeps a practice exam’s logged time deleted once the learner deletes it, and an edit of it as edited', () => {
    const phone = restored(sampleBackupData());
    const laptop = restored(sampleBackupData());
    phone.local.rehearsals = [practiceExam('phone-run'), practiceExam('phone-old-run')];
    laptop.local.rehearsals = [practiceExam('laptop-run', 45)];
    const older = fileOf(laptop);
    merged(phone, older);
    const logged = (device: DocumentSource, id: string) =>
      device.local.studyLogs.find((log) => log.id === `practice-exam-${id}`);
    expect(logged(phone, 'phone-run')).toBeDefined();
    phone.local.studyLogs = phone.local.studyLogs
      .filter((log) => log.id !== 'practice-exam-phone-run')
      .map((log) => (log.id === 'practice-exam-phone-old-run' ? { ...log, minutes: 30 } : log));
    const fromPhone = fileOf(phone);
    merged(laptop, fromPhone);
    merged(phone, older);
    merged(laptop, older);
    for (const device of [phone, laptop]) {
      expect(logged(device, 'phone-run')).toBeUndefined();
      expect(logged(device, 'phone-old-run')?.minutes).toBe(30);
      expect(device.local.rehearsals.map((row) => row.id)).toEqual(['laptop-run']);
    }
    laptop.local.studyLogs = laptop.local.studyLogs.filter((log) => log.id !== 'practice-exam-phone-old-run');
    merged(phone, fileOf(laptop));
    merged(phone, fromPhone);
    merged(phone, older);
    expect(logged(phone, 'phone-old-run')).toBeUndefined();
  });

  it('merges a review history FSRS cannot replay (a grade dated before its set) and keeps the card as merged', () => {
    const data = sampleBackupData();
    const phone = restored(data);
    const laptop = restored(data);
    laptop.local.reviewLogs = [
      ...laptop.local.reviewLogs,
      { id: 'early', missId: 'miss1', rating: 3, reviewedAt: Date.UTC(2025, 0, 1), source: 'review' },
    ];
    const outcome = merged(phone, fileOf(laptop));
    expect(outcome.counts.reviewLogs.added).toBe(1);
  });

  it('keeps edits of different set-up fields made on two devices that each made the set-up on their own', () => {
    // Each pair of documents has its own random client ids, which decide which device's copy of a field made on
    // both wins: with a key per field from the start, an edit on one device lost to the other's first copy in
    // about half of the pairs.
    for (let pair = 0; pair < 8; pair += 1) {
      const [phone, laptop] = [0, 1].map((): DocumentSource => {
        const data = sampleBackupData();
        return { state: null, restored: null, local: { ...emptyTableRows(), settings: data.settings } };
      });
      for (const device of [phone!, laptop!]) fileOf(device);
      const setup = (device: DocumentSource, value: object) => {
        device.local.settings = device.local.settings.map((row) =>
          row.key === 'setup' ? { ...row, value: { ...row.value, ...value } } : row,
        );
      };
      setup(phone!, { examDate: '2027-02-01' });
      setup(laptop!, { hoursBand: '9-12' });
      const fromPhone = fileOf(phone!);
      merged(phone!, fileOf(laptop!));
      merged(laptop!, fromPhone);
      for (const device of [phone!, laptop!]) {
        expect(device.local.settings.find((row) => row.key === 'setup')!.value).toMatchObject({
          examDate: '2027-02-01',
          hoursBand: '9-12',
        });
      }
    }
  });

  it('merges a miss field by field after it travelled whole, keeps a field removed on one device removed and a revisit replaced whole', () => {
    const laptop: DocumentSource = { state: null, restored: null, local: sampleBackupData() };
    edit(laptop, 'miss1', { cue: 'A model moves to production on Friday.' });
    const phone: DocumentSource = { state: null, restored: null, local: emptyTableRows() };
    merged(phone, fileOf(laptop));
    expect(missOf(phone, 'miss1')?.cue).toBe('A model moves to production on Friday.');
    edit(phone, 'miss1', { rule: 'Phone rule.' });
    laptop.local.misses = laptop.local.misses.map(({ cue: _cue, ...miss }) =>
      miss.id === 'miss1'
        ? { ...miss, saferAction: 'Laptop action.', revisit: { kind: 'lesson', lessonId: '1.5' } }
        : { ...miss, cue: _cue },
    );
    const fromPhone = fileOf(phone);
    merged(phone, fileOf(laptop));
    merged(laptop, fromPhone);
    for (const device of [phone, laptop]) {
      expect(missOf(device, 'miss1')).toMatchObject({
        rule: 'Phone rule.',
        saferAction: 'Laptop action.',
        revisit: { kind: 'lesson', lessonId: '1.5' },
      });
      expect(missOf(device, 'miss1')).not.toHaveProperty('cue');
      expect(missOf(device, 'miss1')?.revisit).not.toHaveProperty('url');
    }
    expect(phone.local.misses).toEqual(laptop.local.misses);
  });

  it('starts a blank device from a file', () => {
    const laptop = restored(sampleBackupData());
    const blank: DocumentSource = { state: null, restored: null, local: emptyTableRows() };
    const outcome = merged(blank, fileOf(laptop));
    expect(outcome.counts.misses.added).toBe(2);
    expect(missOf(blank, 'miss1')).toEqual(missOf(laptop, 'miss1'));
  });
});
