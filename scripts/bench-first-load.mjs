// What a first visit downloads before anything renders: the entry script in a document and every module it
// imports statically, and with `preloads`, the view's own chunks the route's document preloads beside the
// entry (build/route-documents.ts). `npm run bench` also counts what a visit loads later, by network idle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const scriptSrc = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
const modulePreload = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;
// `import{a}from"./x.js"` and `import"./x.js"`; dynamic `import("./x.js")` has a parenthesis and is skipped.
const staticImport = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** A chunk's name without Vite's content hash, so sizes can be compared across builds: `index-BiJexCt4.js` → `index.js`. */
export function chunkName(file) {
  return file.replace(/^.*\//, '').replace(/-[\w-]{8}(?=\.js$)/, '');
}

function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * @param {string} distDir a Vite build output folder
 * @param {{ document?: string, preloads?: boolean }} [options] which HTML document (index.html), and whether
 *   to count the chunks it preloads
 * @returns {{ files: { file: string, name: string, rawBytes: number, gzipBytes: number }[], rawBytes: number, gzipBytes: number }}
 */
export function firstLoadJs(distDir, { document = 'index.html', preloads = false } = {}) {
  const html = readFileSync(join(distDir, document), 'utf8');
  const queue = [...html.matchAll(scriptSrc), ...(preloads ? html.matchAll(modulePreload) : [])].map((m) =>
    m[1].replace(/^\//, ''),
  );
  if (queue.length === 0) throw new Error(`${distDir}/${document} names no module script.`);
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(join(distDir, file));
    files.push({ file, name: chunkName(file), rawBytes: bytes.length, gzipBytes: gzipSize(bytes) });
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of bytes.toString('utf8').matchAll(staticImport)) {
      queue.push(new URL(match[1], `http://x/${dir}`).pathname.slice(1));
    }
  }
  return {
    files,
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

export function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * What a visit really downloaded: the scripts a browser fetched by network idle (as Lighthouse lists them),
 * gzipped from the build folder the same way, so two pages compare by their files and not by HTTP headers.
 * @param {string} distDir the build folder the page was served from
 * @param {string[]} urls absolute script addresses
 */
export function visitJs(distDir, urls) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.slice(1)))].map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, name: chunkName(file), rawBytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
