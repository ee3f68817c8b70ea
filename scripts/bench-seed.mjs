// Functions that run inside the page (through page.evaluate, so each is self-contained): they write rows
// straight into the app's IndexedDB database, which the app must have opened once so its schema exists.
/* global indexedDB */

/** Replaces every miss and mixed set with `count` misses spread over `count / 20` sets and 90 days. */
export async function seedMisses({ count, now }) {
  const lessons = ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2'];
  const domains = ['model-development', 'mlops', 'deployment', null];
  const modes = [
    'wrong-scaling-fit',
    'leakage',
    'weak-lifecycle-control',
    'poor-testing',
    'unsafe-rollout',
    'bad-monitoring-reaction',
    null,
  ];
  const subjects = [
    'feature table',
    'champion alias',
    'canary',
    'drift monitor',
    'Optuna study',
    'serving endpoint',
  ];
  const verbs = ['check', 'version', 'test', 'roll back', 'retrain', 'compare'];
  const reasons = [
    'before promotion',
    'on point-in-time data',
    'behind a gate',
    'per environment',
    'with a holdout',
  ];
  const day = 86_400_000;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('ml-pro-study-tracker');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['misses', 'sets'], 'readwrite');
  const misses = tx.objectStore('misses');
  const sets = tx.objectStore('sets');
  misses.clear();
  sets.clear();
  const setCount = Math.ceil(count / 20);
  for (let i = 0; i < setCount; i += 1) {
    const at = now - Math.floor((i * 90 * day) / Math.max(setCount, 1));
    sets.put({
      id: `bench-set-${i}`,
      date: iso(at),
      label: `Mixed set ${setCount - i}`,
      questions: 20,
      correct: 10 + (i % 10),
      createdAt: at,
      updatedAt: at,
    });
  }
  for (let i = 0; i < count; i += 1) {
    const at = now - Math.floor((i * 90 * day) / Math.max(count, 1));
    const subject = subjects[i % subjects.length];
    const verb = verbs[(i >> 1) % verbs.length];
    const reason = reasons[(i >> 2) % reasons.length];
    misses.put({
      id: `bench-miss-${i}`,
      setId: i % 7 === 0 ? null : `bench-set-${Math.floor(i / 20)}`,
      sessionId: null,
      domain: domains[i % domains.length],
      failureMode: modes[i % modes.length],
      rule: `Always ${verb} the ${subject} ${reason} (case ${i}).`,
      saferAction: `${verb[0].toUpperCase()}${verb.slice(1)} the ${subject} first, then decide.`,
      revisit:
        i % 3 === 0
          ? { kind: 'doc', title: 'Model Serving docs', url: 'https://docs.databricks.com/machine-learning/' }
          : { kind: 'lesson', lessonId: lessons[i % lessons.length] },
      revisited: i % 4 === 0,
      retests: i % 5 === 0 ? [{ day: 1, held: i % 10 === 0, at: at + day }] : [],
      createdAt: at,
      updatedAt: at,
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Writes one running session that started `elapsedMs` ago: the fallback when no Start button is found. */
export async function seedRunningSession({ now, elapsedMs }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('ml-pro-study-tracker');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['sessions'], 'readwrite');
  tx.objectStore('sessions').put({
    id: 'bench-session',
    status: 'running',
    startedAt: now - elapsedMs,
    shiftMs: 0,
    pausedMs: 0,
    pausedAt: null,
    endedAt: null,
    studiedMs: null,
    notes: {},
    updatedAt: now,
  });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
