// `npm run test:engines`: the main journeys in Firefox ESR (WebDriver BiDi) and WebKitGTK (WebDriver, under
// Xvfb) against the production build. Starts and always stops its own preview server, Xvfb and WebKitWebDriver,
// and ends with one line "N passed, N failed" (also written to .test-output/engines.json for scripts/test-all.mjs).
//   ENGINE_PORT   first of three ports: preview server, offline-test server, WebDriver (default 4400)
//   ENGINE_DIST   an existing production build to test instead of building one now
// Arguments go to vitest, e.g. `npm run test:engines -- tests/engines/webkit.test.ts -t tick`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureEngines } from './ensure-engines.mjs';
import { startPreview, stopGroup } from './preview-server.mjs';

const basePort = Number(process.env.ENGINE_PORT ?? 4400);
const outDir = '.test-output';
const reportPath = `${outDir}/engines.json`;
const children = [];

function stopAll() {
  for (const child of children.reverse()) stopGroup(child);
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(1);
  });
}

function finish(passed, failed, note) {
  if (note) console.error(note);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(reportPath, JSON.stringify({ passed, failed }));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

function spawnOwned(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', ...options });
  children.push(child);
  return child;
}

/** Xvfb picks a free display itself (-displayfd) and writes its number, so parallel runs never collide. */
function startXvfb(path) {
  return new Promise((resolve, reject) => {
    const child = spawnOwned(path, ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 30 s.')), 30_000);
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited (code ${code}).`)));
  });
}

async function startWebDriver(path, port, display) {
  const child = spawnOwned(path, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null)
      throw new Error(`WebKitWebDriver exited (code ${child.exitCode}); is port ${port} free?`);
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return url;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 30 s.`);
}

const engines = ensureEngines();
if (!engines) finish(0, 1, 'The engine journeys could not run: see above.');

let dist = process.env.ENGINE_DIST;
if (!dist) {
  console.log('▶ production build: npx vite build');
  if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0)
    finish(0, 1, 'The build failed.');
  dist = 'dist';
}
if (!existsSync(`${dist}/index.html`)) finish(0, 1, `No production build in ${dist}.`);

let env;
try {
  const preview = await startPreview({ port: basePort, outDir: dist });
  children.push(preview.child);
  const display = await startXvfb(engines.XVFB_PATH);
  const webDriverUrl = await startWebDriver(engines.WEBKIT_WEBDRIVER_PATH, basePort + 2, display);
  env = {
    ...process.env,
    ENGINE_BASE_URL: preview.origin,
    ENGINE_OFFLINE_PORT: String(basePort + 1),
    ENGINE_DIST: dist,
    ENGINE_WEBDRIVER_URL: webDriverUrl,
    FIREFOX_PATH: engines.FIREFOX_PATH,
    MINIBROWSER_PATH: engines.MINIBROWSER_PATH,
  };
} catch (error) {
  finish(0, 1, `The engine journeys could not start: ${error.message}`);
}

const vitestReport = `${outDir}/engines-vitest.json`;
rmSync(vitestReport, { force: true });
// Bounded: a browser that hangs must not hold CI for its whole limit. Its own process group, so stopping it also
// stops its workers (puppeteer closes Firefox when its worker is told to stop).
const runLimitMs = Number(process.env.ENGINE_RUN_LIMIT_MS ?? 20 * 60_000);
const vitest = spawnOwned(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'tests/engines/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestReport}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
let timedOut = false;
const limit = setTimeout(() => {
  timedOut = true;
  console.error(`The engine journeys ran longer than ${runLimitMs / 60_000} minutes: stopping them.`);
  stopGroup(vitest);
  setTimeout(() => stopGroup(vitest, 'SIGKILL'), 10_000).unref();
}, runLimitMs);
const status = await new Promise((resolve) => vitest.on('exit', (code) => resolve(code ?? 1)));
clearTimeout(limit);
if (timedOut) finish(0, 1, 'The engine journeys timed out.');
let report = null;
try {
  report = JSON.parse(readFileSync(vitestReport, 'utf8'));
} catch {
  // No report: counted as one failure below.
}
if (!report) finish(0, 1, 'The engine journeys crashed before reporting.');
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
// A run that failed outside any test (a crash in a hook) still counts as a failure.
finish(report.numPassedTests, failed === 0 && status !== 0 ? 1 : failed);
