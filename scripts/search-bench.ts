/**
 * Benchmark (not a test): the first search on /search/, as a reader does it, in Chromium.
 * Run after `npm run build`: npm run bench:search [-- --dist DIR] [--runs N] [QUERY …]
 *
 * For each query, in a fresh browser context (empty cache), `--runs` times (default 3):
 * open /search/, wait until the form is ready (Pagefind and its filters loaded), type the query and
 * press Enter, wait until the results are on screen (`data-rendered` of the results region).
 * - bytes: every response from the page load to the first results rendered, as the Chrome DevTools
 *   protocol counts them on the wire (`Network.loadingFinished`, headers included). The test server
 *   does not compress, so a `gzip` column estimates what a compressing host sends: text files
 *   (HTML, CSS, JS, JSON) gzipped at level 6, the rest as is (Pagefind's index files are
 *   compressed already). Each is split into the page (HTML, CSS, fonts, the page's script) and
 *   Pagefind (`/pagefind/…`: its script, WebAssembly, metadata, filters, index chunks, fragments).
 * - time: from the Enter key to the results rendered, measured in the page (performance.now()).
 *   The median of the runs is shown.
 * Targets: under 150 KB for the first query (compressed) and under 300 ms.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

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

interface Run {
  results: number;
  wire: { page: number; pagefind: number };
  gzip: { page: number; pagefind: number };
  requests: { page: number; pagefind: number };
  /** Enter → results rendered. */
  searchMs: number;
  /** Navigation start → form ready. */
  readyMs: number;
  files: { path: string; wire: number; gzip: number }[];
}

async function measure(browser: Browser, base: string, query: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { url: string; mime: string }>();
  const finished: { url: string; mime: string; bytes: number }[] = [];
  cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, { url: e.response.url, mime: e.response.mimeType }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (r) finished.push({ ...r, bytes: e.encodedDataLength });
  });

  await page.goto(`${base}/search/`, { waitUntil: 'load' });
  await page.locator('#search-form[data-ready]').waitFor();
  const readyMs = await page.evaluate(() => performance.now());
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
  await page.locator('#search-q').fill(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { __bench: { rendered?: number } }).__bench.rendered !== undefined);
  const { submit, rendered } = await page.evaluate(() => (window as unknown as { __bench: { submit: number; rendered: number } }).__bench);
  const results = await page.locator('#search-list > li').count();
  const status = await page.locator('#search-status').innerText();

  const run: Run = {
    results: Number(/(\d+)/.exec(status)?.[1] ?? results),
    wire: { page: 0, pagefind: 0 },
    gzip: { page: 0, pagefind: 0 },
    requests: { page: 0, pagefind: 0 },
    searchMs: rendered - submit,
    readyMs,
    files: [],
  };
  for (const f of finished) {
    const path = new URL(f.url).pathname;
    const part = path.startsWith('/pagefind/') ? 'pagefind' : 'page';
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
const server = await serveStatic(dist);
const browser = await launchChromium();
const rows: string[][] = [];
let over = 0;
try {
  for (const query of queries) {
    const measured: Run[] = [];
    for (let i = 0; i < runs; i++) measured.push(await measure(browser, server.url, query));
    // Bytes are the same from run to run (same files); the first run is reported.
    const r = measured[0]!;
    if (values.verbose) {
      console.log(`«${query}»: ${r.files.length} responses (wire KB, gzip KB)`);
      for (const f of r.files) console.log(`  ${kb(f.wire).padStart(6)} ${kb(f.gzip).padStart(6)}  ${f.path}`);
    }
    const gzipTotal = r.gzip.page + r.gzip.pagefind;
    const ms = median(measured.map((m) => m.searchMs));
    const ok = gzipTotal < BUDGET_BYTES && ms < BUDGET_MS;
    if (!ok) over++;
    rows.push([
      `«${query}»`,
      String(r.results),
      `${r.requests.page}+${r.requests.pagefind}`,
      kb(r.wire.page + r.wire.pagefind),
      kb(r.wire.pagefind),
      kb(gzipTotal),
      kb(r.gzip.pagefind),
      ms.toFixed(0),
      median(measured.map((m) => m.readyMs)).toFixed(0),
      ok ? 'ok' : 'over',
    ]);
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['query', 'results', 'requests page+pf', 'wire KB', 'of it Pagefind', 'gzip KB', 'of it Pagefind', 'Enter→results ms', 'load→ready ms', `< ${BUDGET_BYTES / 1024} KB gzip, < ${BUDGET_MS} ms`];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((l) => l[i]!.length)));
const format = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(`First search on /search/ in Chromium, ${runs} run(s) per query in a fresh context; KB = 1024 bytes; times: median.`);
console.log('wire: as served by the uncompressed test server; gzip: estimated for a host that compresses text.');
console.log(format(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const l of rows) console.log(format(l));
if (over > 0) console.log(`${over} of ${rows.length} queries over the targets.`);
