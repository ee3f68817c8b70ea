import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

// Every view's folder, read from disk: a view added later is kept apart from the others without editing this.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The layers, top to bottom (ARCHITECTURE.md): each may import only the layers before it. Checked on the
// resolved file path, so no spelling of a relative import can slip past.
const layers = ['domain', 'db', 'store', 'sync', 'platform', 'ui', 'widgets', 'features', 'app'];
const allowedBelow = {
  domain: [],
  db: ['domain'],
  store: ['domain', 'db'],
  // Loaded only when sync is used: views reach it through a dynamic import.
  sync: ['domain', 'db'],
  platform: ['domain'],
  ui: ['domain', 'platform'],
  widgets: ['domain', 'store', 'sync', 'platform', 'ui'],
  features: ['domain', 'store', 'sync', 'platform', 'ui', 'widgets'],
  app: ['domain', 'db', 'store', 'sync', 'platform', 'ui', 'widgets', 'features'],
};
const layerZones = [
  ...layers.flatMap((layer) =>
    layers
      .filter((other) => other !== layer && !allowedBelow[layer].includes(other))
      .map((other) => ({
        target: `./src/${layer}`,
        from: `./src/${other}`,
        message: `src/${layer} may import only ${allowedBelow[layer].map((l) => `src/${l}`).join(', ') || 'nothing of ours'}.`,
      })),
  ),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature; move shared code to src/widgets, src/ui or src/domain.',
  })),
];

// Syntax no file in src/ may use. Kept in one list because a later block that sets no-restricted-syntax replaces
// the whole rule: src/domain spreads this list into its own.
const srcSyntaxBans = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never render HTML from strings: user text must stay inert.',
  },
  {
    // A glob import reaches any folder, another feature's too, past the layer zones (they see only literal paths).
    selector: "MemberExpression[object.type='MetaProperty'][property.name=/^glob/]",
    message: 'No import.meta.glob in src/: import each module by its path, so the layer rules can check it.',
  },
  {
    selector: "ImportExpression[source.type!='Literal']",
    message: 'A lazy import names its module literally, so the layer rules can check it.',
  },
];

// Imports no file in src/ may use, apart from the layer that owns them (blocks below lift one entry each).
const dexieBan = { name: 'dexie', message: 'Only src/db talks to Dexie.' };
const storeFactoryMessage =
  'One zustand store: only src/store/app-store.ts creates it; read it with useAppStore.';
const storeFactoryBans = [
  { name: 'zustand', importNames: ['create', 'createStore'], message: storeFactoryMessage },
  { name: 'zustand/vanilla', importNames: ['createStore'], message: storeFactoryMessage },
  { name: 'zustand/traditional', importNames: ['createWithEqualityFn'], message: storeFactoryMessage },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      '.bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // Without these import-x parses only .js files when it follows imports, so no-cycle saw no TypeScript
      // module's imports and passed every cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': ['error', srcSyntaxBans[0]],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...srcSyntaxBans] },
  },
  {
    // Type-aware rules, on src/ only (the tests and scripts await what they need; typing them too doubles lint
    // time). A promise is awaited, returned, or handed to `void` with its failure handled inside: a dangling one
    // is a write whose failure nobody sees, or a message shown before the write it reports on.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The browser code sees browser globals only: `process` or `Buffer` in src/ is a lint error.
    // typescript-eslint turns no-undef off (the compiler checks names), so Node's own globals are named here.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...Object.keys(globals.node)
          .filter((name) => !(name in globals.browser))
          .map((name) => ({ name, message: 'src/ runs in the browser: no Node globals.' })),
      ],
    },
  },
  {
    // Tests run in Node with jsdom; Playwright specs run in Node and evaluate code in the page.
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // A scrolling region (the virtualized miss log) must be reachable by keyboard to scroll it: axe's
      // scrollable-region-focusable asks for tabIndex 0 on it.
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // Fast refresh keeps state only in files that export components alone.
    files: ['src/**/*.tsx'],
    ...reactRefresh.configs.vite,
  },
  {
    // A view's route module may also export what the router asks of it before rendering (src/app/router.tsx).
    files: ['src/features/*/*-route.tsx'],
    rules: {
      'react-refresh/only-export-components': [
        'warn',
        { allowConstantExport: true, allowExportNames: ['preloadParts'] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'zustand',
                'zustand/*',
                '**/db/*',
                '**/store/*',
                '**/features/*',
                '**/app/*',
              ],
              message: 'src/domain is pure TypeScript: no React, Dexie, zustand or app layers.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is passed into the domain, never read inside it.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...srcSyntaxBans,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in instead.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // src/domain has its own, stricter list above.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/domain/**', 'src/store/app-store.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [dexieBan, ...storeFactoryBans] }] },
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: storeFactoryBans }] },
  },
  {
    files: ['src/store/app-store.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [dexieBan] }] },
  },
  {
    // Every file in src/ lives in a layer, as TypeScript: a folder or file outside them (src/shared/, src/x.ts)
    // or a .js file would get none of the layer rules above, so it fails lint here whatever it holds.
    files: ['src/**/*'],
    ignores: [`src/{${layers.join(',')}}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message: `Not a layer: code in src/ lives in ${layers.map((l) => `src/${l}`).join(', ')} (ARCHITECTURE.md).`,
        },
      ],
    },
  },
);
