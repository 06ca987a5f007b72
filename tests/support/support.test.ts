/** The test helpers themselves: the static server (scripts/lib/static-server.ts) and the HTML scanner. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, textOf } from './html.ts';
import { cacheControl, serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

describe('serveStatic', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'edition-static-'));
    mkdirSync(join(dir, 'a', 'б'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(dir, 'a', 'б', 'index.html'), 'cyrillic');
    writeFileSync(join(dir, 'data.json'), '{"ok":true}');
    writeFileSync(join(dir, 'x.pf_meta'), 'bin');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

  it('serves index.html for directories, with content types', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await (await get('/a/%D0%B1/')).text()).toBe('cyrillic');
    expect((await get('/data.json')).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get('/x.pf_meta')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('caches nothing by default; with cacheAssets, the fingerprinted /_astro/ files for a year', async () => {
    expect((await get('/')).headers.get('cache-control')).toBe('no-store');
    expect(cacheControl('/_astro/font.abc123.woff2')).toBe('no-store');
    expect(cacheControl('/_astro/font.abc123.woff2', { cacheAssets: true })).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/search/', { cacheAssets: true })).toBe('no-cache');
    expect(cacheControl('/pagefind/pagefind.js', { cacheAssets: true })).toBe('no-cache');
  });

  it('redirects a directory without its slash, 404s the missing, refuses traversal', async () => {
    const dirNoSlash = await get('/a');
    expect(dirNoSlash.status).toBe(301);
    expect(dirNoSlash.headers.get('location')).toBe('/a/');
    expect((await get('/missing/')).status).toBe(404);
    expect((await get('/data.json/')).status).toBe(404);
    expect((await get('/a/index.html/..%2F..%2F..%2Fetc%2Fpasswd')).status).toBeGreaterThanOrEqual(400);
  });

  it('gzips text files with compress, for a client that accepts it, and nothing else', async () => {
    const zipping = await serveStatic(dir, { compress: true });
    const raw = (path: string, encoding?: string): Promise<{ encoding: string | undefined; body: Buffer }> =>
      new Promise((ok, fail) => {
        httpGet(`${zipping.url}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    try {
      const json = await raw('/data.json', 'gzip, br');
      expect(json.encoding).toBe('gzip');
      expect(gunzipSync(json.body).toString()).toBe('{"ok":true}');
      expect(await raw('/data.json')).toEqual({ encoding: undefined, body: Buffer.from('{"ok":true}') });
      expect((await raw('/x.pf_meta', 'gzip')).encoding).toBeUndefined();
      expect((await get('/data.json')).headers.get('content-encoding')).toBeNull();
    } finally {
      await zipping.close();
    }
  });

  it('mounts the site under a prefix: its paths answer there, nothing outside it', async () => {
    const mounted = await serveStatic(dir, { prefix: '/trotsky/' });
    try {
      const at = (path: string) => fetch(mounted.url + path, { redirect: 'manual' });
      expect(await (await at('/trotsky/')).text()).toBe('<!doctype html><title>home</title>');
      expect(await (await at('/trotsky/a/%D0%B1/')).text()).toBe('cyrillic');
      expect((await at('/trotsky/data.json')).status).toBe(200);
      expect((await at('/trotsky/a')).headers.get('location')).toBe('/trotsky/a/');
      expect((await at('/trotsky')).headers.get('location')).toBe('/trotsky/');
      expect((await at('/')).status).toBe(404);
      expect((await at('/data.json')).status).toBe(404);
      expect((await at('/trotskyx/data.json')).status).toBe(404);
      expect((await at('/trotsky/..%2Fdata.json')).status).toBeGreaterThanOrEqual(400);
      await expect(serveStatic(dir, { prefix: 'trotsky' })).rejects.toThrow(/slash/);
    } finally {
      await mounted.close();
    }
  });
});

describe('parseHtml', () => {
  it('reads tags, quoted attributes with >, entities, title, and skips comments and scripts', () => {
    const page = parseHtml(`<!doctype html><html lang="ru"><head><title> Дело &amp; №&nbsp;1 </title>
      <!-- <a href="/commented/"> -->
      <script>if (a < b) document.write('<a href="/scripted/">')</script>
      <style>@font-face{src:url(/f.woff2)}</style></head>
      <body><a href="/x/?a=1&amp;b=2" title="a > b" id=plain>x</a><p id='q'>y</p><a name="old"></a><br/></body></html>`);
    expect(page.title).toBe('Дело & № 1'); // whitespace, NBSP included, collapses
    const hrefs = page.tags.filter((t) => t.name === 'a').map((t) => t.attrs.get('href'));
    expect(hrefs).toEqual(['/x/?a=1&b=2', undefined]);
    expect(page.tags.find((t) => t.name === 'a')?.attrs.get('title')).toBe('a > b');
    expect(page.ids).toEqual(['plain', 'q', 'old']);
    expect(page.styles).toEqual(['@font-face{src:url(/f.woff2)}']);
    expect(page.tags.find((t) => t.name === 'html')?.attrs.get('lang')).toBe('ru');
  });

  it('gives the text of HTML', () => {
    expect(textOf('<h1>№ 12. <span>Письмо</span><sup><a href="#n">18</a></sup>\n</h1>')).toBe('№ 12. Письмо18');
  });
});
