/**
 * Reading the edition in a real Chromium: following links between a document, its author and
 * its archive file, footnotes and their back-links, the skip link from the keyboard, axe on one
 * page of each type, and the document page with JavaScript off.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { noteAnchors } from '../../src/lib/render/note-anchors.ts';
import { urls } from '../../src/lib/ids/urls.ts';
import { PAGE_SIZE } from '../../src/lib/site/pagination.ts';
import { documents, edtfStart } from '../site/site-data.ts';
import { chromiumPages, NO_BROWSER } from './browser.ts';

const base = inject('baseUrl');

/** The reading path starts at document № 12 of the collection: an author, an archive legend, a footnote. */
const doc = documents.find((d) => d.id === 'pt-012');
if (!doc) throw new Error('data/documents.json has no pt-012; choose another document for the reading tests');
const author = doc.authors.find((a) => a.id !== null);
const legend = doc.legend;
if (!author?.id || !legend?.archive || !legend.fond || !legend.opis || !legend.delo)
  throw new Error('pt-012 lost its author id or its archive reference; choose another document for the reading tests');
const anchors = noteAnchors(doc.blocks, doc.notes);
const noteIndex = doc.notes.findIndex((_, i) => anchors.referenced.has(anchors.notes[i] ?? ''));
const note = doc.notes[noteIndex];
const noteAnchor = anchors.notes[noteIndex];
if (!note || !noteAnchor) throw new Error('pt-012 has no footnote with a marker in the text; choose another document');

const docUrl = urls.document(doc.id);
const authorUrl = urls.person(author.id);
const deloUrl = urls.delo(legend.archive, legend.fond, legend.opis, legend.delo);
const start = edtfStart(doc.date.edtf) ?? '1923-10';
const firstParagraph = doc.blocks.find((b) => b.kind === 'paragraph')?.text ?? doc.blocks[0]?.text ?? '';

/** One page of each type, for axe and the keyboard. */
const PAGE_TYPES: [string, string][] = [
  ['home', urls.home()],
  ['document', docUrl],
  // A long text with sections, a table of contents and theses (the 1931 platform).
  ['text with contents', urls.document('bo-001')],
  ['all documents', urls.documents()],
  ['person', authorUrl],
  ['person index', urls.persons()],
  ['dates index', urls.dates()],
  ['date year', urls.year(start.slice(0, 4))],
  ['date month', urls.month(start.slice(0, 7))],
  ['undated', urls.undated()],
  ['archive index', urls.archives()],
  ['archive delo', deloUrl],
  ['genre index', urls.genres()],
  ['genre', urls.genre(doc.genre ?? 'письмо')],
  ['source index', urls.sources()],
  ['source', urls.source(doc.source)],
  ['studies index', urls.studies()],
  ['study with footnotes and restored capitals', urls.study('ks-article')],
  ['study with unresolved references', urls.study('is-article')],
  ['about', urls.about()],
  ['data', urls.dataPage()],
  ['search', urls.search()],
];

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 8).map((n) => {
        const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        return `    at ${n.target.join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 200)}\n      ${summary}`;
      });
      const more = v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more elements`] : [];
      return [`  ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/** Opens a path and fails with its status when the page is missing. */
async function open(page: Page, path: string): Promise<void> {
  const res = await page.goto(base + path, { waitUntil: 'load' });
  const status = res?.status() ?? 0;
  if (status !== 200) throw new Error(`GET ${path}: HTTP ${status} (page missing)`);
}

const hash = (page: Page): string => decodeURIComponent(new URL(page.url()).hash);
const targetId = (page: Page): Promise<string | null> => page.evaluate(() => document.querySelector(':target')?.id ?? null);
/** Whether the element comes into the viewport within a second (scrolling may be smooth). */
const inViewport = (page: Page, selector: string): Promise<boolean> =>
  page
    .waitForFunction(
      (sel) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        return !!r && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
      },
      selector,
      { timeout: 1_000 },
    )
    .then(
      () => true,
      () => false,
    );

