// Starts and stops `vite preview` of a production build in its own process group, so stopping it also stops the
// vite child that npx starts.
import { spawn } from 'node:child_process';

/** Whether anything answers HTTP there at all. */
async function answers(origin) {
  return fetch(origin).then(
    () => true,
    () => false,
  );
}

/** Resolves once the server answers; rejects after `timeoutMs` (the machine may be busy, so be generous). */
export async function startPreview({ port, outDir = 'dist', timeoutMs = 60_000 }) {
  const origin = `http://127.0.0.1:${port}`;
  // Something already answering there would be tested in place of this build.
  if (await answers(origin)) throw new Error(`Port ${port} is already in use; choose another (ENGINE_PORT).`);
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { detached: true, stdio: 'ignore' },
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (code ${child.exitCode}); is port ${port} free?`);
    if (await answers(origin)) return { origin, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopGroup(child);
  throw new Error(`The preview server on ${origin} did not start within ${timeoutMs / 1000} s.`);
}

/** Stops a detached child and everything it started; quiet if it has already gone. */
export function stopGroup(child, signal = 'SIGTERM') {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops the server and waits until its port no longer answers. */
export async function stopPreview({ origin, child }) {
  stopGroup(child);
  for (let i = 0; i < 100; i += 1) {
    if (!(await answers(origin))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopGroup(child, 'SIGKILL');
}
