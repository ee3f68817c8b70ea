/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };
import { basePath } from './build/base-path.ts';
import { hostSettings } from './build/host-settings.ts';
import { routeDocuments } from './build/route-documents.ts';
import { sharedViewChunk } from './build/view-chunks.ts';

// Production only: the dev server injects inline scripts for hot reload, which this policy forbids.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// `BASE_PATH=/ml-pro/ npm run build` serves the app from a sub-path (GitHub Pages' project sites); every address
// the app, its documents, its manifest and its service worker use is under it.
const base = basePath(process.env.BASE_PATH);

function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    cspMetaTag(),
    routeDocuments(),
    hostSettings(),
    VitePWA({
      // Prompt, never auto-reload: an update must not interrupt a running session or unsaved text.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: base,
        lang: 'en',
        dir: 'ltr',
        name: 'ML-PRO Study Tracker',
        short_name: 'ML-PRO',
        description:
          'Offline study tracker for the Databricks ML Professional exam: your route, timed sessions, miss log and booking signal.',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
          { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
          { src: `${base}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Today', url: base, icons: [{ src: `${base}icon-192.png`, sizes: '192x192' }] },
          {
            name: 'Start session',
            short_name: 'Session',
            url: `${base}session`,
            icons: [{ src: `${base}icon-192.png`, sizes: '192x192' }],
          },
          {
            name: 'Log a set',
            short_name: 'Log',
            url: `${base}misses`,
            icons: [{ src: `${base}icon-192.png`, sizes: '192x192' }],
          },
        ],
        // Installed on desktop Chromium, a double-click on a sync file opens the data view with it (launchQueue).
        file_handlers: [{ action: `${base}data`, accept: { 'application/x-ml-pro-sync': ['.mlsync'] } }],
        // Android's share sheet POSTs a shared sync file here; the service worker answers, with no server
        // (public/share-target-sw.js).
        share_target: {
          action: `${base}share-target`,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { files: [{ name: 'file', accept: ['.mlsync', 'application/octet-stream'] }] },
        },
        // Written by `node scripts/make-screenshots.mjs` from the production build.
        screenshots: [
          {
            src: `${base}screenshots/plan-wide.png`,
            sizes: '1280x900',
            type: 'image/png',
            form_factor: 'wide',
            label: 'The study plan: dated weeks with tickable tasks',
          },
          {
            src: `${base}screenshots/plan-narrow.png`,
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'The study plan on a phone',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Deep links (/plan, /misses) load the app shell offline; the router takes it from there.
        navigateFallback: `${base}index.html`,
        // 404.html is for the host (GitHub Pages); offline, navigateFallback does its job.
        globIgnores: ['screenshots/**', '404.html'],
        cleanupOutdatedCaches: true,
        // Relative to the worker, so it resolves under a sub-path too.
        importScripts: ['share-target-sw.js'],
      },
    }),
  ],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself (Safari 17+); older ones just skip the hint.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the entry imports statically goes into one chunk beside it rather than seven small ones
          // (React, the date helpers, ids...): each request costs a round trip on a slow phone network.
          groups: [{ name: 'app', tags: ['$initial'] }, { name: (id, graph) => sharedViewChunk(id, graph) }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/{unit,integration,component}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // jsdom queries by role over a whole view take seconds on a loaded 2-core CI machine.
    testTimeout: 20_000,
  },
});
