import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { readAllRows } from '../../src/db/backup-repository';
import { databaseName, StudyDatabase } from '../../src/db/database';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import { phaseIds, type PhaseId } from '../../src/domain/seed-ids';
import { createAppStore, type AppStoreHandle } from '../../src/store/app-store';
import { isActiveStatus } from '../../src/domain/session-timer';
import { createBackup } from '../../src/domain/backup-format';
import { parseBackup } from '../../src/domain/backup-schema';
import { sampleBackupData } from '../backup-sample';
import { fullDisk } from '../support/full-disk';

const handles: AppStoreHandle[] = [];
const databases: StudyDatabase[] = [];
const now = Date.UTC(2026, 10, 26, 12);

function freshDb(name = `test-${crypto.randomUUID()}`) {
  const db = new StudyDatabase(name);
  databases.push(db);
  return db;
}

async function openTab(db: StudyDatabase, channelName: string | null = null) {
  const handle = createAppStore({ db, now: () => now, channelName });
  handles.push(handle);
  await handle.hydrate();
  return handle;
}

afterEach(async () => {
  handles.splice(0).forEach((h) => h.dispose());
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const missDraft = (setId: string) => ({
  ...emptyMissDraft(setId),
  domain: 'deployment',
  failureMode: 'unsafe-rollout',
  rule: 'Canary before promoting.',
});

describe('writes that can be awaited', () => {
  it('a miss saved on a full disk resolves not ok with the reason, and nothing pretends it was stored', async () => {
    const db = freshDb();
    const disk = { writes: false, reads: false };
    db.use(fullDisk(disk));
    const { store, idle } = await openTab(db);
    const set = await store
      .getState()
      .saveSet({ date: '2026-11-20', label: 'Set', questions: '5', correct: '3' });
    if (!set.ok) throw new Error('set should save');
    disk.writes = true;
    const result = await store.getState().saveMiss(missDraft(set.id));
    expect(result).toMatchObject({
      ok: false,
      errors: {},
      message: expect.stringMatching(/out of storage space/),
    });
    expect(store.getState().misses).toEqual({});
    expect(await db.misses.count()).toBe(0);
    // The retry, once there is space again, stores it.
    disk.writes = false;
    expect(await store.getState().saveMiss(missDraft(set.id))).toMatchObject({ ok: true });
    await idle();
    expect(await db.misses.count()).toBe(1);
  });

  it('a delete on a full disk resolves not ok, and the row is read back', async () => {
    const db = freshDb();
    const disk = { writes: false, reads: false };
    db.use(fullDisk(disk));
    const { store } = await openTab(db);
    const logged = { date: '2026-11-20', minutes: '30', what: 'Docs' };
    expect(await store.getState().saveStudyLog(logged, '2026-11-26')).toEqual({ ok: true });
    const [id] = Object.keys(store.getState().studyLogs);
    disk.writes = true;
    const outcome = await store.getState().deleteStudyLog(id!);
    expect(outcome.ok ? null : outcome.message).toMatch(/out of storage space/);
    expect(store.getState().studyLogs[id!]).toMatchObject({ what: 'Docs' });
  });

  it("a disk that fills and comes back: the dropped connection opens again on Try again, and Chromium's backing-store error reads as a full disk", async () => {
    const db = freshDb();
    const { store } = await openTab(db);
    const open = indexedDB.open.bind(indexedDB);
    // Chromium on a full disk: the connection is dropped, and every attempt to open it again fails like this.
    const full = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      const request = {} as IDBOpenDBRequest & { error: DOMException };
      request.error = new DOMException(
        'Internal error opening backing store for indexedDB.open.',
        'UnknownError',
      );
      setTimeout(() =>
        request.onerror?.({ target: request, preventDefault() {}, stopPropagation() {} } as never),
      );
      return request;
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    db.backendDB().onclose?.call(db.backendDB(), new Event('close'));

    const draft = { date: '2026-11-26', minutes: '45', what: 'Drift docs' };
    const refused = await store.getState().saveStudyLog(draft, '2026-11-26');
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^The disk is full/) });
    expect(refused.ok || refused.message).not.toMatch(/backing store/);

    // Space is freed; the learner presses Try again (the form sends the same draft), without a reload.
    full.mockImplementation(open);
    expect(await store.getState().saveStudyLog(draft, '2026-11-26')).toMatchObject({ ok: true });
    expect((await readAllRows(freshDb(db.name))).studyLogs.map((log) => log.what)).toEqual(['Drift docs']);
  });

  it('reports a rollback that fails instead of swallowing it', async () => {
    const db = freshDb();
    const disk = { writes: false, reads: false };
    db.use(fullDisk(disk));
    const { store } = await openTab(db);
    disk.writes = true;
    disk.reads = true;
    const outcome = await store.getState().setTicked('inference-fit', true);
    expect(outcome.ok ? null : outcome.message).toMatch(/could not be put back.*reload the page/);
    expect(store.getState().storageError).toMatch(/could not be put back/);
  });

  it('idle() waits for every queued write', async () => {
    const db = freshDb();
    const { store, idle } = await openTab(db);
    for (let i = 0; i < 20; i += 1) void store.getState().setTicked(`task-${i}`, true);
    await idle();
    expect(await db.ticks.count()).toBe(20);
  });
});

