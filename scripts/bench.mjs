// `npm run bench`: builds the production app and a floor app, serves the app, measures, and prints each
// figure as a ratio against its target with the raw numbers beside it. Results also go to .bench/results.json.
//
//   node scripts/bench.mjs [--only size,lighthouse,hydration,filter,cpu] [--quick]
//
// --quick is for trying the bench out: one Lighthouse run per route, fewer loads, shorter CPU windows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchBrowser, measureFilter, measureHydration, measureTimerCpu, median } from './bench-browser.mjs';
import { buildFloor } from './bench-floor.mjs';
import { firstLoadJs, kB, visitJs } from './bench-first-load.mjs';
import { runLighthouse } from './bench-lighthouse.mjs';
import { startPreview } from './bench-server.mjs';
import { findChromium } from './chromium-path.mjs';

const appDist = '.bench/app';
const floorDist = '.bench/floor';
const previewPort = 4191;
const lighthousePort = 4192;
const floorPort = 4193;
const routes = ['/', '/plan', '/session', '/misses', '/data'];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const wants = (part) => !only || only.has(part);

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: install Debian’s chromium or set CHROME_PATH.');
  process.exit(1);
}

const started = Date.now();
const lines = [];
const results = { machine: machine(), quick, figures: [] };

function machine() {
  const chromiumVersion = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return {
    cpu: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
    date: new Date().toISOString(),
  };
}

function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

/**
 * One printed line and one JSON entry: `name: value (raw) ratio vs target PASS/MISS`.
 * `pass` is null when the figure could not be measured; a figure without a target is shown for information.
 */
function figure({ name, value, raw, target, pass }) {
  const verdict = target === undefined ? 'INFO' : pass === null ? 'NOT MEASURED' : pass ? 'PASS' : 'MISS';
  const line =
    target === undefined
      ? `${name}: ${value} (${raw}), no target`
      : `${name}: ${value} (${raw}) vs target ${target} ${verdict}`;
  lines.push(line);
  results.figures.push({ name, value, raw, target, verdict });
  console.log(`  ${line}`);
}

const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
const pct = (value) => `${value.toFixed(2)} %`;

function buildApp() {
  log(`building the app into ${appDist}`);
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', appDist], {
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error('The production build failed.');
  }
}

async function measureSize() {
  const app = firstLoadJs(appDist);
  const floor = firstLoadJs(floorDist);
  const ratio = app.gzipBytes / floor.gzipBytes;
  results.size = { app, floor, ratio };
  figure({
    name: 'first-load JS, gzip',
    value: `${ratio.toFixed(3)} x floor`,
    raw: `app ${kB(app.gzipBytes)} in ${app.files.length} files, floor ${kB(floor.gzipBytes)}; uncompressed ${kB(app.rawBytes)} vs ${kB(floor.rawBytes)}`,
    target: '<= 1.10 x',
    pass: ratio <= 1.1,
  });
  const budget = JSON.parse(readFileSync('scripts/bundle-budget.json', 'utf8'));
  if (Math.abs(budget.floorGzipBytes - floor.gzipBytes) > 1000) {
    console.log(
      `  note: scripts/bundle-budget.json was set from a floor of ${kB(budget.floorGzipBytes)}; today it is ${kB(floor.gzipBytes)} ` +
        `(a dependency changed?): set floorGzipBytes to ${floor.gzipBytes} and limitGzipBytes to ${Math.round(floor.gzipBytes * budget.limitRatio)}.`,
    );
  }
}

// The first visit is judged against the bare stack (scripts/bench-floor) measured in the same Lighthouse
// session, interleaved with the app's routes: LCP as a ratio, and the JavaScript loaded by network idle
// (the entry, the route's chunks, whatever they import on first paint) as a difference.
const lcpRatioTarget = 1.15;
const visitJsMarginBytes = 20_000;

