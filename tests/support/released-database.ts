import Dexie from 'dexie';

/**
 * A database as an earlier release left it, with that release's schema declared exactly: upgrade tests start
 * from it so they prove what a learner's browser really holds upgrades in place.
 */
// Release 0.1.0's first schema.
const firstSchema = {
  settings: '&key',
  ticks: '&id',
  extraTasks: '&id, weekOf',
  signals: '&id',
  sessions: '&id, startedAt, status',
  sets: '&id, date',
  misses: '&id, setId, sessionId, createdAt',
};

export function openReleasedDatabase(name: string, version: 1 | 2): Dexie {
  const old = new Dexie(name);
  old.version(1).stores(firstSchema);
  // Release 0.1.0's second: the miss log filters by failure mode and lists by last change.
  if (version === 2)
    old.version(2).stores({ misses: '&id, setId, sessionId, createdAt, updatedAt, failureMode' });
  return old;
}

/** A database as the build before version 10 left it: every table of version 9, with its indexes. */
export function openVersion9Database(name: string): Dexie {
  const old = new Dexie(name);
  old.version(9).stores({
    ...firstSchema,
    misses: '&id, setId, sessionId, createdAt, updatedAt, failureMode',
    studyLogs: '&id, date',
    drafts: '&id',
    meta: '&key',
    reviewCards: '&missId',
    reviewLogs: '&id, missId',
    syncState: '&key',
    rehearsals: '&id',
  });
  return old;
}
