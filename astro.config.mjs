// @ts-check
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { absoluteUrl, siteAddress } from './src/lib/ids/site-address.ts';
import { DATA_FILES, dataPath } from './src/lib/render/data-dir.ts';
import { STORE_ENV, storedNames } from './src/lib/export/stored-files.ts';
import { DOCUMENT_FILES_DIR, moveDocumentFiles } from './src/lib/export/document-files-store.ts';
import { FAILED, SEARCH_RECORDS_DIR, SEARCH_RECORDS_ENV } from './src/lib/search/records-file.ts';
import { devFileUrl } from './src/lib/site/dev-file-urls.ts';

/**
 * `sitemap.xml` and `robots.txt` from the pages Astro actually built, so the map can never list a page
 * that does not exist or miss one that does. (A few lines instead of `@astrojs/sitemap`, which would
 * do the same with a dependency and an index file the edition's few hundred pages do not need.)
 * @returns {import('astro').AstroIntegration}
 */
function sitemap() {
  /** @type {URL | undefined} */
  let site;
  return {
    name: 'edition-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) {
          logger.warn('no `site` configured: sitemap.xml not written');
          return;
        }
        const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const locs = pages
          .map((p) => p.pathname)
          // HTML pages only (directory URLs); endpoints such as /data/documents.json are files.
          .filter((path) => path === '' || path.endsWith('/'))
          .filter((path) => !/^404\/?$/.test(path))
          .map((path) => absoluteUrl(path))
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...locs.map((loc) => `  <url><loc>${escape(loc)}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        await writeFile(new URL('sitemap.xml', dir), xml);
        await writeFile(new URL('robots.txt', dir), `User-agent: *\nAllow: ${siteAddress().base}\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
        logger.info(`sitemap.xml: ${locs.length} pages`);
      },
    },
  };
}

/**
 * The files of `/data/`, copied into the build when it is done, none passing through Astro as a page
 * (an endpoint hands Astro a file's bytes, which it holds, and copies, while it writes them: the
 * corpus's `documents.json`, 693 MB at a hundred times this edition, doubled the build's peak memory
 * so, and the zip took it to 3.3 GB):
 * - the ingest's JSON files (`/data/documents.json` …), byte for byte;
 * - the corpus files (CSV, CMIF, citations, JSON Schemas, the zip), which the exports write to a folder
 *   outside `dist/` as the pages' build makes them (src/lib/export/stored-files.ts, which reads the
 *   folder's name from `STORE_ENV`, set here when the build starts, and lists the files when all are
 *   written: the build copies what the list names, and fails without it).
 * The dev server serves them through `src/pages/data/[name].json.ts` and `[file].ts`.
 * @returns {import('astro').AstroIntegration}
 */
function dataFiles() {
  /** @type {string | undefined} */
  let store;
  return {
    name: 'edition-data-files',
    hooks: {
      'astro:build:start': async () => {
        const made = await mkdtemp(join(tmpdir(), 'edition-corpus-files-'));
        // Removed when the process ends, should the build fail before it is copied.
        process.on('exit', () => rmSync(made, { recursive: true, force: true }));
        process.env[STORE_ENV] = store = made;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!store) throw new Error('edition-data-files: no folder of stored corpus files');
        // The files the pages' build listed when it had written them all: none missing, none half written.
        const stored = await storedNames(store).catch((error) => {
          throw new Error(`edition-data-files: ${error instanceof Error ? error.message : String(error)}`);
        });
        const out = new URL('data/', dir);
        await mkdir(out, { recursive: true });
        for (const file of DATA_FILES) await copyFile(dataPath(file), new URL(file, out));
        for (const name of stored) await copyFile(join(store, name), new URL(name, out));
        await rm(store, { recursive: true, force: true });
        delete process.env[STORE_ENV];
        logger.info(`/data/: ${DATA_FILES.length} files of the ingest and ${stored.length} corpus files copied`);
      },
    },
  };
}

/**
 * What a process of its own (scripts/beside-pages.ts) makes while Astro makes the pages on its one thread,
 * on the machine's other core:
 * - every document's search record, which the pages take as they come (src/lib/search/records-file.ts; the
 *   folder is named to them in `SEARCH_RECORDS_ENV`, and when the process fails, a file in it says so, so
 *   that the pages stop with what it said instead of waiting);
 * - the files beside each document's page (CSL-JSON, RIS, BibLaTeX, TEI: 4 a document), moved into
 *   `dist/documents/` when the pages are done (src/lib/export/document-files-store.ts).
 * The build waits for that process and fails when it fails, with what it said. The dev server makes the
 * records itself and serves the files as endpoints (`src/pages/documents/[id]/[file].ts`).
 * @returns {import('astro').AstroIntegration}
 */