async function measureLighthouse(baseUrl, floorUrl) {
  const runs = quick ? 1 : 3;
  log(
    `Lighthouse 12.2.3, mobile defaults, ${runs} run(s) each of the floor and ${routes.join(' ')}, interleaved`,
  );
  const targets = [
    { label: 'floor', url: `${floorUrl}/` },
    ...routes.map((route) => ({ label: route, url: `${baseUrl}${route}` })),
  ];
  const [floor, ...lighthouse] = await runLighthouse({ targets, runs, chromePath, port: lighthousePort });
  const floorLcp = floor.metrics['largest-contentful-paint'];
  const floorJs = visitJs(floorDist, floor.scripts);
  results.lighthouse = lighthouse;
  results.floorLighthouse = { ...floor, js: floorJs };
  console.log(
    `    floor: LCP ${ms(floorLcp)} (runs ${floor.samples.map((s) => ms(s.metrics['largest-contentful-paint'])).join(', ')}), ` +
      `first-visit JS ${kB(floorJs.gzipBytes)} in ${floorJs.files.length} files`,
  );
  for (const r of lighthouse) {
    const m = r.metrics;
    const lcp = m['largest-contentful-paint'];
    figure({
      name: `LCP vs floor ${r.route}`,
      value: `${(lcp / floorLcp).toFixed(2)} x`,
      raw: `${ms(lcp)} vs ${ms(floorLcp)}; runs ${r.samples.map((s) => ms(s.metrics['largest-contentful-paint'])).join(', ')}; element ${r.lcpElement ?? 'n/a'}`,
      target: `<= ${lcpRatioTarget} x`,
      pass: lcp <= floorLcp * lcpRatioTarget,
    });
    const js = visitJs(appDist, r.scripts);
    r.js = js;
    const extra = js.gzipBytes - floorJs.gzipBytes;
    figure({
      name: `first-visit JS vs floor ${r.route}`,
      value: `${extra >= 0 ? '+' : '−'}${kB(Math.abs(extra))}`,
      raw: `${kB(js.gzipBytes)} gzip in ${js.files.map((f) => `${f.name} ${kB(f.gzipBytes)}`).join(', ')}; floor ${kB(floorJs.gzipBytes)}`,
      target: `<= +${kB(visitJsMarginBytes)}`,
      pass: extra <= visitJsMarginBytes,
    });
    figure({
      name: `Lighthouse performance ${r.route}`,
      value: r.performance.toFixed(2),
      raw: `runs ${r.samples.map((s) => s.performance.toFixed(2)).join(', ')}; FCP ${ms(m['first-contentful-paint'])}, LCP ${ms(lcp)}, TBT ${ms(m['total-blocking-time'])}, CLS ${m['cumulative-layout-shift'].toFixed(3)}`,
      target: '>= 0.95',
      pass: r.performance >= 0.95,
    });
    const failures = [
      ...new Set(
        r.samples.flatMap((s) => s.accessibilityFailures.map((f) => `${f.id} ${f.selectors.join(' ')}`)),
      ),
    ];
    figure({
      name: `Lighthouse accessibility ${r.route}`,
      value: r.accessibility.toFixed(2),
      raw: `runs ${r.samples.map((s) => s.accessibility.toFixed(2)).join(', ')}${failures.length ? `; failed: ${failures.join('; ')}` : ''}`,
      target: '1.00',
      pass: r.accessibility >= 1,
    });
  }
}

async function measureLoad(browser, baseUrl) {
  const counts = [0, 1000, 10000];
  const loadRoutes = ['/', '/misses'];
  const reps = quick ? 2 : 5;
  log(
    `hydration and first render with ${counts.join(', ')} misses on ${loadRoutes.join(' ')}, median of ${reps}`,
  );
  const hydration = await measureHydration({ browser, baseUrl, counts, routes: loadRoutes, reps });
  results.hydration = hydration;
  for (const row of hydration) {
    console.log(
      `    ${String(row.misses).padStart(6)} misses ${row.route.padEnd(8)} hydration ${ms(row.hydrationMs)}, ` +
        `navigation → hydrated ${ms(row.toHydratedMs)}, → view ${ms(row.toViewMs)}, → painted ${ms(row.toPaintMs)}`,
    );
  }
  const at = (count, key, route) => {
    const rows = hydration.filter((row) => row.misses === count && (!route || row.route === route));
    const values = rows.map((row) => row[key]).filter((value) => value !== null);
    return values.length === rows.length && values.length > 0 ? median(values) : null;
  };
  const growth = (key, route) => {
    const [none, some, many] = counts.map((count) => at(count, key, route));
    return { ratio: some && many ? many / some : null, raw: `${ms(none)} / ${ms(some)} / ${ms(many)}` };
  };
  const noMark = 'no `hydrated` performance mark (src/app/main.tsx)';
  const total = growth('toHydratedMs');
  figure({
    name: 'hydration, 10,000 vs 1,000 misses',
    value: total.ratio === null ? 'n/a' : `${total.ratio.toFixed(2)} x`,
    raw:
      total.ratio === null ? noMark : `navigation → store hydrated ${total.raw} at 0 / 1,000 / 10,000 misses`,
    target: '<= 3 x',
    pass: total.ratio === null ? null : total.ratio <= 3,
  });
  const alone = growth('hydrationMs');
  figure({
    name: 'hydration alone, 10,000 vs 1,000 misses',
    value: alone.ratio === null ? 'n/a' : `${alone.ratio.toFixed(2)} x`,
    raw: alone.ratio === null ? noMark : `database opened → store hydrated ${alone.raw}`,
    target: '<= 3 x',
    pass: alone.ratio === null ? null : alone.ratio <= 3,
  });
  for (const route of loadRoutes) {
    const painted = growth('toPaintMs', route);
    figure({
      name: `first render of ${route}, 10,000 vs 1,000 misses`,
      value: painted.ratio === null ? 'n/a' : `${painted.ratio.toFixed(2)} x`,
      raw: `navigation → view painted ${painted.raw}`,
    });
  }
}

