/**
 * What the search page shows, in a real Chromium: results from their cards, and the same from
 * Pagefind's fragments when the cards are missing or stale; hyphenated words and phrases in
 * quotes; the author → addressee suggestion; the preface among the results; «Показать ещё»; the
 * words found highlighted on the document opened from a result.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/e2e/search-results.test.ts`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { documents } from '../site/site-data.ts';
import { base, byId, open, params, QUERY, search, searchPages, searchUrl, settled, showAll, shown, textOf } from '../support/search-page.ts';
import { NO_BROWSER } from './browser.ts';

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the search result tests are skipped');

/**
 * Serves the JSON files matching `glob` as a stale copy on a host would: naming another build of the
 * Pagefind index. Gives the paths the page requests, in order.
 */
async function ofAnotherBuild(page: Page, glob: string): Promise<string[]> {
  await page.route(glob, async (route) => {
    const res = await route.fetch();
    const file = (await res.json()) as { pagefind: Record<string, string> };
    await route.fulfill({ response: res, json: { ...file, pagefind: { ru: 'ru_0000000000' } } });
  });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  return requested;
}

describe.skipIf(NO_BROWSER)('the search page in Chromium: results', () => {
  const newPage = searchPages();

  it('loads Pagefind when the reader turns to the form, not with the page; a missing index is said', async () => {
    const page = await newPage();
    const pagefindFiles: string[] = [];
    const cardFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefindFiles.push(new URL(r.url()).pathname);
      if (r.url().includes('/search/cards/')) cardFiles.push(new URL(r.url()).pathname);
    });
    await open(page, searchUrl);
    expect(await page.locator('#search-genre option').count(), 'filter lists filled from the card index').toBeGreaterThan(2);
    await page.waitForTimeout(300);
    // The page preloads pagefind.js (a module, not run) and reads the list of indexes to check the card index.
    expect(pagefindFiles.sort(), 'no WebAssembly nor index before the reader turns to the form').toEqual(['/pagefind/indexes.json', '/pagefind/pagefind.js']);
    expect(cardFiles, 'of the cards, only their index with the filter counts').toEqual(['/search/cards/index.json']);
    const meta = page.waitForResponse((r) => r.url().endsWith('.pf_meta'));
    await page.locator('#search-q').focus();
    await meta;
    await page.locator('#search-q').fill(QUERY);
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await shown(page)).total).toBeGreaterThan(10);
    const pageEndFiles = new Set(cardFiles.filter((f) => f.startsWith('/search/cards/pages/')));
    expect(pageEndFiles.size, 'the page ends of the ten results shown, not of every page').toBeGreaterThan(0);
    expect(pageEndFiles.size).toBeLessThanOrEqual(10);

    // Opened with a search in its URL, the page loads Pagefind at once and shows the results.
    const direct = await newPage();
    await open(direct, `${searchUrl}?${params([['q', QUERY]])}`);
    expect((await shown(direct)).total).toBeGreaterThan(10);

    // Pagefind's script and index gone from the host: the form still opens (its lists come from the
    // card index) and a search says it failed.
    const broken = await newPage();
    await broken.route(/\/pagefind\/(?!indexes\.json)/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await open(broken, searchUrl);
    await broken.locator('#search-q').fill(QUERY);
    await broken.keyboard.press('Enter');
    await broken.locator('#search-failure').waitFor({ state: 'visible' });
    expect(await broken.locator('#search-status').innerText()).toBe('Поиск не удался: поисковый индекс недоступен.');

    // A part of the index missing from the host (the list names a second part): the search fails
    // rather than showing the results of one part as if they were all.
    const partial = await newPage();
    await partial.route('**/pagefind/indexes.json', async (route) => {
      const res = await route.fetch();
      const list = (await res.json()) as { indexes: string[] };
      await route.fulfill({ response: res, json: { ...list, indexes: [...list.indexes, `${list.indexes.length + 1}/`] } });
    });
    await open(partial, searchUrl);
    await partial.locator('#search-q').fill(QUERY);
    await partial.keyboard.press('Enter');
    await partial.locator('#search-failure').waitFor({ state: 'visible' });
    expect(await partial.locator('#search-status').innerText()).toBe('Поиск не удался: поисковый индекс недоступен.');
    for (const p of [page, direct, broken, partial]) await p.context().close();
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

    // The card index and pages load but the cards do not: each result falls back on its own.
    const partial = await newPage();
    await partial.route(/\/search\/cards\/(?!index\.json|pages\/)/, (route) => route.fulfill({ status: 404, body: 'not found' }));
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
    const staleFiles = await ofAnotherBuild(stale, '**/search/cards/index.json');
    await open(stale, url);
    expect((await shown(stale)).ids).toEqual(expected.ids);
    expect(staleFiles.filter((p) => /^\/search\/cards\/(?!index\.json)/.test(p)), 'no cards of another build').toEqual([]);
    expect(staleFiles.filter((p) => p.startsWith('/pagefind/filter/')).length, 'filter counts from Pagefind').toBeGreaterThan(0);

    // The pages of another build beside a current index: the filters come from the index, the results from the fragments.
    const stalePages = await newPage();
    const stalePagesFiles = await ofAnotherBuild(stalePages, '**/search/cards/pages/**');
    await open(stalePages, url);
    expect((await shown(stalePages)).ids).toEqual(expected.ids);
    expect(stalePagesFiles.filter((p) => /^\/search\/cards\/(?!index\.json|pages\/)/.test(p)), 'no cards without their pages').toEqual([]);
    expect(stalePagesFiles.filter((p) => p.startsWith('/pagefind/filter/')), 'filter counts from the card index').toEqual([]);

    // The page ends missing from the host: the results as well, from the fragments.
    const noPages = await newPage();
    await noPages.route('**/search/cards/pages/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await open(noPages, url);
    expect((await shown(noPages)).ids).toEqual(expected.ids);
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
});
