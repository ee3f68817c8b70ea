// The sync part of `npm run bench`: a year of heavy study (scripts/bench-sync-year.ts) saved as a sync file and
// as a backup; the file's size against the gzipped backup, and merging the file into a blank device against
// importing the backup, each as a ratio with PASS/FAIL against its goal.
import { runnerImport } from 'vite';
import { median } from './bench-browser.mjs';

const sizeRatioTarget = 1.0;
const mergeRatioTarget = 2.0;

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(0)} ms`;

/** `figure` is bench.mjs's printer; runs alone too: `node scripts/bench-sync.mjs [--quick]`. */
export async function measureSync(figure, quick) {
  // Vite's module runner loads the TypeScript entry and the app code it imports, as the tests do.
  const { module } = await runnerImport('./scripts/bench-sync-year.ts', {
    root: process.cwd(),
    configFile: false,
    logLevel: 'error',
  });
  const figures = await module.measureSync(quick ? 3 : 7);
  const sizeRatio = figures.syncFileBytes / figures.backupGzipBytes;
  figure({
    name: `sync file of a year of heavy study (${figures.rows} rows), vs the same backup gzipped`,
    value: `${sizeRatio.toFixed(2)} x`,
    raw: `sync file ${kB(figures.syncFileBytes)}, backup ${kB(figures.backupGzipBytes)} gzipped (${kB(figures.backupBytes)} raw)`,
    target: `<= ${sizeRatioTarget.toFixed(1)} x`,
    pass: sizeRatio <= sizeRatioTarget,
  });
  const merge = median(figures.mergeMs);
  const imported = median(figures.importMs);
  const mergeRatio = merge / imported;
  figure({
    name: 'merging that file into a blank device, vs importing the backup (fake-indexeddb in Node)',
    value: `${mergeRatio.toFixed(2)} x`,
    raw: `merge ${ms(merge)}, import ${ms(imported)}, medians of ${figures.mergeMs.length}, interleaved`,
    target: `<= ${mergeRatioTarget.toFixed(1)} x`,
    pass: mergeRatio <= mergeRatioTarget,
  });
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const print = ({ name, value, raw, target, pass }) =>
    console.log(`${name}: ${value} (${raw}) vs target ${target} ${pass ? 'PASS' : 'FAIL'}`);
  await measureSync(print, process.argv.includes('--quick'));
}