describe('one running session, whatever the number of tabs', () => {
  it('three tabs pressing Start at once store exactly one running session', async () => {
    const db = freshDb();
    const tabs = await Promise.all([0, 1, 2].map(() => openTab(new StudyDatabase(db.name))));
    const outcomes = await Promise.all(tabs.map((tab) => tab.store.getState().startSession()));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)[0]).toMatchObject({ message: /already running/ });
    const stored = await db.sessions.toArray();
    expect(stored.filter((session) => isActiveStatus(session.status))).toHaveLength(1);
    // The refused tabs no longer show a session of their own.
    for (const [index, tab] of tabs.entries()) {
      const own = Object.keys(tab.store.getState().sessions);
      expect(own.length).toBe(outcomes[index]!.ok ? 1 : 0);
    }
  });
});

/** One tab runs a session; another then imports a backup, which the first has not heard of (no channel). */
async function sessionThenImport() {
  const db = freshDb();
  const running = await openTab(db);
  const importing = await openTab(new StudyDatabase(db.name));
  const started = await running.store.getState().startSession();
  if (!started.ok) throw new Error('start');
  await importing.store.getState().replaceAllData(sampleBackupData());
  return { db, running, started };
}

describe('imports take the database exclusively', () => {
  it('a write another tab prepared before the import never lands after it', async () => {
    const { db, running: other, started } = await sessionThenImport();
    // The other tab has not heard of the import (no channel here) and types on.
    const outcome = await other.store
      .getState()
      .setSessionNote(started.id, 'objective', 'typed during import');
    expect(outcome).toMatchObject({ ok: false, message: /replaced or reset in another tab/ });
    const stored = await readAllRows(db);
    expect(stored.sessions.map((session) => session.id)).toEqual(
      sampleBackupData().sessions.map((s) => s.id),
    );
    // And the tab now shows the imported data.
    expect(Object.keys(other.store.getState().misses).sort()).toEqual(['miss1', 'miss2']);
  });
});

