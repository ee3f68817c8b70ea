// Writes a sync-file fixture with this checkout's code: `node scripts/make-sync-fixture.mjs <name>` writes
// tests/fixtures/<name>.mlsync, <name>.rows.json and <name>.backup.json (the history is in scripts/sync-fixture-history.ts). Run it
// once per sync file format, before the format changes, so later releases are tested against real old files.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { runnerImport } from 'vite';

const name = process.argv[2];
if (!name) throw new Error('usage: node scripts/make-sync-fixture.mjs <fixture name>');
const { module } = await runnerImport('./scripts/sync-fixture-history.ts', {
  root: process.cwd(),
  configFile: false,
  logLevel: 'error',
});
const { file, rows, backup } = await module.syncFixture();
writeFileSync(`tests/fixtures/${name}.mlsync`, file);
writeFileSync(`tests/fixtures/${name}.rows.json`, await format(JSON.stringify(rows), { parser: 'json' }));
writeFileSync(`tests/fixtures/${name}.backup.json`, await format(backup, { parser: 'json' }));
process.exit(0);
