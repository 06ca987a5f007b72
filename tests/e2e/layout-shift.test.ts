/**
 * The font swap does not move the page: Cumulative Layout Shift in Chromium, on a first visit whose
 * web fonts arrive late (every woff2 response held back by FONT_DELAY_MS, so the text is first drawn
 * in the local fallback faces of fallbacks.css and redrawn in PT Serif and PT Sans).
 *
 * CLS here is the sum of every `layout-shift` entry without recent input (PerformanceObserver,
 * `buffered: true`, installed before the page's own scripts), from the navigation until both web
 * fonts have loaded and the page has been still for a moment: stricter than Chrome's CLS, which
 * keeps only the worst window of shifts. Budget: 0.02.
 *
 * A control run serves the same pages with the fallback faces taken out of the style sheet (the
 * text then falls back to the plain local fonts, as before they were added) and expects the swap to
 * shift the page well past the budget: the measurement sees what it is meant to see.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { chromiumPages, NO_BROWSER } from './browser.ts';

const base = inject('baseUrl');

const CLS_BUDGET = 0.02;
/** How long each font response is held back: well past the swap period's start, so the swap happens. */
const FONT_DELAY_MS = 1200;

const PAGES: [string, string][] = [
  ['home', urls.home()],
  // A long document: a table, the apparatus, many notes.
  ['long document', urls.document('pt-215')],
  ['search', urls.search()],
];

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

interface Measured {
  cls: number;
  /** Font faces loaded by the end: the web fonts and the local fallback faces that drew the first frames. */
  loaded: string[];
  /** Whether PT Serif was still loading when the page's content was parsed (the fallback was on screen). */
  swapped: boolean;
}

async function delayFonts(context: BrowserContext): Promise<void> {
  await context.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
    await route.continue();
  });
}

/**
 * Serves the site's style sheets without the fallback faces: their @font-face rules are renamed, so
 * the names in the font stacks no longer match and the text falls through to the plain local fonts.
 */
async function withoutFallbackFaces(context: BrowserContext): Promise<void> {
  await context.route(/\/_astro\/.*\.css$/, async (route) => {
    const response = await route.fetch();
    const css = (await response.text()).replace(/font-family:\s*(['"]?)PT (Serif|Sans) Fallback/g, 'font-family:$1Absent $2 Fallback');
    await route.fulfill({ response, body: css });
  });
}

async function measure(page: Page, path: string): Promise<Measured> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[]; __swapped: boolean };
    w.__shifts = [];
    w.__swapped = false;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.__swapped = [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'PT Serif' && f.status !== 'loaded');
    });
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.fonts.check('16px "PT Serif"') && document.fonts.check('16px "PT Sans"') && document.fonts.status === 'loaded');
  // Shifts are reported after the frame that makes them: let a few frames pass.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: number[]; __swapped: boolean };
    return {
      cls: w.__shifts.reduce((a, b) => a + b, 0),
      loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      swapped: w.__swapped,
    };
  });
}

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the layout-shift tests are skipped');

for (const viewport of VIEWPORTS) {
  describe.skipIf(NO_BROWSER)(`layout shift from the font swap, ${viewport.name} ${viewport.width} px`, () => {
    const newPage = chromiumPages({ width: viewport.width, height: viewport.height }, `layout-shift ${viewport.name}`);

    for (const [name, path] of PAGES) {
      it(`${name} (${path}): CLS ≤ ${CLS_BUDGET} while the web fonts arrive ${FONT_DELAY_MS} ms late`, async () => {
        const page = await newPage();
        await delayFonts(page.context());
        const m = await measure(page, path);
        await page.context().close();
        expect(m.swapped, 'the page was drawn before PT Serif arrived').toBe(true);
        expect(m.loaded).toEqual(expect.arrayContaining(['PT Serif', 'PT Sans']));
        // The first frames were drawn in a metric-matched local face (on Debian: DejaVu, or Liberation when installed).
        expect(m.loaded.some((f) => f.startsWith('PT Serif Fallback')), `fallback faces used: ${m.loaded.join(', ')}`).toBe(true);
        expect(m.cls, `CLS of ${path}`).toBeLessThanOrEqual(CLS_BUDGET);
      });
    }
  });
}

describe.skipIf(NO_BROWSER)('layout shift: the control without fallback faces', () => {
  const newPage = chromiumPages({ width: 390, height: 844 }, 'layout-shift control');

  it('the home page on a phone shifts past the budget when the swap goes from unmatched local fonts', async () => {
    const page = await newPage();
    await delayFonts(page.context());
    await withoutFallbackFaces(page.context());
    const m = await measure(page, urls.home());
    await page.context().close();
    expect(m.swapped).toBe(true);
    expect(m.loaded.filter((f) => f.startsWith('PT Serif Fallback') || f.startsWith('PT Sans Fallback'))).toEqual([]);
    expect(m.cls).toBeGreaterThan(5 * CLS_BUDGET);
  });
});
