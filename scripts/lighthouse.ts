/**
 * Benchmark (not a test): Lighthouse's four category scores for a few pages of the built site.
 * Run after `npm run build`: npm run bench:lighthouse [-- --dist DIR] [--keep DIR] [PATH …]
 *
 * Serves dist/ as a host would (scripts/lib/static-server.ts: fingerprinted files cached for a year,
 * text gzipped) and runs Lighthouse 12.2.3 (`npx -y lighthouse@12.2.3`, fetched from the npm registry
 * on first use, not a dependency of the edition) on each page with Debian's Chromium (CHROME_PATH,
 * default /usr/bin/chromium, `--headless=new --no-sandbox`), its default mobile emulation and
 * simulated throttling. Prints Performance, Accessibility, Best Practices and SEO per page, the page's
 * LCP, CLS and TBT, and every scored audit that is not passed, so what keeps a category from 100 is
 * in front of you. `--keep DIR` also writes each full JSON report there.
 *
 * By default: the home page, a long document (/documents/pt-215/) and /search/.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const DEFAULT_PAGES = ['/', '/documents/pt-215/', '/search/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values, positionals } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    keep: { type: 'string' },
  },
  allowPositionals: true,
});
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`lighthouse: ${dist}/index.html not found: run \`npm run build\` first`);
  process.exit(1);
}
const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`lighthouse: Chromium not found at ${chrome} (apt-get install chromium, or set CHROME_PATH)`);
  process.exit(1);
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

const run = promisify(execFile);
const out = values.keep ? resolve(values.keep) : await mkdtemp(join(tmpdir(), 'edition-lighthouse-'));
await mkdir(out, { recursive: true });
const server = await serveStatic(dist, { cacheAssets: true, compress: true });

const rows: string[][] = [];
const problems: string[] = [];
try {
  for (const path of positionals.length > 0 ? positionals : DEFAULT_PAGES) {
    const file = join(out, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.json`);
    // One more try when Chromium dies under Lighthouse («Target closed»), which a busy machine sometimes sees.
    const lighthouse = (): ReturnType<typeof run> =>
      run(
        'npx',
        [
          '-y',
          LIGHTHOUSE,
          `${server.url}${path}`,
          '--output=json',
          `--output-path=${file}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox',
          `--only-categories=${CATEGORIES.join(',')}`,
        ],
        // SIGINT: Lighthouse closes its Chromium on it.
        {
          env: { ...process.env, CHROME_PATH: chrome },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 240_000,
          killSignal: 'SIGINT',
        },
      );
    await lighthouse().catch((error: unknown) => {
      console.warn(`lighthouse: ${path}: ${String(error).split('\n')[0]}; trying once more`);
      return lighthouse();
    });
    const report = JSON.parse(await readFile(file, 'utf8')) as Report;
    if (report.runtimeError) throw new Error(`${path}: ${report.runtimeError.message}`);
    const score = (c: string): string => {
      const s = report.categories[c]?.score;
      return s === null || s === undefined ? '–' : String(Math.round(s * 100));
    };
    const metric = (id: string): string => report.audits[id]?.displayValue ?? '–';
    rows.push([
      path,
      ...CATEGORIES.map(score),
      metric('largest-contentful-paint'),
      metric('cumulative-layout-shift'),
      metric('total-blocking-time'),
    ]);
    for (const c of CATEGORIES)
      for (const ref of report.categories[c]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        problems.push(
          `${path} ${c}: ${audit.title} (${audit.id}, score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}, weight ${ref.weight})`,
        );
      }
  }
} finally {
  await server.close();
  if (!values.keep) await rm(out, { recursive: true, force: true });
}

const header = ['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'LCP', 'CLS', 'TBT'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(
  `Lighthouse ${LIGHTHOUSE.split('@')[1]} (mobile, simulated throttling), Chromium at ${chrome}, site served gzipped from ${dist}`,
);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (problems.length > 0) {
  console.log('\nScored audits not passed:');
  for (const p of problems) console.log(`  ${p}`);
}
