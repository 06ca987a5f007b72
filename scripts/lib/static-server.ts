/**
 * A tiny static file server for the built site: the site and browser tests serve dist/ with it,
 * and so does the search bench (scripts/search-bench.ts).
 *
 * Serves `root` on 127.0.0.1 like a plain static host: `index.html` for directory URLs,
 * a 301 to the trailing-slash URL for a directory asked without it, content types by
 * extension, `404.html` (or a short text) with status 404 for anything missing. Nothing is cached
 * (`no-store`), unless `cacheAssets` asks for what a well-configured host sends: the fingerprinted
 * build files under `/_astro/` cached for a year (`immutable`), everything else revalidated. With
 * `prefix` (`/trotsky/`) the site is mounted there, as a host serves an edition built for a sub-path,
 * and every path outside it answers 404. With `compress` text files are sent gzipped to a client that
 * accepts it (the Lighthouse bench, scripts/lighthouse.ts).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ris': 'application/x-research-info-systems',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

export interface ServeOptions {
  /** Let the browser cache `/_astro/` files (fingerprinted by the build); default: cache nothing. */
  cacheAssets?: boolean;
  /** The path the site is served under, with slashes at both ends (`/trotsky/`); default `/`. */
  prefix?: string;
  /**
   * Gzip text files (HTML, CSS, JS, JSON, SVG, XML) for a client that accepts it, as a host does;
   * default: send every file as it is (the tests and the search bench count uncompressed bytes).
   */
  compress?: boolean;
}

/** Text types worth compressing; fonts, images, zips, Pagefind's index and WebAssembly are compressed already or binary. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** The Cache-Control header of a response. */
export function cacheControl(pathname: string, options: ServeOptions = {}): string {
  if (!options.cacheAssets) return 'no-store';
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function serveStatic(rootDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(rootDir);
  const prefix = options.prefix ?? '/';
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`serveStatic: prefix ${prefix} must begin and end with a slash`);

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!`${url.pathname}/`.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${url.pathname} (the site is served under ${prefix})`);
        return;
      }
      if (url.pathname !== prefix && `${url.pathname}/` === prefix) {
        res.writeHead(301, { location: `${prefix}${url.search}` }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(`/${url.pathname.slice(prefix.length)}`);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      const file = resolve(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }

      let target: string | null = null;
      if (await isDirectory(file)) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        if (await isFile(join(file, 'index.html'))) target = join(file, 'index.html');
      } else if (!pathname.endsWith('/') && (await isFile(file))) {
        target = file;
      }

      let status = 200;
      if (target === null) {
        status = 404;
        const page404 = join(root, '404.html');
        if (!(await isFile(page404))) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
          return;
        }
        target = page404;
      }

      const { size } = await stat(target);
      const type = contentType(target);
      const gzip = options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const headers = { 'content-type': type, 'cache-control': cacheControl(pathname, options) };
      res.writeHead(status, gzip ? { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' } : { ...headers, 'content-length': size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const body = createReadStream(target).on('error', () => res.destroy());
      (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(res);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
