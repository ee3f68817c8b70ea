import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** A view's route chunk, by the folder convention src/features/<view>/<view>-route.tsx; today is the index. */
const routeModule = /src\/features\/([\w-]+)\/\1-route\.tsx$/;

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
 * One HTML document per view (plan.html, session.html...; today stays index.html) that preloads the view's
 * chunks beside the entry, so a first visit fetches them in parallel with it instead of one round trip
 * after the entry has run. Static hosts and `vite preview` serve /plan from plan.html, and Workbox's
 * precache does the same offline (cleanURLs); any other address falls back to index.html as before.
 */
export function routeDocuments(): Plugin {
  return {
    name: 'route-documents',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const template = String(index.source);
      for (const chunk of Object.values(bundle)) {
        const view = chunk.type === 'chunk' ? chunk.facadeModuleId?.match(routeModule)?.[1] : undefined;
        if (chunk.type !== 'chunk' || !view) continue;
        const preloads = chunkClosure(bundle, chunk)
          .filter((file) => !template.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
          .join('\n    ');
        const document = template.replace('</head>', `  ${preloads}\n  </head>`);
        if (view === 'today') index.source = document;
        else this.emitFile({ type: 'asset', fileName: `${view}.html`, source: document });
      }
    },
  };
}
