// Serves a build with `vite preview` (gzip on, SPA fallback, as a static host would) on a port of the
// bench's own, and stops it again.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const viteBin = resolve('node_modules/vite/bin/vite.js');

export async function startPreview(distDir, port) {
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--outDir', distDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      if ((await fetch(url)).ok) return { url, pid: child.pid, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s.`);
}
