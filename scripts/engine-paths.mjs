import { existsSync, readdirSync } from 'node:fs';

/** Where Debian's packages put each program the Firefox and WebKit journeys need, and which package brings it. */
const programs = [
  {
    name: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    package: 'firefox-esr',
    candidates: () => ['/usr/bin/firefox-esr'],
  },
  {
    name: 'WebKitWebDriver',
    env: 'WEBKIT_WEBDRIVER_PATH',
    package: 'webkit2gtk-driver',
    candidates: () => ['/usr/bin/WebKitWebDriver'],
  },
  {
    name: 'WebKitGTK MiniBrowser',
    env: 'MINIBROWSER_PATH',
    package: 'webkit2gtk-driver',
    // The library directory is named for the architecture (x86_64-linux-gnu, aarch64-linux-gnu, …).
    candidates: () =>
      safeList('/usr/lib').flatMap((dir) =>
        ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map(
          (api) => `/usr/lib/${dir}/${api}/MiniBrowser`,
        ),
      ),
  },
  { name: 'Xvfb', env: 'XVFB_PATH', package: 'xvfb', candidates: () => ['/usr/bin/Xvfb'] },
];

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The path of every program, or null where it is missing; an environment variable overrides the search. */
export function findEngines() {
  return Object.fromEntries(
    programs.map((program) => {
      const fromEnv = process.env[program.env];
      if (fromEnv && existsSync(fromEnv)) return [program.env, fromEnv];
      return [program.env, program.candidates().find((path) => existsSync(path)) ?? null];
    }),
  );
}

export function missingPrograms(found) {
  return programs.filter((program) => !found[program.env]);
}