const cssId = (id: string): string => `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the browser tests are skipped');

describe.skipIf(NO_BROWSER)(`reading in Chromium (document ${doc.id}, № ${doc.number})`, () => {
  const newPage = chromiumPages({ width: 1024, height: 640 }, 'reading');

  it(`follows the author link to ${authorUrl} and back`, async () => {
    const page = await newPage();
    await open(page, docUrl);
    const link = page.locator(`main a[href="${authorUrl}"]`).first();
    expect(await link.count(), `a link to ${authorUrl} in <main> of ${docUrl}`).toBe(1);
    await link.click();
    await page.waitForURL(base + authorUrl);
    expect(await page.locator('h1').innerText(), `<h1> of ${authorUrl}`).toContain(author.name.split(' ')[0] ?? author.name);
    expect(await page.locator(`main a[href="${docUrl}"]`).count(), `${authorUrl} lists ${docUrl}`).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForURL(base + docUrl);
    expect(await page.locator('h1').innerText()).toContain(`№ ${doc.number}`);
    await page.context().close();
  });

  it(`follows the legend link to the archive file ${deloUrl}`, async () => {
    const page = await newPage();
    await open(page, docUrl);
    const link = page.locator(`main a[href="${deloUrl}"]`).first();
    expect(await link.count(), `a link to ${deloUrl} in <main> of ${docUrl} (legend «${legend.text}»)`).toBe(1);
    await link.click();
    await page.waitForURL(base + deloUrl);
    expect(await page.locator(`main a[href="${docUrl}"]`).count(), `${deloUrl} lists ${docUrl}`).toBeGreaterThan(0);
    await page.context().close();
  });

  it(`moves between footnote marker ${note.n} and its note`, async () => {
    const page = await newPage({ viewport: { width: 800, height: 400 } });
    await open(page, docUrl);
    const marker = page.locator(`main a[href="#note-${noteAnchor}"]`).first();
    expect(await marker.count(), `a marker linking #note-${noteAnchor}`).toBe(1);
    const markerId = await marker.getAttribute('id');
    expect(markerId, 'the marker has an id for the back-link').toBe(`ref-${noteAnchor}`);

    await marker.click();
    await page.waitForFunction((h) => location.hash === h, `#note-${noteAnchor}`);
    expect(hash(page)).toBe(`#note-${noteAnchor}`);
    expect(await targetId(page), ':target after following the marker').toBe(`note-${noteAnchor}`);
    expect(await inViewport(page, cssId(`note-${noteAnchor}`)), 'the note is scrolled into view').toBe(true);
    expect(await page.locator(cssId(`note-${noteAnchor}`)).innerText()).toContain(note.text);

    const back = page.locator(`${cssId(`note-${noteAnchor}`)} a[href="#ref-${noteAnchor}"]`);
    expect(await back.count(), `a back-link from the note to #ref-${noteAnchor}`).toBe(1);
    await back.click();
    await page.waitForFunction((h) => location.hash === h, `#ref-${noteAnchor}`);
    expect(await targetId(page), ':target after the back-link').toBe(`ref-${noteAnchor}`);
    expect(await inViewport(page, cssId(`ref-${noteAnchor}`)), 'the marker is scrolled into view').toBe(true);
    await page.context().close();
  });

  it('reaches the skip link with the first Tab and moves focus into <main> with it', async () => {
    const page = await newPage();
    await open(page, docUrl);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el?.getBoundingClientRect();
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        href: el?.getAttribute('href') ?? null,
        text: el?.textContent?.trim() ?? '',
        visible: !!r && r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
      };
    });
    expect(first.tag, `first Tab focuses <${first.tag} href="${first.href}">${first.text}`).toBe('a');
    const mainId = await page.evaluate(() => document.querySelector('main')?.id ?? '');
    expect(mainId, '<main> has an id for the skip link').not.toBe('');
    expect(first.href, 'the first Tab stop is the skip link to <main>').toBe(`#${mainId}`);
    expect(first.visible, 'the focused skip link is visible on screen').toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, `#${mainId}`);
    const focusInMain = () => page.evaluate(() => !!document.querySelector('main')?.contains(document.activeElement));
    if (!(await focusInMain())) {
      // <main> without tabindex only moves the focus start point; the next Tab must land inside it.
      await page.keyboard.press('Tab');
    }
    const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');
    expect(await focusInMain(), `after the skip link, focus is on ${where}`).toBe(true);
    await page.context().close();
  });

  // One load per page for three checks: the first Tab stop, axe, errors while loading.
  it.concurrent.each(PAGE_TYPES)('%s page %s: skip link first, no axe violations (WCAG 2.2 AA), no console errors', async (_type, path) => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url().replace(base, '')}`);
    });
    await open(page, path);
    const report: string[] = [];

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      href: document.activeElement?.getAttribute('href') ?? null,
      html: document.activeElement?.outerHTML.slice(0, 120) ?? '',
      main: document.querySelector('main')?.id ?? '',
    }));
    if (!first.main) report.push(`<main> has no id for the skip link on ${path}`);
    else if (first.href !== `#${first.main}`) report.push(`first Tab on ${path} focuses ${first.html}, not the skip link to #${first.main}`);
    // The focused skip link is shown over the header; axe measures the page at rest.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    if (results.violations.length > 0)
      report.push(`${results.violations.length} axe violations on ${path}:\n${formatViolations(results.violations)}`);
    if (errors.length > 0) report.push(`${errors.length} errors while loading ${path}:\n  ${errors.join('\n  ')}`);
    await page.context().close();
    if (report.length > 0) throw new Error(report.join('\n'));
  });

  it.each([
    ['home', urls.home()],
    ['document', docUrl],
    ['text with contents', urls.document('bo-001')],
  ])('%s page %s: enough contrast in the dark colour scheme', async (_type, path) => {
    const page = await newPage({ colorScheme: 'dark' });
    await open(page, path);
    // Chromium paints a transparent root with the dark Canvas colour, but axe takes a
    // transparent page for white: make the painted colour explicit before measuring.
    await page.evaluate(() => {
      const root = document.documentElement;
      const transparent = (el: Element) => getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)';
      if (transparent(root) && transparent(document.body)) root.style.backgroundColor = 'Canvas';
    });
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    await page.context().close();
    if (results.violations.length > 0) throw new Error(`dark scheme, ${path}:\n${formatViolations(results.violations)}`);
  });

  describe('with JavaScript disabled', () => {
    it(`shows the text and the notes of ${docUrl}, and the markers work`, async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await open(page, docUrl);
      const main = await page.locator('main').innerText();
      expect(main.replace(/\s+/g, ' '), 'the text of the document').toContain(firstParagraph.replace(/\s+/g, ' ').slice(0, 80));
      for (const n of doc.notes) expect(main.replace(/\s+/g, ' '), `note ${n.n}`).toContain(n.text.replace(/\s+/g, ' ').slice(0, 60));
      expect(await page.locator(cssId(`note-${noteAnchor}`)).isVisible(), `#note-${noteAnchor} is visible`).toBe(true);
      await page.locator(`main a[href="#note-${noteAnchor}"]`).first().click();
      expect(hash(page)).toBe(`#note-${noteAnchor}`);
      await page.context().close();
    });

    it(`lists every document on ${urls.documents()} and the pages after it (${documents.length})`, async () => {
      const page = await newPage({ javaScriptEnabled: false });
      const hrefs = new Set<string | null>();
      const visited: string[] = [];
      // Page by page through the pager's rel="next", as a reader without JavaScript would.
      for (let next: string | null = urls.documents(); next !== null && !visited.includes(next); ) {
        visited.push(next);
        await open(page, next);
        for (const href of await page.locator('main a[href^="/documents/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) hrefs.add(href);
        const link = page.locator('main a[rel="next"]');
        next = (await link.count()) > 0 ? await link.first().getAttribute('href') : null;
      }
      expect(visited.length, `pages of ${urls.documents()}`).toBe(Math.ceil(documents.length / PAGE_SIZE));
      const missing = documents.map((d) => d.url).filter((u) => !hrefs.has(u));
      expect(missing, `${missing.length} of ${documents.length} documents not linked without JavaScript`).toEqual([]);
      await page.context().close();
    });

    it('shows links into the edition on the home page', async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await open(page, urls.home());
      expect(await page.locator('main a[href^="/"]').count(), 'internal links in <main> of /').toBeGreaterThan(0);
      await page.context().close();
    });
  });
});
