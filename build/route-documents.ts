import { resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { runnerImport, type Plugin } from 'vite';
import type * as StaticShell from '../src/app/static-shell';

/** A view's route chunk, by the folder convention src/features/<view>/<view>-route.tsx; today is the index. */
const routeModule = /src\/features\/([\w-]+)\/\1-route\.tsx$/;
const root = /<div id="root">[\s\S]*?<\/div>/;

function chunkClosure(bundle: OutputBundle, start: OutputChunk): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
  };
  visit(start.fileName);
  return [...seen];
}

/**
 * One HTML document per view (plan.html, session.html...; today stays index.html), so a first visit neither
 * waits for the entry to run before it asks for the view, nor for the app to hydrate before it paints:
 * - each document preloads its view's chunks beside the entry, fetched in parallel instead of a round trip
 *   after the entry has run;
 * - #shell holds the page frame and the view's heading rendered at build time by the real components
 *   (src/app/static-shell.ts); it hands over to #root once the store has hydrated and the app has rendered
 *   (src/app/shell-handover.ts).
 * Static hosts and `vite preview` serve /plan from plan.html, and Workbox's precache does the same offline
 * (cleanURLs). index.html is Today's document, and also what any other address falls back to: an unknown
 * address paints Today's frame for the moment before the router shows "Page not found".
 */
export function routeDocuments(): Plugin {
  let base = '/';
  return {
    name: 'route-documents',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const template = String(index.source);
      const { module: shell } = await runnerImport<typeof StaticShell>(resolve('src/app/static-shell.ts'), {
        configFile: false,
        logLevel: 'error',
      });
      const withShell = (html: string, path: string | null) =>
        html.replace(root, `<div id="shell">${shell.renderShell(path, base)}</div><div id="root"></div>`);
      // Static hosts (GitHub Pages, Netlify, Cloudflare Pages) answer an unknown address with 404.html: the app
      // boots from it and its router says "Page not found".
      this.emitFile({ type: 'asset', fileName: '404.html', source: withShell(template, null) });
      for (const chunk of Object.values(bundle)) {
        const view = chunk.type === 'chunk' ? chunk.facadeModuleId?.match(routeModule)?.[1] : undefined;
        if (chunk.type !== 'chunk' || !view) continue;
        const preloads = chunkClosure(bundle, chunk)
          .filter((file) => !template.includes(`${base}${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
          .join('\n    ');
        const document = template.replace('</head>', `  ${preloads}\n  </head>`);
        if (view === 'today') index.source = withShell(document, '/');
        else
          this.emitFile({ type: 'asset', fileName: `${view}.html`, source: withShell(document, `/${view}`) });
      }
    },
  };
}