function besidePages() {
  /** @type {URL | undefined} */
  let root;
  /** @type {string | undefined} */
  let folder;
  /** @type {Promise<{ code: number | null, signal: string | null, output: string }> | undefined} */
  let made;
  return {
    name: 'edition-beside-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': async () => {
        if (!root) throw new Error('edition-beside-pages: no project root');
        const dir = (folder = await mkdtemp(join(tmpdir(), 'edition-beside-pages-')));
        const records = join(dir, SEARCH_RECORDS_DIR);
        process.env[SEARCH_RECORDS_ENV] = records;
        const failed = (/** @type {string} */ why) => {
          mkdirSync(records, { recursive: true });
          writeFileSync(join(records, FAILED), why);
        };
        // The data folder is found from the working directory, as the pages' build finds it (src/lib/render/data-dir.ts).
        const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('scripts/beside-pages.ts', root)), '--out', dir], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        // Stopped and removed when the process ends, should the build fail before the files are moved.
        process.on('exit', () => {
          child.kill();
          rmSync(dir, { recursive: true, force: true });
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        made = new Promise((resolve, reject) => {
          child.on('error', reject);
          child.on('close', (code, signal) => resolve({ code, signal, output }));
        });
        // The pages waiting for records stop with what the process said.
        made.then(
          ({ code, signal }) => code !== 0 && failed(output.trim() || `the process ended with ${code ?? signal}`),
          (error) => failed(String(error)),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!made || !folder) throw new Error('edition-beside-pages: not begun');
        const { code, signal, output } = await made;
        if (code !== 0) throw new Error(`edition-beside-pages: ${output.trim() || `the process ended with ${code ?? signal}`}`);
        const moved = await moveDocumentFiles(join(folder, DOCUMENT_FILES_DIR), fileURLToPath(dir));
        await rm(folder, { recursive: true, force: true });
        delete process.env[SEARCH_RECORDS_ENV];
        logger.info(`${output.trim()}; ${moved} files moved into documents/`);
      },
    },
  };
}

/**
 * The dev server serves a document's files and the corpus files at the URLs the pages link to
 * (`/documents/pt-001/pt-001.ris`, `/data/documents.csv`), as the built site does: their routes' file
 * names have no extension, so Astro's dev server would want a slash after them (src/lib/site/dev-file-urls.ts).
 * A build is not touched: it writes the files where the links point.
 * @returns {import('astro').AstroIntegration}
 */
function devFileUrls() {
  return {
    name: 'edition-dev-file-urls',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = siteAddress().base;
        server.middlewares.use((req, _res, next) => {
          const url = req.url && devFileUrl(req.url, base);
          if (url) req.url = url;
          next();
        });
      },
    },
  };
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // The site's address from `EDITION_SITE` (src/lib/ids/site-address.ts; `http://localhost:4321/` when unset),
  // for the canonical links and Open Graph URLs of the layout, the redirect pages, sitemap.xml and robots.txt.
  site: siteAddress().href,
  // The path the site is served under (`/trotsky/` for `EDITION_SITE=https://host/trotsky/`, else `/`): Astro puts
  // it before its own assets; the pages put it before their links with `href()` of the same module.
  base: siteAddress().base,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx' whitespace rules, which drop the space between a word and an inline element
  // on the next source line. Text fidelity first: keep all whitespace.
  compressHTML: false,
  // Every script and stylesheet in a file of its own, none inlined into the pages, so the Content-Security-Policy
  // (src/lib/site/content-security-policy.ts) allows scripts and styles from the site only, with no
  // 'unsafe-inline' and no hashes. Vite's limit also decides which scripts Astro inlines.
  // Four pages at a time: one page is made while another's file is written (a page at a time left the
  // process waiting on the disk a fifth of the time; BENCHMARKS.md). The pages' caches of the documents
  // asked last (src/lib/render/recent.ts) hold a few documents, never the corpus.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [sitemap(), dataFiles(), besidePages(), devFileUrls()],
});
