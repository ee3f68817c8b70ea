import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/**
 * The static hosts README "Publish it" gives settings for, each answering as its documentation says it does,
 * over a build's `dist/`:
 * - `github-pages`: a project site, `dist/` published at `/<base>/`; `/x` is served from `x.html` when there is
 *   one, a folder without its slash is redirected to it, and anything else gets `404.html` with status 404.
 * - `nginx`: `dist/` copied under the sub-path, `location <base> { try_files $uri $uri.html <base>index.html; }`.
 * - `netlify`: `dist/` is the site's root; a path with a file is served as it is (rules never shadow files),
 *   otherwise the first rule of `_redirects` that matches rewrites it, then `x.html` or `404.html` as on
 *   GitHub Pages. (Cloudflare Pages answers the same way.)
 */
export type StaticHost = 'github-pages' | 'nginx' | 'netlify';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

interface Answer {
  status: number;
  file?: string;
  location?: string;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** What `dist/`, mounted at `mount`, holds for an address: the file, or its `.html`, or nothing. */
function lookUp(dist: string, mount: string, pathname: string): Answer | null {
  if (!pathname.startsWith(mount)) return null;
  const inside = normalize(`/${pathname.slice(mount.length)}`);
  const path = join(dist, inside);
  if (isFile(path)) return { status: 200, file: path };
  if (isFile(join(path, 'index.html')))
    return pathname.endsWith('/')
      ? { status: 200, file: join(path, 'index.html') }
      : { status: 301, location: `${pathname}/` };
  if (isFile(`${path}.html`)) return { status: 200, file: `${path}.html` };
  return null;
}

/** Netlify's `_redirects`: `from to status`, `*` in `from` captured as `:splat`. */
function rewrite(dist: string, pathname: string): string | null {
  const rules = join(dist, '_redirects');
  if (!isFile(rules)) return null;
  for (const line of readFileSync(rules, 'utf8').split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to || status !== '200') continue;
    const pattern = new RegExp(`^${from.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '(.*)')}$`);
    const match = pattern.exec(pathname) ?? (from.endsWith('/*') ? pattern.exec(`${pathname}/`) : null);
    if (match) return to.replace(':splat', match[1] ?? '');
  }
  return null;
}

function answer(host: StaticHost, dist: string, base: string, pathname: string): Answer {
  const notFound = { status: 404, file: join(dist, '404.html') };
  switch (host) {
    case 'github-pages':
      if (`${pathname}/` === base) return { status: 301, location: base };
      return lookUp(dist, base, pathname) ?? notFound;
    case 'nginx':
      if (!pathname.startsWith(base)) return { status: 404 };
      return lookUp(dist, base, pathname) ?? { status: 200, file: join(dist, 'index.html') };
    case 'netlify': {
      const own = lookUp(dist, '/', pathname);
      if (own) return own;
      const target = rewrite(dist, pathname);
      return (target !== null && lookUp(dist, '/', target)) || notFound;
    }
  }
}

/** Serves `dist` as `host` would on 127.0.0.1:`port`; `stop()` closes it and every open connection. */
export async function startStaticHost({
  host,
  dist,
  base,
  port,
}: {
  host: StaticHost;
  dist: string;
  base: string;
  port: number;
}): Promise<{ origin: string; stop(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    const { status, file, location } = answer(host, dist, base, decodeURIComponent(pathname));
    if (location) response.writeHead(status, { location }).end();
    else if (!file || !isFile(file)) response.writeHead(404).end();
    else
      response
        .writeHead(status, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        })
        .end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
