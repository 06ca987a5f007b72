/**
 * Every built page within the first-visit budget: gzip -9 of its HTML, its stylesheets and the fonts it
 * preloads or uses, counted as `npm run bench:site` counts them (scripts/lib/page-weight.ts), at most
 * `PAGE_BUDGET` (50 KB). A long text is in parts and a long list in pages for this (src/lib/site/parts.ts,
 * pagination.ts). A failure names the heaviest pages.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET, firstVisit, weighPage, type Row } from '../../scripts/lib/page-weight.ts';
import { builtPages } from './crawl.ts';
import { distDir } from './site-data.ts';

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const line = (r: Row): string => `${r.page}: ${kb(firstVisit(r))} (HTML ${kb(r.html)}, CSS ${kb(r.css)}, fonts ${kb(r.fonts)} in ${r.fontFiles})`;

describe('first-visit weight', () => {
  it(`every page is at most ${kb(BUDGET)} (HTML + CSS + fonts, gzip -9)`, async () => {
    const pages = builtPages();
    // The long texts and lists this is about are among them.
    expect(pages).toEqual(expect.arrayContaining(['/documents/pt-215/', '/documents/pt-215/2/', '/sources/politburo-i-trotsky-1923-1932/page/2/']));
    const rows: Row[] = [];
    for (const page of pages) rows.push(await weighPage(distDir, page));
    rows.sort((a, b) => firstVisit(b) - firstVisit(a));
    const over = rows.filter((r) => firstVisit(r) > BUDGET).map(line);
    expect(over, `heaviest: ${rows.slice(0, 5).map(line).join('; ')}`).toEqual([]);
  }, 120_000);
});
