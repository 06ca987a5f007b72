/**
 * Benchmark (not a test): the first search on /search/, as a reader does it, in Chromium.
 * Run after `npm run build`: npm run bench:search [-- --dist DIR] [--runs N] [--verbose] [QUERY …]
 *
 * Each query, `--runs` times (default 3), each run in a fresh browser context (empty cache), in two
 * ways of coming to the search:
 * - cold: /search/ opened directly (a bookmark, a shared link): the page and the search both load;
 * - from a document: /documents/pt-001/ read first, then the header's «Поиск» link followed. The
 *   server lets the browser cache the fingerprinted files under /_astro/ (fonts, styles, scripts),
 *   as a host should; only what comes after the click is counted.
 * Then: wait until the form is ready, click the search field, type the query (`KEY_MS` a key), press
 * Enter, wait until the results are on screen (`data-rendered` of the results region).
 * - bytes: every response from the navigation to the first results, as the Chrome DevTools
 *   protocol counts them on the wire (`Network.loadingFinished`, headers included; cache hits are
 *   not counted). The test server does not compress, so `gzip` estimates what a compressing host
 *   sends: text files (HTML, CSS, JS, JSON) gzipped at level 6, the rest as is (Pagefind's index
 *   files are compressed already). Split into
 *   - page: the search page itself (HTML, CSS, fonts, its scripts), what any visit to it costs;
 *   - search: what the query costs: Pagefind (`/pagefind/…`: its script, WebAssembly, metadata,
 *     index chunks) and the search page's own files under `/search/` (`cards/`: their index with the
 *     filter counts, the page ends and one card per result shown; `words/`: the query words' lists;
 *     `parties.json` for a query of two words or more).
 * - time: from the Enter key to the results rendered, measured in the page (performance.now());
 *   and from the navigation to the form ready. Medians of the runs.
 * Targets: under 150 KB for the first query (compressed: arriving from a page of the edition) and
 * under 300 ms.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

/**
 * The query is typed a key every so many milliseconds (a fast typist): the page loads Pagefind when
 * the field is clicked, so a reader typing has it by the last key; a query pasted and sent at once
 * waits for that loading too (docs/search.md).
 */
const KEY_MS = 60;
const BUDGET_BYTES = 150 * 1024;
const BUDGET_MS = 300;
/** Typical first queries: names, a place, a body, a political term. */
const DEFAULT_QUERIES = ['Зиновьев', 'оппозиция', 'Алма-Ата', 'Коминтерн', 'платформа'];

const { values, positionals } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    /** Also list every response of the first run of each query. */
    verbose: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const dist = resolve(values.dist);
const runs = Math.max(1, Number(values.runs) || 3);
if (!existsSync(join(dist, 'search', 'index.html')) || !existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`search-bench: ${dist}/search/index.html or ${dist}/pagefind/ not found: run \`npm run build\` first`);
  process.exit(1);
}

const TEXT = /^(text\/|application\/(javascript|json|xml))/;

/** What a compressing host would send for a response: gzip of a text file, the file itself otherwise. */
const gzipCache = new Map<string, number>();
async function gzipEstimate(urlPath: string, mime: string, wire: number): Promise<number> {
  const key = `${urlPath} ${mime}`;
  const known = gzipCache.get(key);
  if (known !== undefined) return known;
  const path = decodeURIComponent(urlPath);
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  let size = wire;
  try {
    const body = await readFile(file);
    size = TEXT.test(mime) ? gzipSync(body, { level: 6 }).byteLength : body.byteLength;
  } catch {
    // Not a file of dist/ (a 404 page, a redirect): count what came over the wire.
  }
  gzipCache.set(key, size);
  return size;
}

type Part = 'page' | 'search';

interface Run {
  results: number;
  wire: Record<Part, number>;
  gzip: Record<Part, number>;
  requests: Record<Part, number>;
  /** Enter → results rendered. */
  searchMs: number;
  /** Navigation → form ready. */
  readyMs: number;
  files: { path: string; wire: number; gzip: number }[];
}

/** Which part a response belongs to (see the header). */
function partOf(path: string): Part {
  return path.startsWith('/pagefind/') || (path.startsWith('/search/') && path !== '/search/') ? 'search' : 'page';
}

/** Where a run starts: null for /search/ opened directly, else a page whose «Поиск» link is followed. */
type Start = string | null;

const FROM_DOCUMENT = '/documents/pt-001/';

