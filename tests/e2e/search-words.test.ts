/**
 * Words in no source, and words in one exact form, on the /search/ page in a real Chromium
 * (src/scripts/search/lexicon.ts, src/lib/search/contract/lexicon.ts; docs/search.md, «Words in
 * no source»). Pagefind alone lists 66, 80, 57, 6 and 1 documents for «Knudsen», «Einstein»,
 * «Smith», «абракадабра», «Пушкин» (its fallback to a shorter indexed word); the page lists none.
 *
 * Run: `npm run build`, then `EDITION_SKIP_BUILD=1 npx vitest run tests/e2e/search-words.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { documents } from '../site/site-data.ts';
import { open, params, searchPages, searchUrl, showAll, shown } from '../support/search-page.ts';
import { NO_BROWSER } from './browser.ts';

if (NO_BROWSER) console.warn('[e2e] EDITION_NO_BROWSER=1: the search word tests are skipped');

const byId = new Map(documents.map((d) => [d.id, d]));

/** Every text of a record the index holds: title, text, notes, legend, marginalia, publications. */
const textOf = (id: string): string => {
  const d = byId.get(id)!;
  return [d.title, d.text, ...d.notes.map((n) => n.text), d.legend?.text ?? '', ...d.marginalia, ...d.published].join(' ');
};

/** Whether a document's texts hold a word beginning so. */
const holds = (id: string, start: string): boolean => new RegExp(`(^|[^\\p{L}])${start}`, 'iu').test(textOf(id));

describe.skipIf(NO_BROWSER)('the search page in Chromium: words in no source', () => {
  const newPage = searchPages();

  it.each(['Knudsen', 'Einstein', 'Smith', 'абракадабра', 'Пушкин'])('lists nothing for «%s», and says so', async (word) => {
    // The word is in no record: the test would mean nothing otherwise.
    for (const d of documents) expect(holds(d.id, word), `${d.id} has «${word}»`).toBe(false);
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', word]])}`);
    const result = await shown(page);
    expect(result.ids, result.status).toEqual([]);
    expect(result.status).toContain('Ничего не найдено');
    const missing = page.locator('#search-missing');
    expect(await missing.isVisible()).toBe(true);
    expect(await missing.innerText()).toContain(`Слово «${word}» не встречается ни в одном источнике издания.`);
    await page.context().close();
  });

  it('offers the nearest words as searches of their own, each of which finds documents', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', 'абракадабра']])}`);
    await shown(page);
    const links = page.locator('#search-missing a');
    expect(await links.count()).toBeGreaterThan(0);
    const first = (await links.first().innerText()).trim();
    // Each suggestion begins as the word does: «абр…» (the texts name Абрам Абрамович).
    for (const text of await links.allInnerTexts()) expect(text.startsWith('абр'), text).toBe(true);
    await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === first), links.first().click()]);
    const found = await shown(page);
    expect(found.ids.length, found.status).toBeGreaterThan(0);
    expect(await page.locator('#search-missing').isHidden()).toBe(true);
    await page.context().close();
  });

  it('keeps the other words of a query when one is in no source: nothing is listed', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', 'Зиновьев Einstein']])}`);
    const result = await shown(page);
    expect(result.ids).toEqual([]);
    const missing = await page.locator('#search-missing').innerText();
    expect(missing).toContain('«Einstein»');
    expect(missing).not.toContain('«Зиновьев»');
    await page.context().close();
  });
});

describe.skipIf(NO_BROWSER)('the search page in Chromium: the exact form first', () => {
  const newPage = searchPages();

  it('«Троцкая» lists first the two documents naming Н. И. Седова-Троцкая', async () => {
    // Read from the records: pt-155 (her letter, signed «Наталия Ивановна Седова Троцкая»,
    // «Троцкая») and pt-201 («(подп. Н. Седова-Троцкая)»); the form is in no other document.
    const printing = documents.filter((d) => /(^|[^\p{L}])Троцкая([^\p{L}]|$)/u.test(textOf(d.id))).map((d) => d.id);
    expect(printing.sort()).toEqual(['pt-155', 'pt-201']);
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', 'Троцкая']])}`);
    const result = await shown(page);
    expect(result.ids.slice(0, 2).sort(), result.status).toEqual(printing);
    // The documents naming Троцкий in other forms still follow.
    expect(result.total).toBeGreaterThan(100);
    await page.context().close();
  });

  it('keeps Pagefind’s order by date: the exact form leads only by relevance', async () => {
    const page = await newPage();
    await open(page, `${searchUrl}?${params([['q', 'Троцкая'], ['sort', 'date-asc']])}`);
    const all = await showAll(page);
    const dates = all.ids.map((id) => documents.find((d) => d.id === id)?.date.edtf ?? null).filter((e): e is string => e !== null);
    expect(all.ids[0]).not.toBe('pt-155');
    expect(dates.length).toBeGreaterThan(100);
  });
});
