// @vitest-environment node
// The layer rule (ARCHITECTURE.md) proven on the real ESLint config: a probe file placed in each layer imports
// a real module of every other layer, and lint must fail exactly on the edges that climb or cross. The
// expected table is written out here on purpose, so a loosened zone in eslint.config.js fails this test.
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

type Layer = 'domain' | 'db' | 'store' | 'sync' | 'platform' | 'ui' | 'widgets' | 'features' | 'app';

/** One real module per layer, the target of each probe's import. */
const moduleOf: Record<Layer, string> = {
  domain: 'src/domain/dates.ts',
  db: 'src/db/database.ts',
  store: 'src/store/app-store.ts',
  sync: 'src/sync/merge.ts',
  platform: 'src/platform/download.ts',
  ui: 'src/ui/page.tsx',
  widgets: 'src/widgets/task-checkbox.tsx',
  features: 'src/features/plan/plan-route.tsx',
  app: 'src/app/app.tsx',
};

/** Where a probe file pretends to live in each layer (features/today, so features/plan is another feature). */
const probeDirOf: Record<Layer, string> = {
  domain: 'src/domain',
  db: 'src/db',
  store: 'src/store',
  sync: 'src/sync',
  platform: 'src/platform',
  ui: 'src/ui',
  widgets: 'src/widgets',
  features: 'src/features/today',
  app: 'src/app',
};

const allowed: Record<Layer, Layer[]> = {
  domain: [],
  db: ['domain'],
  store: ['domain', 'db'],
  sync: ['domain', 'db'],
  platform: ['domain'],
  ui: ['domain', 'platform'],
  widgets: ['domain', 'store', 'sync', 'platform', 'ui'],
  features: ['domain', 'store', 'sync', 'platform', 'ui', 'widgets'],
  app: ['domain', 'db', 'store', 'sync', 'platform', 'ui', 'widgets', 'features'],
};

const layers = Object.keys(moduleOf) as Layer[];

let eslint: ESLint;
// The first lint loads the config, its plugins and the resolver: seconds on a loaded machine, paid here once
// instead of by whichever test happens to run first.
beforeAll(async () => {
  eslint = new ESLint({
    cwd: process.cwd(),
    // Probe files exist only in memory, outside any tsconfig, so the type-aware rules (which need the file in
    // the project) are off for them; `npm run lint` applies those to the real files.
    overrideConfig: {
      files: ['src/**'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
      },
    },
  });
  await eslint.lintText('export {};\n', { filePath: 'src/domain/layer-probe.ts' });
}, 120_000);

function relativeImport(fromDir: string, target: string): string {
  const up = fromDir.split('/').length;
  return `${'../'.repeat(up)}${target.replace(/\.tsx?$/, '')}`;
}

/** The rule ids lint reports for a probe in `dir` that only imports `target`. */
async function lintImport(dir: string, target: string): Promise<string[]> {
  const filePath = `${dir}/layer-probe.ts`;
  const [result] = await eslint.lintText(`import '${relativeImport(dir, target)}';\n`, { filePath });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

/** The rule ids lint reports for `text` in a probe file in `dir`. */
async function lintRules(dir: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${text}\n`, { filePath: `${dir}/layer-probe.ts` });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layer boundaries', () => {
  for (const from of layers) {
    for (const to of layers.filter((l) => l !== from)) {
      const forbidden = !allowed[from].includes(to);
      it(`src/${from} importing src/${to} ${forbidden ? 'fails' : 'passes'} lint`, async () => {
        const rules = await lintImport(probeDirOf[from], moduleOf[to]);
        if (forbidden) expect(rules).toContain('import-x/no-restricted-paths');
        else expect(rules).toEqual([]);
      });
    }
  }

  it('a feature importing another feature fails lint, by any spelling of the path', async () => {
    expect(await lintImport('src/features/today', 'src/features/plan/route-summary.tsx')).toContain(
      'import-x/no-restricted-paths',
    );
    const [viaSibling] = await eslint.lintText("import '../plan/route-summary';\n", {
      filePath: 'src/features/today/layer-probe.ts',
    });
    expect(viaSibling!.messages.map((m) => m.ruleId)).toContain('import-x/no-restricted-paths');
  });

  it('every view folder is kept apart from the others, those added after the first five too', async () => {
    const views = readdirSync('src/features', { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(views.length).toBeGreaterThanOrEqual(7);
    for (const { name } of views) {
      const other = name === 'plan' ? 'misses/misses-route.tsx' : 'plan/plan-route.tsx';
      expect(await lintImport(`src/features/${name}`, `src/features/${other}`), name).toContain(
        'import-x/no-restricted-paths',
      );
    }
  });

  it('a feature importing its own files passes lint', async () => {
    const [result] = await eslint.lintText("import './today-route';\n", {
      filePath: 'src/features/today/layer-probe.ts',
    });
    expect(result!.messages).toEqual([]);
  });

  it('a file outside the layers fails lint, whatever it holds', async () => {
    // Even one that imports nothing: a src/shared/launder.ts re-exporting features and db would get no zone.
    for (const filePath of ['src/shared/launder.ts', 'src/launder.ts', 'src/app/launder.js']) {
      const [result] = await eslint.lintText('export const probe = 1;\n', { filePath });
      expect(result!.messages.map((m) => m.message).join('\n'), filePath).toContain(
        'Not a layer: code in src/ lives in src/domain, src/db',
      );
    }
  });

  it('a glob or computed import fails lint, so no feature reaches another past the zones', async () => {
    expect(
      await lintRules('src/features/today', "export const all = import.meta.glob('../plan/*.tsx');"),
    ).toContain('no-restricted-syntax');
    expect(
      await lintRules(
        'src/features/today',
        "const v = 'plan';\nexport const p = import(`../${v}/plan-route`);",
      ),
    ).toContain('no-restricted-syntax');
    expect(await lintRules('src/domain', "export const all = import.meta.glob('./*.ts');")).toContain(
      'no-restricted-syntax',
    );
  });

  it('only the store module creates a zustand store', async () => {
    const probes = {
      'src/features/today': "import { create } from 'zustand';\nexport const s = create(() => ({}));",
      'src/widgets':
        "import { createStore } from 'zustand/vanilla';\nexport const s = createStore(() => ({}));",
      'src/db': "import * as zustand from 'zustand';\nexport const s = zustand.create;",
      'src/store':
        "import { createStore } from 'zustand/vanilla';\nexport const s = createStore(() => ({}));",
    };
    for (const [dir, text] of Object.entries(probes)) {
      expect(await lintRules(dir, text), dir).toContain('no-restricted-imports');
    }
    const [storeModule] = await eslint.lintText(
      "import { createStore } from 'zustand/vanilla';\nexport const s = createStore(() => ({}));\n",
      { filePath: 'src/store/app-store.ts' },
    );
    expect(storeModule!.messages).toEqual([]);
  });

  it('an import cycle fails lint', async () => {
    // route.ts imports dates.ts; dates.ts importing route.ts back closes the loop.
    const [result] = await eslint.lintText("import './route';\n", { filePath: 'src/domain/dates.ts' });
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
