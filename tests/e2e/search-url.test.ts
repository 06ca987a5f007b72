/**
 * The search in the URL, in a real Chromium: typing a query, a filter and a period, sorting by
 * date (without losing undated documents); the URL follows each step, a fresh page opened at it
 * shows the same search, and Back and Forward move between searches.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/e2e/search-url.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { documents, edtfStart } from '../site/site-data.ts';
import {
  base,
  byId,
  FROM,
  GENRE,
  open,
  params,
  QUERY,
  search,
  searchPages,
  searchUrl,
  settled,
  showAll,
  shown,
  TO,
  type Shown,
} from '../support/search-page.ts';
import { NO_BROWSER } from './browser.ts';

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

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the search URL tests are skipped');

describe.skipIf(NO_BROWSER)('the search page in Chromium: the search in the URL', () => {
  const newPage = searchPages();

  it(`types «${QUERY}», narrows to ${GENRE} in ${FROM}…${TO}, sorts by date; the URL follows; Back and Forward restore`, async () => {
    /** What the flow saw at each step, for the history. */
    const steps: { url: string; shown: Shown }[] = [];
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

  it('opens the URL of a search made in the form in a fresh page: the same form and the same results', async () => {
    // The search made control by control, as a reader makes it; the URL it leaves is shared.
    const made = await newPage();
    await open(made, `${searchUrl}?${params([['q', QUERY]])}`);
    await made.locator('#search-genre').selectOption(GENRE);
    await made.waitForURL((u) => u.searchParams.get('genre') === GENRE);
    await made.locator('#search-from').selectOption(FROM);
    await made.waitForURL((u) => u.searchParams.get('from') === FROM);
    await made.locator('#search-to').selectOption(TO);
    await made.waitForURL((u) => u.searchParams.get('to') === TO);
    await made.locator('#search-sort').selectOption('date-desc');
    await made.waitForURL((u) => u.searchParams.get('sort') === 'date-desc');
    expect(search(made).toString()).toBe(params([['q', QUERY], ['genre', GENRE], ['from', FROM], ['to', TO], ['sort', 'date-desc']]));
    const expected = await shown(made);
    expect(expected.total, expected.status).toBeGreaterThan(0);

    const page = await newPage();
    await open(page, made.url().replace(base, ''));
    const again = await shown(page);
    expect(again.total).toBe(expected.total);
    expect(again.ids).toEqual(expected.ids);
    expect(await page.locator('#search-q').inputValue()).toBe(QUERY);
    expect(await page.locator('#search-genre').inputValue()).toBe(GENRE);
    expect(await page.locator('#search-from').inputValue()).toBe(FROM);
    expect(await page.locator('#search-to').inputValue()).toBe(TO);
    expect(await page.locator('#search-sort').inputValue()).toBe('date-desc');
    expect(await page.title()).toContain(QUERY);
    await made.context().close();
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
});
