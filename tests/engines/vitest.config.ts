import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Run by scripts/test-engines.mjs, which starts the preview server, Xvfb and WebKitWebDriver these need.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    // One engine at a time: the machine is shared, and two browsers at once only slow both.
    fileParallelism: false,
    // Generous: a cold engine on a busy machine can take tens of seconds to start.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
