// Builds scripts/bench-floor with the same plugins and target as vite.config.ts, so the only difference between
// its first-load JavaScript and the app's is the product code.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export async function buildFloor(outDir) {
  await build({
    configFile: false,
    root: resolve('scripts/bench-floor'),
    logLevel: 'warn',
    plugins: [react(), VitePWA({ registerType: 'prompt', injectRegister: false, manifest: false })],
    build: { target: 'es2022', sourcemap: false, outDir: resolve(outDir), emptyOutDir: true },
  });
}
