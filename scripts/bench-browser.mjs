// In-browser measurements on the production build, in the system Chromium driven by Playwright: how
// hydration and the first render grow with the number of misses, how long a filter keystroke takes at
// 10,000 misses, and the CPU a running session timer costs over an idle page.
// The instrument* functions run inside the page, through addInitScript or page.evaluate.
/* global IDBFactory, MutationObserver, document, indexedDB, requestAnimationFrame, window */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { seedMisses, seedRunningSession } from './bench-seed.mjs';
import { chromiumFlags } from './chromium-path.mjs';

export function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: chromiumFlags });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// A view rendered by the app, not the static heading its document paints before any script runs: the app
// sets aria-busy="false" on main once it renders.
const renderedView = 'main[aria-busy="false"] h1';

// Runs before the app: notes when the app first opens its database and when a rendered view's h1 first
// appears, then the first frame painted after it. `hydrated` is the app's own mark (src/app/main.tsx).
function instrumentLoad(renderedView) {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, ...rest) {
    if (name === 'ml-pro-study-tracker' && performance.getEntriesByName('bench:db-open').length === 0)
      performance.mark('bench:db-open');
    return open.call(this, name, ...rest);
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(renderedView)) return;
    observer.disconnect();
    performance.mark('bench:view');
    requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted')));
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
}

function readLoadMarks() {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  return {
    dbOpen: at('bench:db-open'),
    hydrated: at('hydrated'),
    view: at('bench:view'),
    painted: at('bench:painted'),
  };
}

async function loadView(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(readLoadMarks);
}

/**
 * For each miss count: seed the rows, then load each route `reps` times (after one warm-up load) and take
 * medians of: hydration alone (database opened → the app's `hydrated` mark), navigation → hydrated,
 * navigation → the view's h1 in the DOM, and navigation → the frame painted after it.
 */
export async function measureHydration({ browser, baseUrl, counts, routes, reps }) {
  const results = [];
  for (const count of counts) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(instrumentLoad, renderedView);
    const page = await context.newPage();
    await loadView(page, `${baseUrl}/`);
    await page.evaluate(seedMisses, { count, now: Date.now() });
    for (const route of routes) {
      await loadView(page, `${baseUrl}${route}`);
      const samples = [];
      for (let rep = 0; rep < reps; rep += 1) samples.push(await loadView(page, `${baseUrl}${route}`));
      const pick = (fn) => {
        const values = samples.map(fn).filter((v) => typeof v === 'number' && Number.isFinite(v));
        return values.length === samples.length ? median(values) : null;
      };
      results.push({
        misses: count,
        route,
        hydrationMs: pick((s) => (s.hydrated !== null && s.dbOpen !== null ? s.hydrated - s.dbOpen : null)),
        toHydratedMs: pick((s) => s.hydrated),
        toViewMs: pick((s) => s.view),
        toPaintMs: pick((s) => s.painted),
        samples,
      });
    }
    await context.close();
  }
  return results;
}

// Records, for each keydown in the search box, when it happened, the first frame after it, and the frame
// after the last DOM change it caused (the filtered list on screen).
function instrumentKeystrokes() {
  const state = { keys: [], current: null };
  window.__benchKeys = state;
  document.addEventListener(
    'keydown',
    (event) => {
      const record = { start: event.timeStamp, nextPaint: null, lastChange: null, settledPaint: null };
      state.current = record;
      state.keys.push(record);
      requestAnimationFrame(() => setTimeout(() => (record.nextPaint = performance.now())));
    },
    true,
  );
  const target = document.querySelector('main') ?? document.body;
  // React rewrites some attributes of a controlled input on every render and puts them back at once (it sets
  // and removes `name`); only an attribute whose value differs from before the batch counts as a change.
  const changed = (mutations) => {
    const before = new Map();
    for (const m of mutations) {
      if (m.type !== 'attributes') return true;
      const attributes = before.get(m.target) ?? new Map();
      if (!attributes.has(m.attributeName)) attributes.set(m.attributeName, m.oldValue);
      before.set(m.target, attributes);
    }
    return [...before].some(([node, attributes]) =>
      [...attributes].some(([name, oldValue]) => node.getAttribute(name) !== oldValue),
    );
  };
  new MutationObserver((mutations) => {
    const record = state.current;
    if (!record || !changed(mutations)) return;
    const changedAt = performance.now();
    record.lastChange = changedAt;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (record.lastChange === changedAt) record.settledPaint = performance.now();
      }),
    );
  }).observe(target, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
  });
}

