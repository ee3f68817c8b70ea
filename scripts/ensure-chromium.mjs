// Makes sure a Chromium exists for the end-to-end tests: installs Debian's package when running as root with
// apt-get, otherwise stops with instructions. Playwright's browser download is not used because it cannot work
// on machines that reach only the package registries.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('No Chrome or Chromium found: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  return true;
}

const found = findChromium() ?? (install() ? findChromium() : null);
if (!found) {
  console.error(
    [
      'No Chrome or Chromium was found, and it could not be installed automatically (that needs root and apt-get).',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  or point CHROME_PATH at an existing Chrome/Chromium binary, e.g. CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Using Chromium at ${found}`);
