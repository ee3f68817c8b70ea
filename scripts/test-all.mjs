// `npm test`: every gate and every suite, in the order CI needs them, ending with one plain line
// "N passed, N failed" that totals unit, integration, component and end-to-end tests plus the gates
// (typecheck, lint, format, build, bundle budget), and the Firefox and WebKit journeys, because CI reads only
// that line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const outDir = '.test-output';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function gate(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function suite(label, command, args, reportPath, count, env) {
  const ok = run(label, command, args, env);
  const report = existsSync(reportPath) ? readJson(reportPath) : null;
  const counts = report ? count(report) : null;
  if (!counts || (!ok && counts.failed === 0)) {
    // The runner crashed before reporting, or failed outside any test: count that as one failure.
    failed += 1 + (counts?.failed ?? 0);
    passed += counts?.passed ?? 0;
    failures.push(`${label} (runner)`);
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0) failures.push(`${label}: ${counts.failed} failed`);
}

gate('typecheck', 'npx', ['tsc', '-b']);
gate('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
gate('format', 'npx', ['prettier', '--check', '.']);

suite(
  'unit, integration and component tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${outDir}/vitest.json`],
  `${outDir}/vitest.json`,
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }),
);

const built = run('production build', 'npx', ['vite', 'build']);
if (built) passed += 1;
else {
  failed += 1;
  failures.push('production build');
}

// The same app built for a sub-path, as README "Publish it" builds it; tests/e2e/sub-path.spec.ts serves it.
const builtSub =
  built && run('sub-path build', 'npx', ['vite', 'build', '--outDir', 'dist-sub'], { BASE_PATH: '/ml-pro/' });
if (builtSub) passed += 1;
else if (built) {
  failed += 1;
  failures.push('sub-path build');
}

if (built && existsSync('scripts/check-bundle.mjs'))
  gate('first-load JavaScript budget', 'node', ['scripts/check-bundle.mjs']);

if (built && run('find Chromium', 'node', ['scripts/ensure-chromium.mjs'])) {
  suite(
    'end-to-end tests (Chromium, production build)',
    'npx',
    ['playwright', 'test'],
    `${outDir}/e2e.json`,
    (r) => ({ passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0), failed: r.stats?.unexpected ?? 0 }),
    { CI: process.env.CI ?? '1' },
  );
} else {
  failed += 1;
  failures.push('end-to-end tests could not start');
}

// Firefox and WebKit (about two minutes): installs its Debian packages when it can, else fails saying how.
if (built) {
  suite(
    'engine journeys (Firefox ESR and WebKit, production build)',
    'node',
    ['scripts/test-engines.mjs'],
    `${outDir}/engines.json`,
    (r) => r,
    { ENGINE_DIST: 'dist' },
  );
} else {
  failed += 1;
  failures.push('engine journeys could not start');
}

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