async function findSearchBox(page) {
  const candidates = [
    page.getByRole('searchbox'),
    page.getByRole('textbox', { name: /search|filter/i }),
    page.getByLabel(/search|filter/i).and(page.locator('input')),
  ];
  // The log (and its search box) is a lazily loaded part of /misses: give it a few seconds to arrive.
  const any = candidates.reduce((all, candidate) => all.or(candidate));
  await any
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  for (const candidate of candidates) {
    if ((await candidate.count()) > 0) return candidate.first();
  }
  return null;
}

/** Types a word into the /misses search box at `count` misses, then deletes it, one key at a time. */
export async function measureFilter({ browser, baseUrl, count, word }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/misses`);
    await page.locator(renderedView).waitFor({ timeout: 30_000 });
    await page.evaluate(seedMisses, { count, now: Date.now() });
    await page.reload();
    await page.locator(renderedView).waitFor({ timeout: 60_000 });
    const box = await findSearchBox(page);
    if (!box)
      return {
        error: 'No search box on /misses (looked for role searchbox, or a label with Search/Filter).',
      };
    await box.focus();
    await page.evaluate(instrumentKeystrokes);
    const keys = [...word, ...Array.from(word, () => 'Backspace')];
    for (const key of keys) {
      await page.keyboard.press(key);
      // Settled: painted, and no DOM change for 300 ms (long enough to catch a debounced or deferred render).
      await page.waitForFunction(
        () => {
          const record = window.__benchKeys.current;
          if (record.nextPaint === null) return false;
          const last = record.lastChange ?? record.start;
          return (
            performance.now() - last > 300 && (record.lastChange === null || record.settledPaint !== null)
          );
        },
        null,
        { timeout: 10_000, polling: 50 },
      );
    }
    const records = await page.evaluate(() => window.__benchKeys.keys);
    const nextPaint = records.map((r) => r.nextPaint - r.start);
    const settled = records.map((r) => (r.settledPaint ?? r.nextPaint) - r.start);
    return {
      keys,
      nextPaintMs: median(nextPaint),
      settledMs: median(settled),
      settledMaxMs: Math.max(...settled),
      samples: records,
    };
  } finally {
    await context.close();
  }
}

const clockTicks = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/**
 * CPU seconds used so far by every Chromium process this Node process started, by process kind (browser,
 * renderer, gpu-process, the audio or network service...), so a difference can say where the time went.
 */
function chromiumCpuSeconds() {
  const parents = new Map();
  const stats = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: split after its closing one.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      stats.set(Number(entry), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  const isOurs = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = parents.get(p) ?? 0, hops += 1)
      if (p === process.pid) return true;
    return false;
  };
  const byKind = {};
  for (const [pid, { name, ticks }] of stats) {
    if (!/chrom/i.test(name) || !isOurs(pid)) continue;
    let kind = 'browser';
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      kind =
        command.match(/--utility-sub-type=([\w.]+)/)?.[1] ??
        command.match(/--type=([\w-]+)/)?.[1] ??
        'browser';
    } catch {
      // Ended while we looked: its ticks still count, under "browser".
    }
    byKind[kind] = (byKind[kind] ?? 0) + ticks / clockTicks;
  }
  return byKind;
}

const total = (byKind) => Object.values(byKind).reduce((sum, seconds) => sum + seconds, 0);

async function sampleCpu(page, seconds) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  const before = await metric();
  const cpuBefore = chromiumCpuSeconds();
  const wallBefore = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const wall = (performance.now() - wallBefore) / 1000;
  const cpuAfter = chromiumCpuSeconds();
  const after = await metric();
  await cdp.detach();
  const byKindPercent = Object.fromEntries(
    Object.keys(cpuAfter).map((kind) => [kind, (100 * (cpuAfter[kind] - (cpuBefore[kind] ?? 0))) / wall]),
  );
  return {
    processCpuPercent: (100 * (total(cpuAfter) - total(cpuBefore))) / wall,
    byKindPercent,
    mainThreadPercent: (100 * (after.TaskDuration - before.TaskDuration)) / wall,
    scriptPercent: (100 * (after.ScriptDuration - before.ScriptDuration)) / wall,
    seconds: wall,
  };
}

async function startSession(page, baseUrl) {
  const start = page.getByRole('button', { name: /^start/i });
  if ((await start.count()) > 0) {
    await start.first().click();
    return 'started with the Start button';
  }
  await page.evaluate(seedRunningSession, { now: Date.now(), elapsedMs: 60_000 });
  await page.goto(`${baseUrl}/session`);
  await page.locator(renderedView).waitFor();
  return 'no Start button found: seeded a running session in IndexedDB';
}

/** Text of the view, read twice two seconds apart: a running timer changes it. */
async function timerTicks(page) {
  const before = await page.locator('main').innerText();
  await page.waitForTimeout(2_000);
  return (await page.locator('main').innerText()) !== before;
}

/**
 * /session at rest against /session with a running timer, each alone in the browser, alternated `rounds`
 * times over `seconds`-long windows. CPU is the whole Chromium process tree (renderer, compositor, GPU
 * process, browser), as a percentage of one core.
 */
export async function measureTimerCpu({ browser, baseUrl, seconds, rounds }) {
  const idle = [];
  const timer = [];
  let how = null;
  let ticking = null;
  for (let round = 0; round < rounds; round += 1) {
    for (const kind of ['idle', 'timer']) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/session`);
      await page.locator(renderedView).waitFor({ timeout: 30_000 });
      if (kind === 'timer') {
        how = await startSession(page, baseUrl);
        ticking = await timerTicks(page);
      } else {
        await page.waitForTimeout(2_000);
      }
      (kind === 'idle' ? idle : timer).push(await sampleCpu(page, seconds));
      await context.close();
    }
  }
  const summary = (samples) => {
    const kinds = [...new Set(samples.flatMap((s) => Object.keys(s.byKindPercent)))];
    return {
      processCpuPercent: median(samples.map((s) => s.processCpuPercent)),
      mainThreadPercent: median(samples.map((s) => s.mainThreadPercent)),
      byKindPercent: Object.fromEntries(
        kinds.map((k) => [k, median(samples.map((s) => s.byKindPercent[k] ?? 0))]),
      ),
      samples,
    };
  };
  return { how, ticking, idle: summary(idle), timer: summary(timer) };
}

