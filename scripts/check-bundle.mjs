// The first-load JavaScript budget, run by `npm test` after the build. It gzips what a first visit downloads
// (see bench-first-load.mjs) and fails when the total passes the limit in scripts/bundle-budget.json, naming
// the chunks that grew against the sizes recorded there.
//
//   node scripts/check-bundle.mjs [--dist dist] [--record]
//
// --record writes the current chunk sizes into the budget file (the limit stays as it is): do it when a
// growth is deliberate and still within the limit, so the next failure names only what is new.
import { readFileSync, writeFileSync } from 'node:fs';
import { firstLoadJs, kB } from './bench-first-load.mjs';

const budgetPath = 'scripts/bundle-budget.json';
const args = process.argv.slice(2);
const distDir = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';

const budget = JSON.parse(readFileSync(budgetPath, 'utf8'));
const current = firstLoadJs(distDir);
const now = Object.fromEntries(current.files.map((f) => [f.name, f.gzipBytes]));

if (args.includes('--record')) {
  budget.chunks = now;
  writeFileSync(budgetPath, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(
    `Recorded ${current.files.length} first-load chunks (${kB(current.gzipBytes)} gzip) in ${budgetPath}.`,
  );
  process.exit(0);
}

const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kB(Math.abs(bytes))}`;
const names = [...new Set([...Object.keys(budget.chunks), ...Object.keys(now)])];
const changes = names
  .map((name) => ({ name, before: budget.chunks[name] ?? 0, after: now[name] ?? 0 }))
  .map((c) => ({ ...c, delta: c.after - c.before }))
  .sort((a, b) => b.delta - a.delta);
const recorded = Object.values(budget.chunks).reduce((sum, bytes) => sum + bytes, 0);

function describe(c) {
  if (c.before === 0) return `  ${c.name}: new in the first load, ${kB(c.after)}`;
  if (c.after === 0) return `  ${c.name}: no longer in the first load, was ${kB(c.before)}`;
  return `  ${c.name}: ${signed(c.delta)} (${kB(c.before)} → ${kB(c.after)})`;
}

const summary = `First-load JavaScript: ${kB(current.gzipBytes)} gzip in ${current.files.length} files, limit ${kB(budget.limitGzipBytes)}.`;
if (current.gzipBytes <= budget.limitGzipBytes) {
  console.log(`${summary} OK (${kB(budget.limitGzipBytes - current.gzipBytes)} to spare).`);
  const grown = changes.filter((c) => c.delta > 500);
  if (grown.length > 0)
    console.log(`Grown since recorded, still within the limit:\n${grown.map(describe).join('\n')}`);
  process.exit(0);
}

const grew = changes.filter((c) => c.delta > 0);
console.error(
  [
    `${summary}`,
    `Over budget by ${kB(current.gzipBytes - budget.limitGzipBytes)}; ${signed(current.gzipBytes - recorded)} since the sizes recorded in ${budgetPath}.`,
    'What grew (gzip):',
    ...(grew.length > 0 ? grew.map(describe) : ['  no single chunk: the sum passed the limit']),
    'Keep code a first visit does not need out of the entry: import it from a lazy route, or with import() when used.',
    `The limit is ${budget.limitRatio} x the floor measured by \`npm run bench\` (${kB(budget.floorGzipBytes)}); raise it only with a reason.`,
  ].join('\n'),
);
process.exit(1);
