/**
 * The search page in a real Chromium: typing a query, filters and a period, the search in the URL
 * (shared in a fresh page, Back and Forward), sorting by date without losing undated documents,
 * «Показать ещё», the highlighted terms on the document opened from a result, the `/` key,
 * keyboard-only use, axe with results shown, and the page without JavaScript.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/e2e/search.test.ts`.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { documents, edtfStart } from '../site/site-data.ts';
import { chromiumPages, NO_BROWSER } from './browser.ts';

const base = inject('baseUrl');
const searchUrl = urls.search();

/** The query of the flow: a name in many documents, titles and texts. */
const QUERY = 'Зиновьев';
const GENRE = 'письмо';
const FROM = '1926-01';
const TO = '1927-12';

const byId = new Map(documents.map((d) => [d.id, d]));
const idOf = (href: string): string => /\/documents\/([^/?#]+)\//.exec(href)?.[1] ?? href;
/** The text of a document as the reader sees it: title and paragraphs. */
const textOf = (id: string): string => {
  const d = byId.get(id);
  return d ? [d.title, ...d.blocks.map((b) => b.text)].join(' ') : '';
};

/** An undated document with words of its own to search for (the sort must keep it). */
const undated = documents.find((d) => d.date.edtf === null && d.genre !== null && !d.title.startsWith('['));
if (!undated) throw new Error('data/documents.json has no undated document with a title; choose another sort test');
const UNDATED_QUERY = undated.title.split(/\s+/).filter((w) => w.length > 6).slice(-2).join(' ');

/** Whether an EDTF date or interval touches the months from–to (`YYYY-MM`); a year alone spans its months. */
function touchesPeriod(edtf: string | null, from: string, to: string): boolean {
  const [startPart, endPart] = (edtf ?? '').split('/');
  const start = edtfStart(startPart ?? null);
  if (!start) return false;
  const end = endPart === '..' ? '9999-12' : (edtfStart(endPart ?? null) ?? start);
  const first = start.length >= 7 ? start.slice(0, 7) : `${start.slice(0, 4)}-01`;
  const last = end.length >= 7 ? end.slice(0, 7) : `${end.slice(0, 4)}-12`;
  return last >= from && first <= to;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The query string of a search as the page writes it (fixed parameter order). */
const params = (entries: [string, string][]): string => new URLSearchParams(entries).toString();

interface Shown {
  /** Document ids of the results on screen, in order. */
  ids: string[];
  /** The count in the status line. */
  total: number;
  status: string;
}

/** Waits until the results on screen belong to the search in the URL. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const region = document.getElementById('search-results');
    const list = document.getElementById('search-list');
    return (
      region?.dataset['rendered'] === new URLSearchParams(location.search).toString() &&
      list?.getAttribute('aria-busy') !== 'true'
    );
  });
}

async function shown(page: Page): Promise<Shown> {
  await settled(page);
  const hrefs = await page.locator('#search-list .search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const status = await page.locator('#search-status').innerText();
  const total = status.includes('Ничего не найдено') ? 0 : Number(/(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return { ids: hrefs.map(idOf), total, status };
}

/** Clicks «Показать ещё» until every result is on screen. */
async function showAll(page: Page): Promise<Shown> {
  // The results of the search in the URL first: before them, «Показать ещё» is not there yet.
  await settled(page);
  for (let i = 0; i < 50 && (await page.locator('#search-more').isVisible()); i++) {
    const before = await page.locator('#search-list > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, before);
  }
  return shown(page);
}

const search = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the search tests are skipped');

describe.skipIf(NO_BROWSER)('the search page in Chromium', () => {
  const newPage = chromiumPages({ width: 1024, height: 800 }, 'search');

  async function open(page: Page, path: string): Promise<void> {
    const res = await page.goto(base + path, { waitUntil: 'load' });
    if (res?.status() !== 200) throw new Error(`GET ${path}: HTTP ${res?.status() ?? 0}`);
    // The lists are filled from the index: the form is ready to use.
    await page.locator('#search-form[data-ready]').waitFor();
  }

  /** What the flow saw at each step, for the fresh page and the history. */
  const steps: { url: string; shown: Shown }[] = [];

  it(`types «${QUERY}», narrows to ${GENRE} in ${FROM}…${TO}, sorts by date; the URL follows; Back and Forward restore`, async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await open(page, searchUrl);
    const historyBefore = await page.evaluate(() => history.length);

    await page.locator('#search-q').pressSequentially(QUERY, { delay: 30 });
    await page.waitForURL((u) => u.searchParams.get('q') === QUERY);
    const typed = await shown(page);
    expect(typed.total, `results for «${QUERY}»: ${typed.status}`).toBeGreaterThan(10);
    expect(typed.ids).toHaveLength(10);
    expect(await page.evaluate(() => history.length), 'typing a word adds one history entry, not one per letter').toBe(historyBefore + 1);
    const excerptMarks = await page.locator('#search-list .search-result__excerpt mark').allInnerTexts();
    expect(excerptMarks.length, 'the excerpts mark the words found').toBeGreaterThan(0);
    for (const m of excerptMarks) expect(m.toLowerCase(), 'a marked word').toContain(QUERY.toLowerCase().slice(0, 6));
    // Results are shown from their cards (128 words each), not from the index's fragments
    // of whole pages; the filter lists come with the cards' index, not from Pagefind's filter files.
    expect(requested.filter((p) => p.startsWith('/search/cards/')).length, 'cards fetched').toBeGreaterThanOrEqual(10);
    expect(requested.filter((p) => /^\/pagefind\/(fragment|filter)\//.test(p)), 'fragments or filter files fetched').toEqual([]);
    const firstHref = await page.locator('#search-list .search-result__title a').first().getAttribute('href');
    expect(new URL(firstHref ?? '', base).searchParams.getAll('highlight'), 'result links carry the terms to highlight').toEqual([
      QUERY.toLowerCase(),
    ]);
    steps.push({ url: page.url(), shown: typed });

    await page.locator('#search-genre').selectOption(GENRE);
    await page.waitForURL((u) => u.searchParams.get('genre') === GENRE);
    const genre = await shown(page);
    expect(genre.total, genre.status).toBeGreaterThan(0);
    expect(genre.total).toBeLessThan(typed.total);
    for (const id of genre.ids) expect(byId.get(id)?.genre, `${id} in the results for genre ${GENRE}`).toBe(GENRE);
    steps.push({ url: page.url(), shown: genre });

    if (!(await page.locator('#search-from').isVisible()))
      throw new Error('the period lists are hidden: the index has no `month` filter (docs/search.md)');
    await page.locator('#search-from').selectOption(FROM);
    await page.waitForURL((u) => u.searchParams.get('from') === FROM);
    steps.push({ url: page.url(), shown: await shown(page) });
    await page.locator('#search-to').selectOption(TO);
    await page.waitForURL((u) => u.searchParams.get('to') === TO);
    const range = await showAll(page);
    expect(range.total, range.status).toBeGreaterThan(0);
    expect(range.total).toBeLessThan(genre.total);
    expect(range.ids).toHaveLength(range.total);
    for (const id of range.ids) {
      const edtf = byId.get(id)?.date.edtf ?? null;
      expect(touchesPeriod(edtf, FROM, TO), `${id} (${edtf}) in ${FROM}…${TO}`).toBe(true);
    }
    expect(search(page).toString()).toBe(params([['q', QUERY], ['genre', GENRE], ['from', FROM], ['to', TO]]));
    steps.push({ url: page.url(), shown: await shown(page) });

    await page.locator('#search-sort').selectOption('date-desc');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'date-desc');
    const sorted = await showAll(page);
    expect(sorted.total, 'sorting keeps every result').toBe(range.total);
    expect(new Set(sorted.ids)).toEqual(new Set(range.ids));
    const starts = sorted.ids.map((id) => edtfStart(byId.get(id)?.date.edtf ?? null) ?? '');
    expect(starts, 'newest first').toEqual([...starts].sort().reverse());
    steps.push({ url: page.url(), shown: await shown(page) });

    // Back through every step, form and results restored; then Forward once.
    for (let i = steps.length - 2; i >= 0; i--) {
      await page.goBack();
      const step = steps[i]!;
      expect(page.url(), `Back to step ${i}`).toBe(step.url);
      const s = await shown(page);
      expect(s.total, `count after Back to step ${i}`).toBe(step.shown.total);
      expect(s.ids, `results after Back to step ${i}`).toEqual(step.shown.ids.slice(0, 10));
      const p = new URL(step.url).searchParams;
      expect(await page.locator('#search-q').inputValue()).toBe(p.get('q') ?? '');
      expect(await page.locator('#search-genre').inputValue()).toBe(p.get('genre') ?? '');
      expect(await page.locator('#search-from').inputValue()).toBe(p.get('from') ?? '');
      expect(await page.locator('#search-to').inputValue()).toBe(p.get('to') ?? '');
      expect(await page.locator('#search-sort').inputValue()).toBe(p.get('sort') ?? 'relevance');
    }
    await page.goBack();
    expect(new URL(page.url()).search, 'Back before the first search: the empty page').toBe('');
    await settled(page);
    expect(await page.locator('#search-list > li').count()).toBe(0);
    await page.goForward();
    await page.goForward();
    expect(page.url()).toBe(steps[1]!.url);
    expect((await shown(page)).ids).toEqual(steps[1]!.shown.ids.slice(0, 10));
    await page.context().close();
  });

  it('shows the same results from Pagefind’s fragments when the result cards are missing', async () => {
    const url = `${searchUrl}?${params([['q', QUERY]])}`;
    const withCards = await newPage();
    await open(withCards, url);
    const expected = await shown(withCards);
    const excerpts = await withCards.locator('#search-list .search-result__excerpt').allInnerTexts();

    const page = await newPage();
    await page.route('**/search/cards/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await open(page, url);
    const fallback = await shown(page);
    expect(fallback.ids, 'the same results in the same order').toEqual(expected.ids);
    expect(fallback.total).toBe(expected.total);
    expect(fragments.length, 'results loaded from fragments').toBeGreaterThanOrEqual(expected.ids.length);
    expect(await page.locator('#search-genre option').count(), 'filter lists filled from Pagefind').toBeGreaterThan(2);
    const marks = await page.locator('#search-list .search-result__excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    // Both ways choose the excerpt by the densest run of matches (the fragments weigh them), so most agree.
    const fallbackExcerpts = await page.locator('#search-list .search-result__excerpt').allInnerTexts();
    expect(fallbackExcerpts).toHaveLength(excerpts.length);
    const same = fallbackExcerpts.filter((e, i) => e === excerpts[i]).length;
    expect(same, `excerpts alike:\n${excerpts.join('\n')}\n---\n${fallbackExcerpts.join('\n')}`).toBeGreaterThanOrEqual(excerpts.length / 2);
    const links = await page.locator('#search-list .search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const cardLinks = await withCards.locator('#search-list .search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links, 'the same links, with the same words to highlight').toEqual(cardLinks);

    // The card index loads but the cards do not: each result falls back on its own.
    const partial = await newPage();
    await partial.route(/\/search\/cards\/(?!index\.json)/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const pagefindFiles: string[] = [];
    partial.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefindFiles.push(new URL(r.url()).pathname);
    });
    await open(partial, url);
    expect((await shown(partial)).ids).toEqual(expected.ids);
    expect(pagefindFiles.filter((p) => p.startsWith('/pagefind/fragment/')).length).toBeGreaterThanOrEqual(expected.ids.length);
    expect(pagefindFiles.filter((p) => p.startsWith('/pagefind/filter/')), 'filter counts from the card index').toEqual([]);
    expect(await partial.locator('#search-list .search-result__excerpt').count()).toBe(excerpts.length);

    // A card index of another build of the Pagefind index (a stale copy on a host) is not used.
    const stale = await newPage();
    await stale.route('**/search/cards/index.json', async (route) => {
      const res = await route.fetch();
      const index = (await res.json()) as { pagefind: Record<string, string> };
      await route.fulfill({ response: res, json: { ...index, pagefind: { ru: 'ru_0000000000' } } });
    });
    const staleFiles: string[] = [];
    stale.on('request', (r) => staleFiles.push(new URL(r.url()).pathname));
    await open(stale, url);
    expect((await shown(stale)).ids).toEqual(expected.ids);
    expect(staleFiles.filter((p) => /^\/search\/cards\/(?!index\.json)/.test(p)), 'no cards of another build').toEqual([]);
    expect(staleFiles.filter((p) => p.startsWith('/pagefind/filter/')).length, 'filter counts from Pagefind').toBeGreaterThan(0);
  });

  it('opens the URL of that search in a fresh page: the same form and the same results', async () => {
    const last = steps.at(-1);
    expect(last, 'the flow test ran first').toBeDefined();
    const page = await newPage();
    await open(page, last!.url.replace(base, ''));
    const again = await shown(page);
    expect(again.total).toBe(last!.shown.total);
    expect(again.ids).toEqual(last!.shown.ids.slice(0, 10));
    expect(await page.locator('#search-q').inputValue()).toBe(QUERY);
    expect(await page.locator('#search-genre').inputValue()).toBe(GENRE);
    expect(await page.locator('#search-from').inputValue()).toBe(FROM);
    expect(await page.locator('#search-to').inputValue()).toBe(TO);
    expect(await page.locator('#search-sort').inputValue()).toBe('date-desc');
    expect(await page.title()).toContain(QUERY);
    await page.context().close();
  });

  it('Back after changing a filter in the page returns to the search before it', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', QUERY]])}`);
    const before = await shown(page);
    await page.locator('#search-genre').selectOption(GENRE);
    await page.waitForURL((u) => u.searchParams.has('genre'));
    await shown(page);
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('genre'));
    expect((await shown(page)).ids).toEqual(before.ids);
    expect(await page.locator('#search-genre').inputValue()).toBe('');
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('genre') === GENRE);
    expect(await page.locator('#search-genre').inputValue()).toBe(GENRE);
    await page.context().close();
  });

  it(`sorting by date keeps undated documents (${undated.id}, «${UNDATED_QUERY}»)`, async () => {
    const page = await newPage();
    const counts: Record<string, number> = {};
    for (const sort of ['relevance', 'date-asc', 'date-desc']) {
      const q = params(sort === 'relevance' ? [['q', UNDATED_QUERY]] : [['q', UNDATED_QUERY], ['sort', sort]]);
      await open(page, `${searchUrl}?${q}`);
      const all = await showAll(page);
      counts[sort] = all.total;
      expect(all.ids, `${undated.id} among the results sorted by ${sort}`).toContain(undated.id);
      // Documents only: the preface of a source (a page of its own, not a document) sorts after them.
      const documentIds = all.ids.filter((id) => /^[a-z]+-\d+$/.test(id));
      if (sort !== 'relevance') expect(documentIds.at(-1), `the undated ${undated.id} comes last among the documents (${sort})`).toBe(undated.id);
    }
    expect(counts['date-asc']).toBe(counts['relevance']);
    expect(counts['date-desc']).toBe(counts['relevance']);
    await page.context().close();
  });

  it('finds a hyphenated word also where the text has the words apart', async () => {
    const page = await newPage();
    // pt-097 prints «Платформы большевиков – ленинцев» with a spaced dash.
    await open(page, `${searchUrl}?${params([['q', 'платформа большевиков-ленинцев']])}`);
    // The exact matches fill the first page; the matches of the words apart come after them.
    const all = await showAll(page);
    expect(all.ids, `${all.status} (${all.ids.length} shown)`).toContain('pt-097');
    await page.context().close();
  });

  it('searches a phrase in quotes as a phrase, and marks it', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', 'Красной армии']])}`);
    const words = await shown(page);
    await open(page, `${searchUrl}?${params([['q', '"Красной армии"']])}`);
    const phrase = await shown(page);
    expect(phrase.total, phrase.status).toBeGreaterThan(0);
    expect(phrase.total, 'the phrase is narrower than its words').toBeLessThan(words.total);
    // Documents (the preface, also found, is not a record).
    for (const id of phrase.ids.filter((i) => byId.has(i))) expect(textOf(id).toLowerCase(), `${id} has the phrase`).toMatch(/красн\S*\s+арми/);
    const marks = await page.locator('#search-list > li').first().locator('.search-result__excerpt mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase().replace(/[^а-яё]/g, ''))).toEqual(expect.arrayContaining(['красной', 'армии']));
    const href = await page.locator('#search-list .search-result__title a').first().getAttribute('href');
    expect(new URL(href ?? '', base).searchParams.getAll('highlight')).toEqual(['красной', 'армии']);
  });

  it('offers «Троцкого Сталину» as author → addressee, and the link lists that correspondence in date order', async () => {
    const pairDocs = documents.filter(
      (d) => d.authors.some((a) => a.id === 'trockiy-l-d') && d.addressees.some((a) => a.id === 'stalin-i-v'),
    );
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', 'Троцкого Сталину']])}`);
    await settled(page);
    const link = page.locator('#search-suggest a').first();
    expect(await link.innerText()).toBe('Троцкий Л. Д. → Сталин И. В.');
    expect(await page.locator('#search-suggest').innerText()).toContain(`(${pairDocs.length} документ`);
    await Promise.all([page.waitForURL((u) => u.searchParams.get('author') === 'Троцкий Л. Д.'), link.click()]);
    await page.locator('#search-form[data-ready]').waitFor();
    expect(search(page).get('addressee')).toBe('Сталин И. В.');
    expect(search(page).get('q')).toBeNull();
    expect(search(page).get('sort')).toBe('date-asc');
    const all = await showAll(page);
    expect(all.ids.sort()).toEqual(pairDocs.map((d) => d.id).sort());
    expect(all.ids).toEqual(expect.arrayContaining(['pt-001', 'pt-060']));

    await open(page, `${searchUrl}?${params([['q', 'Сталина Троцкому']])}`);
    await settled(page);
    expect(await page.locator('#search-suggest a').first().innerText()).toBe('Сталин И. В. → Троцкий Л. Д.');
    await open(page, `${searchUrl}?${params([['q', 'Зиновьев']])}`);
    await settled(page);
    expect(await page.locator('#search-suggest').isHidden(), 'no suggestion for one word').toBe(true);
  });

  it('finds the preface of the collection (front matter is searchable too)', async () => {
    const page = await newPage();
    // «Дойчер» occurs only in the compiler's preface.
    await open(page, `${searchUrl}?${params([['q', 'Дойчер']])}`);
    const found = await shown(page);
    expect(found.ids.some((id) => id.startsWith('/sources/politburo-i-trotsky-1923-1932/')), found.ids.join(', ')).toBe(true);
    await page.context().close();
  });

  it('«Показать ещё» adds ten results and moves the focus to the first of them', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', QUERY]])}`);
    const first = await shown(page);
    expect(first.ids).toHaveLength(10);
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length === 20);
    const focused = await page.evaluate(() =>
      [...document.querySelectorAll('#search-list > li')].findIndex((li) => li.contains(document.activeElement)),
    );
    expect(focused, 'focus on the 11th result').toBe(10);
    expect(await page.locator('#search-status').innerText()).toContain('Показаны 20');
    await page.context().close();
  });

  it('announces the count in a polite live region', async () => {
    const page = await newPage();
    await open(page, searchUrl);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.locator('#search-q').fill(QUERY);
    await page.keyboard.press('Enter');
    const s = await shown(page);
    expect(s.status).toMatch(new RegExp(`^Найдено ${s.total} документ`));
    // No word starts with «ъ»: Pagefind matches an unknown word by its beginning («zzq…» finds «L. Z.»).
    await page.locator('#search-q').fill('ъъъъъъ');
    await page.keyboard.press('Enter');
    expect((await shown(page)).status).toContain('Ничего не найдено');
    await page.context().close();
  });

  it('opens a result with the words found highlighted in the document text', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', QUERY]])}`);
    const { ids } = await shown(page);
    // A result whose text (not only its title) has the name.
    const target = ids.find((id) => (byId.get(id)?.blocks ?? []).some((b) => b.text.includes(QUERY)));
    expect(target, `a result with «${QUERY}» in its text`).toBeDefined();
    await page.locator(`#search-list a[href^="${urls.document(target!)}"]`).click();
    await page.waitForURL((u) => u.pathname === urls.document(target!));
    expect(new URL(page.url()).searchParams.get('highlight')).toBe(QUERY.toLowerCase());
    const marks = page.locator('.doc-text mark.pagefind-highlight');
    await marks.first().waitFor({ timeout: 5_000 }).catch(() => {
      throw new Error(`no <mark class="pagefind-highlight"> in .doc-text of ${target}: is search-highlight.astro on the document page?`);
    });
    expect((await marks.first().innerText()).toLowerCase()).toContain(QUERY.toLowerCase());
    expect(await marks.count()).toBeGreaterThan(0);
    expect(textOf(target!)).toContain(QUERY);
    await page.context().close();
  });

  it('`/` focuses the search input from anywhere on the page, and types a slash inside it', async () => {
    const page = await newPage();
    await open(page, searchUrl);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-q').inputValue(), 'the key itself is not typed').toBe('');
    await page.keyboard.press('/');
    expect(await page.locator('#search-q').inputValue(), 'inside the input, `/` is a character').toBe('/');
    // From a link further down the page.
    await page.locator('#search-q').fill('');
    await page.locator('footer a').first().focus();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.context().close();
  });

  it('works from the keyboard alone: type, Enter, Tab to the first result, open it', async () => {
    const page = await newPage();
    await open(page, searchUrl);
    await page.keyboard.press('/');
    await page.keyboard.type(QUERY);
    await page.keyboard.press('Enter');
    const { ids } = await shown(page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('#search-list'));
    }
    expect(reached, 'Tab reaches the results').toBe(true);
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).outlineStyle !== 'none';
    });
    expect(visible, 'the focused result link is visible with a focus outline').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === urls.document(ids[0]!));
    await page.context().close();
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('no axe violations (WCAG 2.2 AA) with results and filters shown, %s scheme', async (_name, colorScheme) => {
    const page = await newPage({ colorScheme });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await open(page, `${searchUrl}?${params([['q', QUERY], ['genre', GENRE]])}`);
    await shown(page);
    await page.evaluate(() => {
      (document.getElementById('search-options') as HTMLDetailsElement).open = true;
      // Chromium paints a transparent root with the scheme's Canvas; axe takes it for white (see reading.test.ts).
      const root = document.documentElement;
      const transparent = (el: Element) => getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)';
      if (transparent(root) && transparent(document.body)) root.style.backgroundColor = 'Canvas';
    });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const report = results.violations.map(
      (v) => `${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`,
    );
    expect(report, report.join('\n')).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript: an explanation with links to the browse pages, no dead form', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const res = await page.goto(base + searchUrl);
    expect(res?.status()).toBe(200);
    const note = page.locator('main .search-noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('JavaScript');
    const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of [urls.documents(), urls.dates(), urls.persons(), urls.archives(), urls.genres(), urls.sources()])
      expect(hrefs, `a link to ${href}`).toContain(href);
    expect(await page.locator('#search-form').isVisible(), 'the form needs the script: hidden').toBe(false);
    await page.context().close();
  });
});
