import type { Plugin } from 'vite';

/**
 * The files static hosts read beside the app, so `dist/` uploads as it is (README, "Publish it"):
 * - `.nojekyll`: GitHub Pages publishes files whose names start with "_" or "." only when Jekyll is off;
 * - `_redirects` (Netlify, Cloudflare Pages), for a sub-path build only: when `dist/` is the site's root, the
 *   sub-path's addresses are served from it. Both hosts already serve /plan from plan.html and any unknown
 *   address from 404.html, so a root build needs no rules (and Cloudflare refuses a rule that rewrites /plan to
 *   plan.html or /* to index.html as a redirect loop).
 * 404.html itself is written with the route documents (route-documents.ts).
 */
export function hostSettings(): Plugin {
  let base = '/';
  return {
    name: 'host-settings',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '.nojekyll', source: '' });
      if (base === '/') return;
      this.emitFile({
        type: 'asset',
        fileName: '_redirects',
        source: `# ${base} is this build's sub-path: its addresses are served from the files at the site's root.\n${base}* /:splat 200\n`,
      });
    },
  };
}
