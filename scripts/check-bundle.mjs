// The first-visit JavaScript budget, run by `npm test` after the build. For each view's document (index.html
// is Today's; plan.html, session.html...), it gzips what a first visit downloads before the view renders: the
// entry, the view's chunks the document preloads, and everything they import statically
// (bench-first-load.mjs). It fails when any view passes `limitRatio` x the bare-stack floor that
// `npm run bench` builds (floorGzipBytes), naming the chunks that grew against the sizes recorded in
// scripts/bundle-budget.json. `npm run bench` holds the same 1.40 x to all the scripts a first visit has
// loaded by network idle, measured in the browser.
//
//   node scripts/check-bundle.mjs [--dist dist] [--record]
//
// --record writes the current chunk sizes into the budget file (the limit stays as it is): do it when a
// growth is deliberate and still within the limit, so the next failure names only what is new.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { firstLoadJs, kB } from './bench-first-load.mjs';

const budgetPath = 'scripts/bundle-budget.json';
const args = process.argv.slice(2);
const distDir = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';

const budget = JSON.parse(readFileSync(budgetPath, 'utf8'));
const limit = Math.round(budget.floorGzipBytes * budget.limitRatio);
// 404.html answers unknown addresses with the bare frame; every view's own document is counted.
const documents = readdirSync(distDir)
  .filter((file) => file.endsWith('.html') && file !== '404.html')
  .sort();
const views = documents.map((document) => ({
  document,
  ...firstLoadJs(distDir, { document, preloads: true }),
}));
const now = Object.fromEntries(views.flatMap((view) => view.files.map((f) => [f.name, f.gzipBytes])));

if (args.includes('--record')) {
  budget.chunks = now;
  writeFileSync(budgetPath, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`Recorded ${Object.keys(now).length} first-visit chunks in ${budgetPath}.`);
  process.exit(0);
}

const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${kB(Math.abs(bytes))}`;
const ratio = (bytes) => `${(bytes / budget.floorGzipBytes).toFixed(3)} x`;
const names = [...new Set([...Object.keys(budget.chunks), ...Object.keys(now)])];
const changes = names
  .map((name) => ({ name, before: budget.chunks[name] ?? 0, after: now[name] ?? 0 }))
  .map((c) => ({ ...c, delta: c.after - c.before }))
  .sort((a, b) => b.delta - a.delta);

function describe(c) {
  if (c.before === 0) return `  ${c.name}: new in a first visit, ${kB(c.after)}`;
  if (c.after === 0) return `  ${c.name}: no longer in a first visit, was ${kB(c.before)}`;
  return `  ${c.name}: ${signed(c.delta)} (${kB(c.before)} → ${kB(c.after)})`;
}

console.log(
  `First-visit JavaScript per view, gzip, limit ${budget.limitRatio} x the floor's ${kB(budget.floorGzipBytes)} = ${kB(limit)}:`,
);
for (const view of views) {
  const verdict = view.gzipBytes <= limit ? 'PASS' : 'FAIL';
  console.log(
    `  ${view.document}: ${kB(view.gzipBytes)} in ${view.files.length} files, ${ratio(view.gzipBytes)} ${verdict}`,
  );
}
const over = views.filter((view) => view.gzipBytes > limit);
if (over.length === 0) {
  const grown = changes.filter((c) => c.delta > 500);
  if (grown.length > 0)
    console.log(`Grown since recorded, still within the limit:\n${grown.map(describe).join('\n')}`);
  process.exit(0);
}

const grew = changes.filter((c) => c.delta > 0);
console.error(
  [
    `Over budget: ${over.map((view) => `${view.document} by ${kB(view.gzipBytes - limit)}`).join(', ')}.`,
    'What grew (gzip):',
    ...(grew.length > 0 ? grew.map(describe) : ['  no single chunk: the sum passed the limit']),
    'Keep code a first visit does not need out of the entry and the views: import it with import() when used.',
    `The limit is ${budget.limitRatio} x the floor measured by \`npm run bench\`; raise it only with a reason.`,
  ].join('\n'),
);
process.exit(1);
