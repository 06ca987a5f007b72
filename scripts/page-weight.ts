/**
 * Benchmark (not a test): what a first visit to a page of the built site downloads, compressed.
 * Run after `npm run build`: npm run bench:site [-- --dist DIR] [PATH …]
 *
 * For each page (by default /documents/pt-012/, /documents/pt-001/, part 1 and part 2 of the long
 * /documents/pt-215/, and /) it sums the gzip sizes (node:zlib, level 9) of
 * - the HTML;
 * - every stylesheet of `<link rel="stylesheet">` (inline `<style>` is part of the HTML);
 * - every external script of `<script src>` (shown apart);
 * - the fonts: every file preloaded with `<link rel="preload" as="font">`, and every @font-face file of
 *   those stylesheets whose unicode-range meets a character of the page's text (tags stripped; a face
 *   without unicode-range counts). It does not work out which family each element uses: both families
 *   are used on every page, so this is what a browser fetches. A font inlined as a data: URL is already
 *   part of its stylesheet.
 * Each file counts once per page (scripts/lib/page-weight.ts). The budget is 50 KB for HTML + CSS + fonts;
 * tests/site/page-weight.test.ts holds every built page to it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGET, firstVisit, weighPage } from './lib/page-weight.ts';

const DEFAULT_PAGES = ['/documents/pt-012/', '/documents/pt-001/', '/documents/pt-215/', '/documents/pt-215/2/', '/'];

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' } },
  allowPositionals: true,
});
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`page-weight: ${dist}/index.html not found: run \`npm run build\` first`);
  process.exit(1);
}

const pages = positionals.length > 0 ? positionals : DEFAULT_PAGES;
const rows = await Promise.all(pages.map((page) => weighPage(dist, page)));
const kb = (n: number): string => (n / 1024).toFixed(1);
const header = ['page', 'HTML', 'CSS', 'fonts (files)', 'HTML+CSS+fonts', 'JS', 'budget 50 KB'];
const lines = rows.map((r) => {
  const total = firstVisit(r);
  return [r.page, kb(r.html), kb(r.css), `${kb(r.fonts)} (${r.fontFiles})`, kb(total), kb(r.js), total <= BUDGET ? 'ok' : 'over'];
});
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const format = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log('gzip -9 sizes in KB (1 KB = 1024 bytes), first visit, from ' + dist);
console.log(format(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const l of lines) console.log(format(l));