async function measure(browser: Browser, base: string, query: string, from: Start): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const responses = new Map<string, { url: string; mime: string; cached: boolean }>();
  let finished: { url: string; mime: string; bytes: number }[] = [];
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, { url: e.response.url, mime: e.response.mimeType, cached: e.response.fromDiskCache === true }),
  );
  const fromCache = new Set<string>();
  cdp.on('Network.requestServedFromCache', (e) => fromCache.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    // A file the browser had (memory or disk cache) transfers nothing.
    if (r && !r.cached && !fromCache.has(e.requestId) && e.encodedDataLength > 0) finished.push({ ...r, bytes: e.encodedDataLength });
  });

  let navigated: number;
  if (from === null) {
    navigated = 0;
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
  } else {
    await page.goto(base + from, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    finished = [];
    const link = page.locator('header a[href="/search/"]').first();
    await Promise.all([page.waitForURL(`${base}/search/`), link.click()]);
    navigated = await page.evaluate(() => performance.timeOrigin);
  }
  await page.locator('#search-form[data-ready]').waitFor();
  const readyMs = from === null ? await page.evaluate(() => performance.now()) : await page.evaluate((t) => performance.timeOrigin + performance.now() - t, navigated);
  await page.evaluate(() => {
    const bench: { submit?: number; rendered?: number } = {};
    (window as unknown as { __bench: typeof bench }).__bench = bench;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter') bench.submit = performance.now();
      },
      { capture: true },
    );
    const region = document.getElementById('search-results')!;
    new MutationObserver(() => {
      if (region.dataset['rendered'] && bench.rendered === undefined) bench.rendered = performance.now();
    }).observe(region, { attributes: true, attributeFilter: ['data-rendered'] });
  });
  await page.locator('#search-q').click();
  await page.keyboard.type(query, { delay: KEY_MS });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __bench: { rendered?: number } }).__bench.rendered !== undefined);
  const { submit, rendered } = await page.evaluate(() => (window as unknown as { __bench: { submit: number; rendered: number } }).__bench);
  const results = await page.locator('#search-list > li').count();
  const status = await page.locator('#search-status').innerText();

  const run: Run = {
    results: Number(/(\d+)/.exec(status)?.[1] ?? results),
    wire: { page: 0, search: 0 },
    gzip: { page: 0, search: 0 },
    requests: { page: 0, search: 0 },
    searchMs: rendered - submit,
    readyMs,
    files: [],
  };
  for (const f of finished) {
    const path = new URL(f.url).pathname;
    const part = partOf(path);
    const gzip = await gzipEstimate(path, f.mime, f.bytes);
    run.wire[part] += f.bytes;
    run.gzip[part] += gzip;
    run.requests[part] += 1;
    run.files.push({ path, wire: f.bytes, gzip });
  }
  await context.close();
  return run;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (n: number): string => (n / 1024).toFixed(1);

const queries = positionals.length > 0 ? positionals : DEFAULT_QUERIES;
const server = await serveStatic(dist, { cacheAssets: true });
const browser = await launchChromium();
const rows: string[][] = [];
let over = 0;
try {
  for (const query of queries) {
    const cold: Run[] = [];
    const warm: Run[] = [];
    for (let i = 0; i < runs; i++) {
      cold.push(await measure(browser, server.url, query, null));
      warm.push(await measure(browser, server.url, query, FROM_DOCUMENT));
    }
    // Bytes are the same from run to run (same files); the first run is reported.
    const c = cold[0]!;
    const w = warm[0]!;
    if (values.verbose) {
      for (const [label, r] of [['cold', c], ['from a document', w]] as const) {
        console.log(`«${query}», ${label}: ${r.files.length} responses (wire KB, gzip KB)`);
        for (const f of r.files) console.log(`  ${kb(f.wire).padStart(6)} ${kb(f.gzip).padStart(6)}  ${f.path}`);
      }
    }
    const warmTotal = w.gzip.page + w.gzip.search;
    const ms = median([...cold, ...warm].map((m) => m.searchMs));
    const ok = warmTotal < BUDGET_BYTES && ms < BUDGET_MS;
    if (!ok) over++;
    rows.push([
      `«${query}»`,
      String(c.results),
      kb(c.gzip.search),
      kb(c.gzip.page),
      kb(c.gzip.page + c.gzip.search),
      kb(c.wire.page + c.wire.search),
      kb(w.gzip.page),
      kb(warmTotal),
      ms.toFixed(0),
      median(cold.map((m) => m.readyMs)).toFixed(0),
      median(warm.map((m) => m.readyMs)).toFixed(0),
      ok ? 'ok' : 'over',
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

const header = [
  'query',
  'results',
  'search KB',
  'cold: page KB',
  'cold: total KB',
  'cold: wire KB',
  'from a document: page KB',
  'from a document: total KB',
  'Enter→results ms',
  'cold: ready ms',
  'from a document: ready ms',
  `< ${BUDGET_BYTES / 1024} KB, < ${BUDGET_MS} ms`,
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((l) => l[i]!.length)));
const format = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`First search in Chromium, ${runs} run(s) per query and way in, each in a fresh context; KB = 1024 bytes, gzip-estimated`);
console.log('unless «wire» (the uncompressed test server); search = Pagefind + result cards; times: medians.');
console.log(format(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const l of rows) console.log(format(l));
if (over > 0) console.log(`${over} of ${rows.length} queries over the targets (bytes from a document, time).`);