describe('field-level writes from two tabs', () => {
  it('two tabs typing into different phases of one session keep every character', async () => {
    const db = freshDb();
    const channel = `rows-${crypto.randomUUID()}`;
    const a = await openTab(db, channel);
    const b = await openTab(new StudyDatabase(db.name), channel);
    const started = await a.store.getState().startSession();
    if (!started.ok) throw new Error('start');
    await vi.waitFor(() => expect(b.store.getState().sessions[started.id]).toBeDefined());
    const left = 'objective text typed in tab A';
    const right = 'boundary text typed in tab B';
    const writes: Promise<unknown>[] = [];
    for (let i = 1; i <= Math.max(left.length, right.length); i += 1) {
      if (i <= left.length)
        writes.push(a.store.getState().setSessionNote(started.id, 'objective', left.slice(0, i)));
      if (i <= right.length)
        writes.push(b.store.getState().setSessionNote(started.id, 'boundary', right.slice(0, i)));
    }
    await Promise.all(writes);
    expect((await db.sessions.get(started.id))?.notes).toEqual({ objective: left, boundary: right });
    await vi.waitFor(() => {
      expect(a.store.getState().sessions[started.id]?.notes).toEqual({ objective: left, boundary: right });
      expect(b.store.getState().sessions[started.id]?.notes).toEqual({ objective: left, boundary: right });
    });
  });

  it('two tabs setting the exam and the start date at once cannot store a start after the exam', async () => {
    const db = freshDb();
    const a = await openTab(db);
    const b = await openTab(new StudyDatabase(db.name));
    // Neither tab hears of the other's change (no channel): each checks its own copy.
    expect(await a.store.getState().updateSetup({ examDate: '2026-12-20' })).toEqual({ ok: true });
    const later = await b.store.getState().updateSetup({ startDate: '2027-01-05' });
    expect(later).toMatchObject({ ok: false, message: 'The exam must come after the start date.' });
    const setup = (await readAllRows(db)).settings.find((row) => row.key === 'setup');
    expect(setup?.value).toMatchObject({ examDate: '2026-12-20', startDate: null });
    expect(b.store.getState().setup).toMatchObject({ examDate: '2026-12-20', startDate: null });
  });

  it('a worksheet paste longer than any backup may hold is refused with the reason, and nothing changes', async () => {
    const db = freshDb();
    const { store } = await openTab(db);
    const started = await store.getState().startSession();
    if (!started.ok) throw new Error('start');
    await store.getState().setSessionNote(started.id, 'objective', 'Read the objective.');
    const outcome = await store.getState().setSessionNote(started.id, 'objective', 'x'.repeat(26_600));
    expect(outcome).toEqual({
      ok: false,
      message: 'Keep this note to at most 20,000 characters (now 26,600); the longer text was not saved.',
    });
    expect((await db.sessions.get(started.id))?.notes).toEqual({ objective: 'Read the objective.' });
    const exported = createBackup(await store.getState().exportData(), '0.2.0', now);
    expect(parseBackup(JSON.stringify(exported)).ok).toBe(true);
  });

  it('two tabs changing different set-up fields both keep their change', async () => {
    const db = freshDb();
    const channel = `rows-${crypto.randomUUID()}`;
    const a = await openTab(db, channel);
    const b = await openTab(new StudyDatabase(db.name), channel);
    await Promise.all([
      a.store.getState().updateSetup({ startDate: '2026-12-01' }),
      b.store.getState().updateSetup({ examTime: '14:30' }),
      a.store.getState().updatePreferences({ sound: false }),
      b.store.getState().updatePreferences({ theme: 'dark' }),
    ]);
    expect((await db.settings.get('setup'))?.value).toMatchObject({
      startDate: '2026-12-01',
      examTime: '14:30',
    });
    expect((await db.settings.get('preferences'))?.value).toMatchObject({ sound: false, theme: 'dark' });
    await vi.waitFor(() => {
      for (const tab of [a, b]) {
        expect(tab.store.getState().setup).toMatchObject({ startDate: '2026-12-01', examTime: '14:30' });
        expect(tab.store.getState().preferences).toMatchObject({ sound: false, theme: 'dark' });
      }
    });
  });

  it('the session worksheet keeps to the one rule limit, in perceived characters', async () => {
    const db = freshDb();
    const { store, idle } = await openTab(db);
    const started = await store.getState().startSession();
    if (!started.ok) throw new Error('start');
    expect(await store.getState().saveSessionMiss(started.id, { rule: '🙂'.repeat(200) })).toEqual({
      ok: true,
    });
    const over = await store.getState().saveSessionMiss(started.id, { rule: '🙂'.repeat(201) });
    expect(over).toMatchObject({ ok: false, message: /at most 200 characters \(now 201\)/ });
    await idle();
    expect((await db.misses.toArray())[0]?.rule).toBe('🙂'.repeat(200));
  });

  it('the session worksheet stores a rule and a safer-action rule only as one sentence, as the miss form asks', async () => {
    const db = freshDb();
    const { store, idle } = await openTab(db);
    const started = await store.getState().startSession();
    if (!started.ok) throw new Error('start');
    const save = store.getState().saveSessionMiss;
    expect(await save(started.id, { rule: 'Canary first, e.g. at 5%.' })).toEqual({ ok: true });
    expect(await save(started.id, { rule: 'Canary first.\nThen promote.' })).toEqual({
      ok: false,
      message: 'Keep the rule to one sentence.',
    });
    expect(await save(started.id, { saferAction: 'Roll back!\u200B Then retrain.' })).toEqual({
      ok: false,
      message: 'Keep the safer-action rule to one sentence.',
    });
    await idle();
    expect(await db.misses.toArray()).toMatchObject([{ rule: 'Canary first, e.g. at 5%.', saferAction: '' }]);
  });

  it('random edits from two tabs end with both tabs and the database equal, and no edit lost', async () => {
    const edit = fc.record({
      tab: fc.integer({ min: 0, max: 1 }),
      phase: fc.constantFrom<PhaseId>(...phaseIds.filter((id) => id !== 'rules')),
      text: fc.string({ maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 30 }), async (edits) => {
        const db = freshDb();
        const channel = `rows-${crypto.randomUUID()}`;
        const tabs = [await openTab(db, channel), await openTab(new StudyDatabase(db.name), channel)];
        const started = await tabs[0]!.store.getState().startSession();
        if (!started.ok) throw new Error('start');
        await vi.waitFor(() => expect(tabs[1]!.store.getState().sessions[started.id]).toBeDefined());
        // A person types in one tab at a time: a tab's edits queue up unawaited, and the other tab's first edit
        // comes once the last one was stored (not necessarily heard of yet). Each phase must end as its last edit.
        const expected: Partial<Record<PhaseId, string>> = {};
        let previous: { tab: number; write: Promise<unknown> } | null = null;
        for (const { tab, phase, text } of edits) {
          if (previous && previous.tab !== tab) await previous.write;
          previous = { tab, write: tabs[tab]!.store.getState().setSessionNote(started.id, phase, text) };
          expected[phase] = text;
        }
        await Promise.all(tabs.map((tab) => tab.idle()));
        const stored = (await db.sessions.get(started.id))!.notes;
        for (const [phase, text] of Object.entries(expected)) expect(stored[phase as PhaseId]).toBe(text);
        await vi.waitFor(() => {
          for (const tab of tabs) expect(tab.store.getState().sessions[started.id]!.notes).toEqual(stored);
        });
        handles.splice(0).forEach((h) => h.dispose());
      }),
      { numRuns: 25 },
    );
  });
});

