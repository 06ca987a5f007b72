/**
 * The edition served under a sub-path, as a host serves it at `https://host/trotsky/`: a copy of the
 * project built with `EDITION_SITE=…/trotsky/` (about 30 s, the whole `npm run build` in a folder of its
 * own, so the suite's `dist/` and the working tree are not touched), mounted at `/trotsky/` by the
 * static server, where nothing answers outside the prefix. In Chromium: the home page, a document
 * reached by its links, a search whose result opens, a download; no request of the visit answers
 * 404. And, from the built files, every root-relative link, script, style sheet and form of every page
 * under the prefix and answered by a file.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/reproducible.ts';
import { buildEnv, runBuild } from '../../scripts/lib/run-build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { sourceDate } from '../../scripts/lib/source-date.ts';
import { chromiumPages, NO_BROWSER } from './browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/trotsky/';
const SITE = `https://edition.test${PREFIX}`;

let work: string | undefined;
let dist = '';
let server: StaticServer | undefined;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'edition-sub-path-'));
  const copy = join(work, 'edition');
  await copyProject(root, copy);
  const env: NodeJS.ProcessEnv = { ...buildEnv(), EDITION_SITE: SITE };
  const { date } = sourceDate(root);
  if (date) env['SOURCE_DATE_EPOCH'] = String(Date.parse(date) / 1000);
  await runBuild(copy, env);
  dist = join(copy, 'dist');
  server = await serveStatic(dist, { prefix: PREFIX });
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Every `.html` file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the edition built for and served under /trotsky/', () => {
  it('links every page, script, style sheet and form to a file under the prefix', async () => {
    const outside: string[] = [];
    const missing = new Set<string>();
    const files = await htmlFiles(dist);
    expect(files.length).toBeGreaterThan(400);
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      for (const [, attr, value] of html.matchAll(/\s(href|src|action)="(\/[^"]*)"/g)) {
        const page = file.slice(dist.length);
        if (!value!.startsWith(PREFIX)) {
          outside.push(`${page}: ${attr}="${value}"`);
          continue;
        }
        const path = decodeURIComponent(value!.slice(PREFIX.length).replace(/[?#].*$/, ''));
        const target = join(dist, path);
        if (!(path.endsWith('/') || path === '' ? existsSync(join(target, 'index.html')) : existsSync(target))) missing.add(`${page}: ${value}`);
      }
    }
    expect(outside.slice(0, 20), `${outside.length} root-relative addresses outside ${PREFIX}`).toEqual([]);
    expect([...missing].slice(0, 20), `${missing.size} addresses under ${PREFIX} with no file`).toEqual([]);
  });

  it('writes the prefix into the absolute addresses: canonical link, sitemap, robots', async () => {
    const pt001 = await readFile(join(dist, 'documents', 'pt-001', 'index.html'), 'utf8');
    expect(pt001).toContain(`<link rel="canonical" href="${SITE}documents/pt-001/">`);
    const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}documents/pt-001/</loc>`);
    expect(sitemap).not.toMatch(/<loc>https:\/\/edition\.test\/(?!trotsky\/)/);
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: ${PREFIX}\n\nSitemap: ${SITE}sitemap.xml\n`);
  });

  describe.skipIf(NO_BROWSER)('in Chromium', () => {
    const newPage = chromiumPages({ width: 1024, height: 800 }, 'sub-path');
    /** Every response of the page's visit that was not found, with its URL. */
    const notFound = (page: Page): string[] => {
      const seen: string[] = [];
      page.on('response', (res) => {
        if (res.status() === 404) seen.push(res.url());
      });
      return seen;
    };

    it('opens a document from the home page, finds it by a word, opens the result and a download, with no 404', async () => {
      const page = await newPage({ javaScriptEnabled: true });
      const lost = notFound(page);
      const url = server!.url;
      expect((await page.goto(url + PREFIX, { waitUntil: 'load' }))?.status()).toBe(200);

      // Home → all documents → № 1, by the links on the pages.
      await page.locator('main a', { hasText: 'Все документы' }).first().click();
      await page.waitForURL(`${url}${PREFIX}documents/`);
      await page.locator(`main a[href="${PREFIX}documents/pt-001/"]`).first().click();
      await page.waitForURL(`${url}${PREFIX}documents/pt-001/`);
      await expect.poll(() => page.locator('h1').innerText()).toMatch(/Литвинову/);

      // A download beside the document answers.
      const download = await page.locator('a[download][href$=".ris"]').getAttribute('href');
      expect(download).toBe(`${PREFIX}documents/pt-001/pt-001.ris`);
      expect((await page.request.get(url + download!)).status()).toBe(200);

      // The search page: Pagefind's bundle, the cards and the result links under the prefix.
      await page.locator('nav a', { hasText: 'Поиск' }).first().click();
      await page.waitForURL(`${url}${PREFIX}search/`);
      await page.locator('#search-form[data-ready]').waitFor();
      await page.locator('#search-q').fill('Ренсому');
      await page.locator('#search-q').press('Enter');
      const first = page.locator('#search-list .search-result__title a').first();
      await first.waitFor();
      const found = await first.getAttribute('href');
      const id = new RegExp(`^${PREFIX}documents/(pt-\\d{3})/\\?highlight=`).exec(found ?? '')?.[1];
      expect(id, `the first result's link: ${found}`).toBeDefined();
      await first.click();
      await page.waitForURL(new RegExp(`^${url}${PREFIX}documents/${id}/`));
      await expect.poll(() => page.locator('.doc-number').innerText()).toMatch(new RegExp(`№\\s${Number(id!.slice(3))}$`));

      // The data page's zip.
      await page.goto(`${url}${PREFIX}data/`, { waitUntil: 'load' });
      const zip = await page.locator('a[href$=".zip"]').first().getAttribute('href');
      expect(zip).toMatch(new RegExp(`^${PREFIX}data/`));
      expect((await page.request.get(url + zip!)).status()).toBe(200);

      expect(lost, 'requests that answered 404').toEqual([]);
      await page.context().close();
    });
  });
});
