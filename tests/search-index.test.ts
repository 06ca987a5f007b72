/** The pieces of the index's build that need no Pagefind (scripts/lib/search-index.ts); the build itself: tests/site/search-parts.test.ts. */
import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cutParts, cutSorted, globOf, indexedPages, pagefindTags, sortKeys, sortOrders, urlOf, type SitePage } from '../scripts/lib/search-index.ts';
import { inParts, nameShared, PageNamer, parseIndexes, PART_FILTER, partName, searchSorted, sortedParts, withSharedNames, type SearchIndexes } from '../src/lib/search/contract/indexes.ts';
import type { PagefindSearchOptions } from '../src/lib/search/contract/pagefind.ts';

describe('the index’s parts', () => {
  const pages = Array.from({ length: 7 }, (_, i) => i);
  it('are one part unless a size is asked for', () => {
    expect(cutParts(pages, Infinity)).toEqual([pages]);
    expect(cutParts(pages, 7)).toEqual([pages]);
  });
  it('are consecutive, each at most the size asked for, the last the rest', () => {
    expect(cutParts(pages, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(cutParts(pages, 1)).toHaveLength(7);
  });
});

/** A document page with the edition's two date keys: undated ones sort last both ways. */
const doc = (n: number, date: string | null): SitePage => ({
  file: `documents/pt-${n}/index.html`,
  url: `/documents/pt-${n}/`,
  sorts: date ? { date: `${date} pt ${n}`, date_desc: `${date} pt ${n}` } : { date: `9999-12-31 pt ${n}`, date_desc: `0000-01-01 pt ${n}` },
});

describe('the index’s parts cut in date order', () => {
  // URLs in one order, dates in another; two undated pages; a page with no sort key.
  const pages = [doc(1, '1927-05-01'), doc(2, null), doc(3, '1923-01-10'), doc(4, '1929-12-31'), doc(5, '1925-03-03'), doc(6, null), { file: 'about/index.html', url: '/about/' }];

  it('cut the dated pages by date, the undated and the keyless in parts of their own', () => {
    const parts = cutSorted(pages, 2, 'date');
    expect(parts.map((p) => p.map((x) => x.url))).toEqual([
      ['/documents/pt-3/', '/documents/pt-5/'],
      ['/documents/pt-1/', '/documents/pt-4/'],
      ['/documents/pt-2/', '/documents/pt-6/'],
      ['/about/'],
    ]);
    expect(cutSorted(pages, Infinity, 'date')).toHaveLength(3);
  });

  it('give each sort key its parts in the order of their values, and refuse parts that interleave', () => {
    const parts = cutSorted(pages, 2, 'date');
    // Ascending `date`: the dated parts, then the undated; `date_desc` ascending: the undated («0000…») first.
    expect(sortOrders(parts)).toEqual({ date: [0, 1, 2], date_desc: [2, 0, 1] });
    const interleaved = [[doc(1, '1923-01-01'), doc(2, '1925-01-01')], [doc(3, '1924-01-01')]];
    expect(() => sortOrders(interleaved)).toThrow(/sort key «date»: part 1 \(1923-01-01 pt 1 … 1925-01-01 pt 2\) and part 2 \(1924-01-01 pt 3 … 1924-01-01 pt 3\) interleave/);
  });

  it('are read from the page as the edition writes its keys, and a key written otherwise is an error', () => {
    const html = '<main data-pagefind-body><span data-pagefind-sort="date[data-value]" data-value="1923-10-24 pt 12"></span><span data-pagefind-sort="date_desc[data-value]" data-value="1923-10-24 pt 12"></span></main>';
    expect(sortKeys(html, 'x.html')).toEqual({ date: '1923-10-24 pt 12', date_desc: '1923-10-24 pt 12' });
    expect(() => sortKeys('<span data-value="1" data-pagefind-sort="date[data-value]">', 'x.html')).toThrow(/x\.html: 1 sort keys, 0 read/);
  });

  it('are read from a page’s tags with a Pagefind attribute alone, as from the whole page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-index-pages-'));
    try {
      const keys = '<span data-pagefind-sort="date[data-value]" data-value="1923-10-24 pt 12"></span><span\ndata-pagefind-sort="date_desc[data-value]" data-value="1923-10-24 pt 12"></span>';
      const long = `<html><body><main class="doc" data-pagefind-body>${'<p>Товарищ Троцкий.</p>'.repeat(60_000)}${keys}</main></body></html>`;
      const files: Record<string, string> = {
        // Longer than the buffer the pages are first read into: it grows.
        'a/index.html': long,
        // Shorter, read after it into the same buffer: the longer page's bytes after its end are not read.
        'b/index.html': '<html><body><main>data-pagefind-body, said in the text</main></body></html>',
        'c/index.html': '<html><body><article data-pagefind-body=""><p>Без даты.</p></article></body></html>',
        // A key written otherwise is an error here as on the whole page.
        'd/index.html': '<main data-pagefind-body><span data-value="1" data-pagefind-sort="date[data-value]"></span></main>',
      };
      for (const [file, html] of Object.entries(files)) {
        await mkdir(join(dir, dirname(file)), { recursive: true });
        await writeFile(join(dir, file), html);
      }
      const page = (file: string): SitePage => ({ file, url: urlOf(file) });
      expect(Buffer.byteLength(long)).toBeGreaterThan(1 << 21);
      expect(pagefindTags(Buffer.from(long))).toBe(
        '<main class="doc" data-pagefind-body>\n<span data-pagefind-sort="date[data-value]" data-value="1923-10-24 pt 12">\n<span\ndata-pagefind-sort="date_desc[data-value]" data-value="1923-10-24 pt 12">',
      );
      // Text before a `data-pagefind-` outside a tag comes with it, back to the tag before it.
      expect(pagefindTags(Buffer.from(files['b/index.html']!))).toBe('<main>data-pagefind-body, said in the text</main>');
      expect(await indexedPages(dir, ['a', 'b', 'c'].map((f) => page(`${f}/index.html`)))).toEqual([
        { ...page('a/index.html'), sorts: sortKeys(long, 'a') },
        { ...page('c/index.html'), sorts: {} },
      ]);
      expect(sortKeys(long, 'a')).toEqual({ date: '1923-10-24 pt 12', date_desc: '1923-10-24 pt 12' });
      await expect(indexedPages(dir, [page('d/index.html')])).rejects.toThrow(/d\/index\.html: 1 sort keys, 0 read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are searched in that order when sorted, one part after another; one index is sorted whole', async () => {
    const list: SearchIndexes = { indexes: ['', '2/', '3/'], pagefind: { ru: 'a+b+c' }, pages: 6, sorts: { date: [0, 1, 2], date_desc: [2, 0, 1] } };
    expect(parseIndexes(list)).toEqual(list);
    expect(parseIndexes({ ...list, sorts: { date: [0, 3] } }), 'a part the list lacks').toBeNull();
    expect(sortedParts(list, 'date_desc', 'desc', null)).toEqual([1, 0, 2]);
    expect(sortedParts(list, 'date', 'asc', [2, 0])).toEqual([0, 2]);
    expect(sortedParts({ ...list, indexes: [''] }, 'date', 'asc', null)).toBeNull();
    // Each part's results stand for a sorted search of it: the parts asked in order, their results joined.
    const asked: PagefindSearchOptions[] = [];
    const search = async (o: PagefindSearchOptions) => (asked.push(o), [`${String(o.filters?.[PART_FILTER] ?? 'all')}a`, `${String(o.filters?.[PART_FILTER] ?? 'all')}b`]);
    expect(await searchSorted(search, { filters: { genre: 'письмо' }, sort: { date_desc: 'desc' } }, list)).toEqual(['2a', '2b', '1a', '1b', '3a', '3b']);
    expect(asked.map((o) => o.filters)).toEqual([1, 0, 2].map((p) => ({ genre: 'письмо', [PART_FILTER]: String(p + 1) })));
    // A search narrowed to parts (`inParts`) goes through those alone.
    expect(await searchSorted(search, { filters: inParts({}, [2, 0])!, sort: { date: 'asc' } }, list)).toEqual(['1a', '1b', '3a', '3b']);
    expect(await searchSorted(search, { sort: { date: 'asc' } }, { ...list, indexes: [''] })).toEqual(['alla', 'allb']);
    await expect(searchSorted(search, { sort: { date: 'asc', date_desc: 'desc' } }, list)).rejects.toThrow(/one sort key/);
  });
});

describe('a page’s URL in the index', () => {
  it('is its folder for an index.html, else its file', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('documents/pt-001/index.html')).toBe('/documents/pt-001/');
    expect(urlOf('documents/pt-215/3/index.html')).toBe('/documents/pt-215/3/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});

describe('a name two parts share', () => {
  const shared = { ru_5b5f60e: { '/p/4801/': 'ru_5b5f60e', '/p/38306/': partName('ru_5b5f60e', 1) } };
  const result = (id: string, url: string) => {
    const loads = { count: 0 };
    return { loads, id, words: [0], data: async () => (loads.count++, { url: `${url}?highlight=x`, raw_url: url, excerpt: '', meta: {}, filters: {} }) };
  };

  it('is the page’s name in its part: the later part’s page is named with its part', () => {
    expect(partName('ru_5b5f60e', 1)).toBe('ru_5b5f60e.2');
    expect(partName('ru_5b5f60e', 9)).toBe('ru_5b5f60e.10');
  });

  it('is kept by the page of the earliest part; a later part’s page is named with its part, and listed', () => {
    const namer = new PageNamer();
    expect(namer.name('ru_5b5f60e', 0, '/p/4801/')).toBe('ru_5b5f60e');
    expect(namer.name('ru_1234567', 0, '/p/1/')).toBe('ru_1234567');
    expect(namer.shared, 'no name shared yet').toBeUndefined();
    expect(namer.name('ru_5b5f60e', 1, '/p/38306/')).toBe('ru_5b5f60e.2');
    expect(namer.name('ru_5b5f60e', 4, '/p/9/')).toBe('ru_5b5f60e.5');
    expect(namer.first('ru_5b5f60e')).toEqual({ url: '/p/4801/', part: 0 });
    expect(namer.shared).toEqual({ ru_5b5f60e: { '/p/38306/': 'ru_5b5f60e.2', '/p/4801/': 'ru_5b5f60e', '/p/9/': 'ru_5b5f60e.5' } });
    // Listed in the order of the names and URLs, as indexes.json holds them and the cards compare them.
    expect(Object.keys(namer.shared!['ru_5b5f60e']!)).toEqual(['/p/38306/', '/p/4801/', '/p/9/']);
  });

  it('is refused twice in one part, or for a part given out of order', () => {
    const namer = new PageNamer();
    namer.name('ru_5b5f60e', 1, '/p/4801/');
    expect(() => namer.name('ru_5b5f60e', 1, '/p/38306/')).toThrow(/part 2 is named ru_5b5f60e, as \/p\/4801\/ of part 2 is/);
    expect(() => namer.name('ru_5b5f60e', 0, '/p/38306/')).toThrow(/parts are named in order/);
    namer.name('ru_5b5f60e', 2, '/p/38306/');
    expect(() => namer.name('ru_5b5f60e', 2, '/p/7/')).toThrow(/twice/);
  });

  it('names each result as the cards name its page, read from the URL its fragment holds', async () => {
    const [a, b, c] = [result('ru_5b5f60e', '/p/38306/'), result('ru_1234567', '/p/1/'), result('ru_5b5f60e', '/p/4801/')];
    const named = await nameShared([a, b, c], shared);
    expect(named.map((r) => r.id)).toEqual(['ru_5b5f60e.2', 'ru_1234567', 'ru_5b5f60e']);
    // The renamed result is still its page's: its data is the same page's.
    expect((await named[0]!.data()).raw_url).toBe('/p/38306/');
    expect(named[1], 'a name no other part has: the result as it was').toBe(b);
    expect(b.loads.count, 'no fragment read for a name of its own').toBe(0);
  });

  it('reads no fragment when no result’s name is shared, or none is', async () => {
    const b = result('ru_1234567', '/p/1/');
    const results = [b];
    expect(await nameShared(results, shared)).toBe(results);
    expect(await nameShared(results, undefined)).toBe(results);
    expect(b.loads.count).toBe(0);
  });

  it('is an error when the fragment’s URL is not among the pages sharing the name', async () => {
    await expect(nameShared([result('ru_5b5f60e', '/p/2/')], shared)).rejects.toThrow(/ru_5b5f60e at \/p\/2\/ is not among/);
  });

  it('names the results of Pagefind’s module the search page and the measurements search with', async () => {
    const pages = [result('ru_5b5f60e', '/p/4801/'), result('ru_5b5f60e', '/p/38306/')];
    const module = { search: async (_term: string | null) => ({ results: pages, unfilteredResultCount: 2 }), filters: async () => ({ kind: { письмо: 1 } }) };
    const named = withSharedNames(module, shared);
    expect((await named.search('страница'))?.results.map((r) => r.id)).toEqual(['ru_5b5f60e', 'ru_5b5f60e.2']);
    expect((await named.search('страница'))?.unfilteredResultCount).toBe(2);
    expect(named.filters, 'the module’s other calls kept').toBe(module.filters);
    expect(withSharedNames(module, undefined), 'an index without shared names: the module itself').toBe(module);
  });

  it('is listed in indexes.json, each name with two pages or more', () => {
    const list: SearchIndexes = { indexes: ['', '2/'], pagefind: { ru: 'a+b' }, pages: 2, shared };
    expect(parseIndexes(list)).toEqual(list);
    expect(parseIndexes({ ...list, shared: { ru_5b5f60e: { '/p/4801/': 'ru_5b5f60e' } } }), 'a name of one page').toBeNull();
    expect(parseIndexes({ ...list, shared: { ru_5b5f60e: { '/p/4801/': 1, '/p/38306/': 'x' } } }), 'a name not a string').toBeNull();
    expect(parseIndexes({ ...list, shared: [] }), 'not a map').toBeNull();
  });
});

describe('a part’s glob', () => {
  it('names exactly its files, special characters escaped', () => {
    expect(globOf([{ file: 'documents/pt-001/index.html', url: '/documents/pt-001/' }, { file: 'a/index.html', url: '/a/' }])).toBe(
      '{documents/pt-001/index.html,a/index.html}',
    );
    expect(globOf([{ file: 'x/{a,b}[1]*?!.html', url: '' }])).toBe('{x/\\{a\\,b\\}\\[1\\]\\*\\?\\!.html}');
  });
});
