// Makes sure Firefox ESR, WebKitGTK's WebDriver and MiniBrowser, and Xvfb exist for the engine journeys:
// installs the Debian packages when running as root with apt-get, otherwise stops with how to get them.
// Run directly (`node scripts/ensure-engines.mjs`) or imported by scripts/test-engines.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findEngines, missingPrograms } from './engine-paths.mjs';

function install(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian packages for the engine journeys (apt-get): ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env,
    });
  } catch (error) {
    console.error(`apt-get failed: ${error.message}`);
    return false;
  }
  return true;
}

/** The paths of every program, installing what is missing if it can; null (with a message printed) if not. */
export function ensureEngines() {
  let found = findEngines();
  let missing = missingPrograms(found);
  if (missing.length > 0 && install([...new Set(missing.map((program) => program.package))])) {
    found = findEngines();
    missing = missingPrograms(found);
  }
  if (missing.length === 0) return found;
  const packages = [...new Set(missing.map((program) => program.package))].join(' ');
  console.error(
    [
      `Missing for the Firefox and WebKit journeys: ${missing.map((program) => program.name).join(', ')}.`,
      'They could not be installed automatically (that needs root and apt-get). Install them, then run again:',
      `  Debian/Ubuntu: sudo apt-get install ${packages}`,
      `  or point ${missing.map((program) => program.env).join(', ')} at existing binaries.`,
    ].join('\n'),
  );
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = ensureEngines();
  if (!found) process.exit(1);
  for (const [name, path] of Object.entries(found)) console.log(`${name}=${path}`);
}