describe('schema versions', () => {
  it('a database newer than this code opens in memory and is never written or bumped', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 990);
      request.onupgradeneeded = () => request.result.createObjectStore('future');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const opened = await openDatabase(() => undefined);
    expect(opened).toEqual({ db: null, memoryReason: 'newer-version' });
    const list = await indexedDB.databases();
    expect(list.find((info) => info.name === databaseName)?.version).toBe(990);
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(databaseName);
      request.onsuccess = request.onerror = resolve;
    });
  });

  it('an upgrade blocked by an old connection says so at once, and carries on when it lets go', async () => {
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 20);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // An old build that ignores versionchange.
    old.onversionchange = null;
    const onBlocked = vi.fn(() => old.close());
    const opened = await openDatabase(onBlocked);
    expect(onBlocked).toHaveBeenCalled();
    expect(opened.memoryReason).toBeNull();
    opened.db!.close();
    await opened.db!.delete();
  });
});

describe('an open that cannot finish', () => {
  afterEach(async () => {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(databaseName);
      request.onsuccess = request.onerror = resolve;
    });
  });

  it('another connection stuck in an upgrade: the learner is told after a while, and the app starts once it lets go', async () => {
    let stuck: IDBTransaction | null = null;
    const holder = indexedDB.open(databaseName, 50);
    holder.onupgradeneeded = () => {
      stuck = holder.transaction;
      const store = holder.result.createObjectStore('spin');
      // An upgrade that never finishes: it keeps making requests.
      const spin = () => (store.count().onsuccess = spin);
      spin();
    };
    holder.onerror = () => undefined;
    await vi.waitFor(() => expect(stuck).not.toBeNull());
    const onSlow = vi.fn();
    const opening = openDatabase(() => undefined, { onSlow, slowAfterMs: 50 });
    await vi.waitFor(() => expect(onSlow).toHaveBeenCalledOnce());
    stuck!.abort();
    const opened = await opening;
    expect(opened.memoryReason).toBeNull();
    opened.db!.close();
  });

  it('a page left mid-open gives its open (and its upgrade) up, so it cannot hold the next page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opening = openDatabase(() => undefined);
    window.dispatchEvent(new Event('pagehide'));
    expect((await opening).db).toBeNull();
    const next = await openDatabase(() => undefined);
    expect(next.memoryReason).toBeNull();
    next.db!.close();
  });
});

