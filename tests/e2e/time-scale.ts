import os from 'node:os';

/**
 * How much longer than on an idle machine this run's waits may take. CI runs on 2 shared cores, often beside
 * another suite: a page that renders in 1 s idle can take 4 s there, and a 30 s journey over 60 s. Timeouts
 * are the idle figures times this factor, so a slow machine is waited for while a real failure (something
 * that never shows) still fails, at the step that waited (an action or expect timeout, not the whole test's).
 *
 * Worked out once by playwright.config.ts from the cores and the load at the start (2 on 2 idle cores, up to
 * 4 when they are busy) and handed to the workers in E2E_TIME_SCALE; set it yourself to override.
 */
export function timeScaleNow(): number {
  const cores = os.cpus().length;
  const busy = 1 + os.loadavg()[0]! / cores;
  return Math.round(Math.min(4, Math.max(1, 4 / cores, busy)) * 10) / 10;
}

export const timeScale = Number(process.env.E2E_TIME_SCALE) || timeScaleNow();

/** An idle machine's wait of `ms`, scaled for this run. */
export const scaled = (ms: number) => Math.round(ms * timeScale);