// Times one keyboard action on /review, in the page: from the keydown to the first frame painted after the
// view shows its result (`selector` present), the time a learner waits for the rule or the next card.
function armReviewAction(selector) {
  window.__benchAction = new Promise((resolve) => {
    let start = null;
    document.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (start === null || !document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

const gradesShown = '[role="group"][aria-label="How well did you recall it?"]';
const nextCardShown = 'button[aria-keyshortcuts="Space"]';

/**
 * For each miss count: seed the rows, open /review, then `reps` times reveal a due rule (Space) and grade it
 * Good (3); medians of each. Every seeded rule is due or overdue, as for a learner back after a break.
 */
export async function measureReview({ browser, baseUrl, counts, reps }) {
  const results = [];
  for (const count of counts) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await page.evaluate(seedMisses, { count, now: Date.now() });
    await page.goto(`${baseUrl}/review`);
    await page.locator(nextCardShown).waitFor({ timeout: 120_000 });
    const reveal = [];
    const grade = [];
    for (let rep = 0; rep < reps; rep += 1) {
      await page.evaluate(armReviewAction, gradesShown);
      await page.keyboard.press('Space');
      reveal.push(await page.evaluate(() => window.__benchAction));
      await page.evaluate(armReviewAction, nextCardShown);
      await page.keyboard.press('3');
      grade.push(await page.evaluate(() => window.__benchAction));
    }
    results.push({ misses: count, revealMs: median(reveal), gradeMs: median(grade), reveal, grade });
    await context.close();
  }
  return results;
}

// IndexedDB's own read of every row the app hydrates, in one read-only transaction: the floor hydration is
// judged against, measured in the same page and run.
async function readAllRows() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('ml-pro-study-tracker');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = [...db.objectStoreNames];
  const started = performance.now();
  const tx = db.transaction(names, 'readonly');
  await Promise.all(
    names.map(
      (name) =>
        new Promise((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result.length);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/**
 * Hydration at `count` misses against IndexedDB's getAll of the same rows, alternating the two in one page,
 * `reps` times each: medians of the app's database-opened → hydrated and of the bare read.
 */
export async function measureHydrationFloor({ browser, baseUrl, count, reps }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(instrumentLoad, renderedView);
  const page = await context.newPage();
  await loadView(page, `${baseUrl}/`);
  await page.evaluate(seedMisses, { count, now: Date.now() });
  await loadView(page, `${baseUrl}/`);
  const hydration = [];
  const getAll = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const marks = await loadView(page, `${baseUrl}/`);
    hydration.push(marks.hydrated - marks.dbOpen);
    getAll.push(await page.evaluate(readAllRows));
  }
  await context.close();
  return { misses: count, hydrationMs: median(hydration), getAllMs: median(getAll), hydration, getAll };
}