describe('a change still queued when the page goes', () => {
  /** What a page that is leaving sees: the database lock is never granted, so queued writes never run. */
  function locksNeverGranted() {
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: { request: () => new Promise(() => undefined) },
    });
    return () => Reflect.deleteProperty(navigator, 'locks');
  }

  it('is stored, as the screen shows it, when the page hides or leaves; a guarded write is left to the queue', async () => {
    const db = freshDb();
    const { store } = await openTab(db);
    const restore = locksNeverGranted();
    try {
      void store.getState().setTicked('w1-sparkml-pipelines', true);
      void store.getState().updateSetup({ hoursBand: '6-8' });
      void store.getState().startSession();
      window.dispatchEvent(new Event('pagehide'));

      const other = freshDb(db.name);
      await other.open();
      await vi.waitFor(async () => expect(await other.ticks.count()).toBe(1));
      const rows = await readAllRows(other);
      expect(rows.settings.find((row) => row.key === 'setup')?.value).toMatchObject({ hoursBand: '6-8' });
      // Starting a session is refused when another tab runs one; only the queue checks that, so it waits.
      expect(rows.sessions).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe('a hidden tab and an import in another tab', () => {
  afterEach(() => localStorage.clear());

  it('stores nothing of the old data once the import landed, neither on hiding nor from the copy it left', async () => {
    const { db, running, started } = await sessionThenImport();
    // The running tab has not heard of the import yet, types into its worksheet (the write waits for the lock
    // the import held) and is hidden.
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: { request: () => new Promise(() => undefined) },
    });
    try {
      void running.store.getState().setSessionNote(started.id, 'objective', 'typed while the import ran');
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      Reflect.deleteProperty(document, 'visibilityState');
      window.dispatchEvent(new Event('pagehide'));
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
    // Reading every table queues behind the leaving transaction, so this reads what it left.
    const next = await openTab(freshDb(db.name));
    const expected = sampleBackupData().sessions.map((session) => session.id);
    expect((await readAllRows(db)).sessions.map((session) => session.id)).toEqual(expected);
    expect(Object.keys(next.store.getState().sessions)).toEqual(expected);
  });
});

describe('rows a tab left behind', () => {
  afterEach(() => localStorage.clear());

  it('are stored by the next tab to start when the browser dropped the leaving transaction', async () => {
    const db = freshDb();
    const { store } = await openTab(db);
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: { request: () => new Promise(() => undefined) },
    });
    try {
      // The page is torn down before its last transaction lands.
      vi.spyOn(db, 'backendDB').mockImplementation(() => {
        throw new Error('The page is gone.');
      });
      void store.getState().setTicked('w1-sparkml-pipelines', true);
      await Promise.resolve();
      window.dispatchEvent(new Event('pagehide'));

      const next = await openTab(freshDb(db.name));
      expect(next.store.getState().ticks).toHaveProperty(['w1-sparkml-pipelines']);
      expect(Object.keys(localStorage).filter((key) => key.includes('rows-on-leave'))).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'locks');
    }
  });

  it('hold their rules to one sentence when a tab of the build before left them', async () => {
    const db = freshDb();
    const [miss] = sampleBackupData().misses;
    const left = { ...miss!, rule: 'Canary first.\nThen promote.' };
    localStorage.setItem(
      'ml-pro-study-tracker:rows-on-leave:older-tab',
      JSON.stringify({ generation: '', images: [{ table: 'misses', key: left.id, row: left }] }),
    );
    const next = await openTab(db);
    expect(next.store.getState().misses[left.id]?.rule).toBe('Canary first; Then promote.');
    expect((await db.misses.get(left.id))?.rule).toBe('Canary first; Then promote.');
  });

  it('are forgotten once the page stayed and its queue stored them', async () => {
    const db = freshDb();
    const handle = await openTab(db);
    void handle.store.getState().setTicked('w1-sparkml-pipelines', true);
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Reflect.deleteProperty(document, 'visibilityState');
    expect(Object.keys(localStorage).some((key) => key.includes('rows-on-leave'))).toBe(true);
    await handle.idle();
    expect(Object.keys(localStorage).filter((key) => key.includes('rows-on-leave'))).toEqual([]);
  });
});