async function measureSearch(browser, baseUrl) {
  log('filter keystrokes on /misses at 10,000 misses');
  const filter = await measureFilter({ browser, baseUrl, count: 10000, word: 'canary' });
  results.filter = filter;
  if (filter.error) {
    figure({
      name: 'filter keystroke at 10,000 misses',
      value: 'n/a',
      raw: filter.error,
      target: '< 50 ms',
      pass: null,
    });
    return;
  }
  figure({
    name: 'filter keystroke at 10,000 misses',
    value: ms(filter.settledMs),
    raw: `median of ${filter.keys.length} keys to the filtered list painted, worst ${ms(filter.settledMaxMs)}; to next paint ${ms(filter.nextPaintMs)}`,
    target: '< 50 ms',
    pass: filter.settledMs < 50,
  });
}

async function measureCpu(browser, baseUrl) {
  const seconds = quick ? 4 : 10;
  const rounds = 2;
  log(`CPU on /session, idle vs a running timer, ${rounds} x ${seconds} s each`);
  const cpu = await measureTimerCpu({ browser, baseUrl, seconds, rounds });
  results.cpu = cpu;
  const delta = cpu.timer.processCpuPercent - cpu.idle.processCpuPercent;
  const where = Object.keys(cpu.timer.byKindPercent)
    .map((kind) => [kind, cpu.timer.byKindPercent[kind] - (cpu.idle.byKindPercent[kind] ?? 0)])
    .filter(([, points]) => points >= 0.1)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, points]) => `${kind} +${points.toFixed(2)}`)
    .join(', ');
  figure({
    name: 'CPU with a session timer running',
    value: `${delta >= 0 ? '+' : ''}${delta.toFixed(2)} points over idle`,
    raw:
      `Chromium processes ${pct(cpu.timer.processCpuPercent)} vs ${pct(cpu.idle.processCpuPercent)} of one core; ` +
      `main thread ${pct(cpu.timer.mainThreadPercent)} vs ${pct(cpu.idle.mainThreadPercent)}; ` +
      `by process: ${where || 'none over 0.1'}; ${cpu.how}${cpu.ticking ? '' : '; the timer text did not change'}`,
    target: '<= +2 points',
    pass: delta <= 2 && cpu.ticking === true,
  });
}

/** One part failing (a view not built yet, a selector gone) is reported and the other parts still run. */
async function part(name, measure) {
  if (!wants(name)) return;
  try {
    await measure();
  } catch (error) {
    console.error(error);
    figure({
      name,
      value: 'n/a',
      raw: `failed: ${String(error.message ?? error).split('\n')[0]}`,
      target: '-',
      pass: null,
    });
  }
}

let server = null;
let floorServer = null;
let browser = null;
try {
  mkdirSync('.bench', { recursive: true });
  buildApp();
  if (wants('size') || wants('lighthouse')) {
    log(`building the floor app (scripts/bench-floor) into ${floorDist}`);
    await buildFloor(floorDist);
  }
  await part('size', measureSize);
  if (wants('lighthouse') || wants('hydration') || wants('filter') || wants('cpu')) {
    server = await startPreview(appDist, previewPort);
    log(`serving ${appDist} on ${server.url}`);
  }
  if (wants('lighthouse')) floorServer = await startPreview(floorDist, floorPort);
  await part('lighthouse', () => measureLighthouse(server.url, floorServer.url));
  if (wants('hydration') || wants('filter') || wants('cpu')) browser = await launchBrowser(chromePath);
  await part('hydration', () => measureLoad(browser, server.url));
  await part('filter', () => measureSearch(browser, server.url));
  await part('cpu', () => measureCpu(browser, server.url));
} finally {
  await browser?.close();
  server?.stop();
  floorServer?.stop();
}

results.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const m = results.machine;
console.log(`\nBenchmark on ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.chromium}`);
console.log(
  `load average at start ${m.loadAverageAtStart.join(' ')}; took ${results.seconds} s${quick ? ' (--quick)' : ''}\n`,
);
for (const line of lines) console.log(line);
const targets = results.figures.filter((f) => f.verdict !== 'INFO');
const met = targets.filter((f) => f.verdict === 'PASS').length;
console.log(`\n${met} of ${targets.length} targets met. Full results: .bench/results.json`);
