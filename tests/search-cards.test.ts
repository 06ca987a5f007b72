/**
 * Result cards (src/lib/search/cards.ts, src/scripts/search/cards.ts) and the excerpt window
 * (src/scripts/search/excerpt.ts), on fragments written here the way Pagefind writes them.
 * The cards of the real index are checked against its fragments in tests/site/search-cards.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cardIndex, cardPages, filterCounts, pageCards, readFragmentFile, type PagefindFragment } from '../src/lib/search/cards.ts';
import { CARD_OVERLAP, CARD_WORDS, cardNumber, pageKey, pageLettersFor, parseCard, parseCardIndex, parseCardPages, sameIdentity } from '../src/lib/search/contract/cards.ts';
import { indexFolder, pagefindIdentity, parseIndexes } from '../src/lib/search/contract/indexes.ts';
import { EXCERPT_WORDS } from '../src/lib/search/contract/pagefind.ts';
import { splitWords } from '../src/lib/search/contract/words.ts';
import { cardExcerpt, cardWindow } from '../src/scripts/search/cards.ts';
import { excerptFrom, excerptWindow } from '../src/scripts/search/excerpt.ts';
import { highlightedUrl } from '../src/scripts/search/render.ts';

/** A file as Pagefind writes it: gzip of `pagefind_dcd` and the JSON. */
const pagefindFile = (value: unknown): Uint8Array => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(value))]));

/** `n` distinct words: `w0 w1 …`. */
const words = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `w${from + i}`);

function fragment(opts: { title: string; text: string[]; hidden?: string[]; filters?: Record<string, string[]> }): PagefindFragment {
  const titleWords = splitWords(opts.title);
  const visible = [...titleWords, ...opts.text];
  return {
    url: '/documents/pt-042/',
    content: [...visible, ...(opts.hidden ?? [])].join(' '),
    meta: { title: opts.title, number: '42', date: '3 марта 1927 г.', genre: 'письмо' },
    filters: opts.filters ?? { genre: ['письмо'] },
    anchors: [
      { element: 'h1', id: 'title', text: opts.title, location: 0 },
      ...(opts.hidden ? [{ element: 'div', id: 'index-only', text: '', location: visible.length }] : []),
    ],
  };
}

describe('readFragmentFile', () => {
  const f = fragment({ title: 'Письмо Л. Д. Троцкого', text: words(5) });

  it('reads a gzipped fragment, named by its file', () => {
    expect(readFragmentFile(pagefindFile(f), 'dist/pagefind/fragment/ru_abc1234.pf_fragment')).toEqual([['ru_abc1234', f]]);
  });

  it('reads a group of fragments keyed by page hash', () => {
    const group = { ru_a: f, ru_b: { ...f, url: '/documents/pt-043/' } };
    const read = readFragmentFile(pagefindFile(group), 'x.pf_fragment');
    expect(read.map(([id, g]) => [id, g.url])).toEqual([
      ['ru_a', '/documents/pt-042/'],
      ['ru_b', '/documents/pt-043/'],
    ]);
  });

  it('says which file is not a fragment', () => {
    expect(() => readFragmentFile(gzipSync('{"url":"/"}'), 'bad.pf_fragment')).toThrow(/bad\.pf_fragment: not a Pagefind fragment/);
    expect(() => readFragmentFile(pagefindFile({ url: '/' }), 'nocontent.pf_fragment')).toThrow(/nocontent.*without url, content or meta/);
  });
});

describe('pageCards', () => {
  const title = 'Письмо Л. Д. Троцкого в ЦК';
  const text = words(250);
  const f = fragment({ title, text, hidden: ['Trotsky', 'Trockij', '1927-03-03'] });
  const visible = splitWords(title).length + text.length;
  const { entry, cards } = pageCards(f);

  it('records where the title ends and where the index-only text begins', () => {
    expect(entry).toEqual([6, visible]);
  });

  it('cuts the visible text into cards of CARD_WORDS words that run CARD_OVERLAP words on', () => {
    expect(cards.map((c) => c.start)).toEqual(Array.from({ length: Math.ceil(visible / CARD_WORDS) }, (_, k) => k * CARD_WORDS));
    const all = splitWords(f.content);
    for (const c of cards) {
      expect(c.words).toEqual(all.slice(c.start, Math.min(c.start + CARD_WORDS + CARD_OVERLAP, visible)));
    }
    expect(cards.flatMap((c) => c.words)).not.toContain('Trotsky');
  });

  it('carries what a result shows', () => {
    expect(cards[0]).toMatchObject({ url: '/documents/pt-042/', title, number: '42', date: '3 марта 1927 г.', genre: 'письмо' });
  });

  it('takes the whole text when a page has no index-only text, and 0 as title end when the text does not open with it', () => {
    const preface: PagefindFragment = {
      url: '/sources/x/',
      content: 'Предисловие составителя. ПРЕДИСЛОВИЕ. Вниманию читателей',
      meta: { title: 'Предисловие составителя. Политбюро и Лев Троцкий' },
      filters: {},
      anchors: [],
    };
    const p = pageCards(preface);
    expect(p.entry).toEqual([0, 5]);
    expect(p.cards).toHaveLength(1);
    expect(p.cards[0]).toMatchObject({ number: null, date: null, genre: null, start: 0 });
  });

  it('gives a page without words one empty card', () => {
    const empty = pageCards({ url: '/e/', content: '', meta: {}, filters: {} });
    expect(empty.cards).toHaveLength(1);
    expect(empty.cards[0]!.title).toBe('/e/');
  });
});

describe('filterCounts and cardIndex', () => {
  const a = fragment({ title: 'A', text: [], filters: { genre: ['письмо'], author: ['Троцкий Л. Д.', 'Троцкий Л. Д.'] } });
  const b = fragment({ title: 'B', text: [], filters: { genre: ['письмо'], month: ['1927-03', '1927-04'] } });

  it('counts pages per value, as Pagefind does', () => {
    expect(filterCounts([a, b])).toEqual({
      genre: { письмо: 2 },
      author: { 'Троцкий Л. Д.': 1 },
      month: { '1927-03': 1, '1927-04': 1 },
    });
  });

  it('builds an index the page accepts back', () => {
    const pages = new Map([
      ['ru_b', pageCards(b)],
      ['ru_a', pageCards(a)],
    ]);
    const index = cardIndex(filterCounts([a, b]), { ru: 'ru_ee73a9a660' }, 1);
    expect(index.pagefind).toEqual({ ru: 'ru_ee73a9a660' });
    expect(index).not.toHaveProperty('pages');
    expect(parseCardIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
    const files = cardPages(new Map([...[...pages].map(([id, p]) => [id, p.entry] as const), ['ru_a7', pageCards(b).entry]]), { ru: 'ru_ee73a9a660' }, 1);
    expect([...files.keys()]).toEqual(['ru_a', 'ru_b']);
    const ends = files.get('ru_a')!;
    expect(Object.keys(ends.pages)).toEqual(['ru_a', 'ru_a7']);
    expect(ends.pages['ru_a']).toEqual(pageCards(a).entry);
    expect(parseCardPages(JSON.parse(JSON.stringify(ends)))).toEqual(ends);
    expect(sameIdentity(ends.pagefind, index.pagefind)).toBe(true);
    expect(sameIdentity({ ru: 'ru_1' }, index.pagefind), 'another build').toBe(false);
    expect(sameIdentity({}, {}), 'no languages: no identity').toBe(false);
  });

  it('keys the files of page ends by as many hash letters as keep a file near 64 pages', () => {
    expect(pageKey('ru_1f3e6a9', 1)).toBe('ru_1');
    expect(pageKey('ru_1f3e6a9', 3)).toBe('ru_1f3');
    expect(pageKey('unknown_0a1', 2)).toBe('unknown_0a');
    expect([1, 327, 1024, 1025, 2745, 16_384, 27_500].map(pageLettersFor)).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });

  it('rejects malformed indexes and cards', () => {
    const pagefind = { ru: 'ru_1' };
    expect(parseCardIndex(null)).toBeNull();
    expect(parseCardIndex({ pagefind, cardWords: 0, cardOverlap: 28, pageLetters: 1, filters: {} })).toBeNull();
    expect(parseCardIndex({ cardWords: 100, cardOverlap: 28, pageLetters: 1, filters: {} }), 'no Pagefind identity').toBeNull();
    expect(parseCardIndex({ pagefind, cardWords: 100, cardOverlap: 28, pageLetters: 1, filters: { genre: { письмо: 'two' } } })).toBeNull();
    expect(parseCardIndex({ pagefind, cardWords: 100, cardOverlap: 28, filters: {} }), 'no page letters: an index of another format').toBeNull();
    expect(parseCardIndex({ pagefind, cardWords: 100, cardOverlap: 28, pageLetters: 0, filters: {} })).toBeNull();
    expect(parseCardPages({ pagefind, pages: { ru_a: [1, 2], ru_b: [1] } })?.pages, 'a malformed entry left out').toEqual({ ru_a: [1, 2] });
    expect(parseCardPages({ pages: { ru_a: [1, 2] } }), 'no Pagefind identity').toBeNull();
    expect(parseCardPages({ pagefind, pages: [] })).toBeNull();
    expect(parseCard({ url: '/a/', start: 0, words: ['a', 1] })).toBeNull();
    expect(parseCard({ url: '/a/', start: 0, words: ['a'], title: ' ', number: '' })).toMatchObject({ title: '/a/', number: null });
  });
});

describe('pagefindIdentity', () => {
  it('reads language → metadata hash from Pagefind’s entry file', () => {
    const entry = { version: '1.6.0', languages: { ru: { hash: 'ru_ee73a9a660', wasm: 'ru', page_count: 217 } } };
    expect(pagefindIdentity(entry)).toEqual({ ru: 'ru_ee73a9a660' });
    expect(pagefindIdentity({ languages: { ru: { page_count: 1 } } })).toEqual({});
    expect(pagefindIdentity('nonsense')).toEqual({});
  });

  it('names every index of a search in parts, in order', () => {
    const entry = (hash: string) => ({ languages: { ru: { hash, wasm: 'ru', page_count: 4000 } } });
    expect(pagefindIdentity(entry('ru_a'), entry('ru_b'), entry('ru_c'))).toEqual({ ru: 'ru_a+ru_b+ru_c' });
    expect(pagefindIdentity(entry('ru_b'), entry('ru_a'))).not.toEqual(pagefindIdentity(entry('ru_a'), entry('ru_b')));
    expect(pagefindIdentity()).toEqual({});
  });
});

describe('the list of indexes', () => {
  const good = { indexes: ['', '2/', '3/'], pagefind: { ru: 'ru_a+ru_b+ru_c' }, pages: 9000 };
  it('is read when its folders are the first index and then 2/, 3/ … in order', () => {
    expect(parseIndexes(good)).toEqual(good);
    expect(parseIndexes({ ...good, indexes: [''] })).toEqual({ ...good, indexes: [''] });
    expect(indexFolder(0)).toBe('');
    expect(indexFolder(4)).toBe('5/');
  });
  it('is refused when malformed: no first index, a folder out of order or outside, no identity', () => {
    expect(parseIndexes({ ...good, indexes: [] })).toBeNull();
    expect(parseIndexes({ ...good, indexes: ['2/', ''] })).toBeNull();
    expect(parseIndexes({ ...good, indexes: ['', '../x/'] })).toBeNull();
    expect(parseIndexes({ ...good, indexes: ['', 'https://elsewhere.example/'] })).toBeNull();
    expect(parseIndexes({ ...good, pagefind: { ru: 1 } })).toBeNull();
    expect(parseIndexes({ ...good, pages: -1 })).toBeNull();
    expect(parseIndexes('nonsense')).toBeNull();
  });
});

describe('the excerpt window', () => {
  const none = new Map<number, number>();
  const at = (...positions: number[]) => new Map(positions.map((p) => [p, 1]));

  it('opens after the title when nothing visible matched', () => {
    expect(excerptWindow(none, 5, 200, 28)).toEqual({ start: 5, stop: 33, marked: [] });
    expect(excerptWindow(at(250), 5, 200, 28)).toEqual({ start: 5, stop: 33, marked: [] });
  });

  it('goes to the densest run of matches in the text, not to the title', () => {
    const w = excerptWindow(at(1, 2, 120, 124), 5, 200, 28);
    expect(w.start).toBeLessThanOrEqual(120);
    expect(w.stop).toBeGreaterThan(124);
    expect(w.marked).toEqual([120, 124]);
  });

  it('takes the title when only the title matched, and keeps the window inside the text', () => {
    expect(excerptWindow(at(2), 5, 200, 28).marked).toEqual([2]);
    expect(excerptWindow(at(199), 5, 200, 28)).toMatchObject({ start: 172, stop: 200, marked: [199] });
    expect(excerptWindow(at(3), 0, 10, 28)).toEqual({ start: 0, stop: 10, marked: [3] });
  });
});

describe('excerpts from cards', () => {
  const title = 'Письмо Л. Д. Троцкого в ЦК';
  const f = fragment({ title, text: words(640), hidden: ['Trotsky'] });
  const { entry, cards } = pageCards(f);
  const all = splitWords(f.content);

  it('find every window in one card, with the same words as the whole text', () => {
    expect(entry).toEqual([6, 646]);
    for (const matches of [[], [7], [99, 100, 101], [104], [299, 300], [5, 640], [644], [0, 1, 2, 3, 4], [645], [646]]) {
      const window = cardWindow(matches, entry, EXCERPT_WORDS);
      const card = cards[cardNumber(window.start, CARD_WORDS)]!;
      const fromCard = cardExcerpt(card, window, entry[1]);
      expect(fromCard, `matches ${matches.join(',')}`).toEqual(excerptFrom(all, 0, window, entry[1]));
      expect(fromCard.words).toHaveLength(Math.min(EXCERPT_WORDS, entry[1] - window.start));
      for (const i of fromCard.marked) expect(matches).toContain(window.start + i);
    }
  });

  it('never show the index-only text', () => {
    const window = cardWindow([646], entry, EXCERPT_WORDS);
    expect(window.marked).toEqual([]);
    expect(cardExcerpt(cards[cardNumber(window.start, CARD_WORDS)]!, window, entry[1]).words).not.toContain('Trotsky');
  });
});

describe('highlightedUrl', () => {
  it('adds one highlight parameter per word, as Pagefind does, lower-cased but otherwise as typed', () => {
    expect(highlightedUrl('/documents/pt-012/', 'Троцкий Сталин')).toBe(
      `/documents/pt-012/?highlight=${encodeURIComponent('троцкий')}&highlight=${encodeURIComponent('сталин')}`,
    );
    expect(decodeURIComponent(highlightedUrl('/a/', 'Алма-Ата – Москва'))).toBe('/a/?highlight=алма-ата&highlight=москва');
    expect(decodeURIComponent(highlightedUrl('/a/?x=1#n', ' a  b '))).toBe('/a/?x=1&highlight=a&highlight=b#n');
    expect(decodeURIComponent(highlightedUrl('/a/', '"Красной армии", «Правда»'))).toBe('/a/?highlight=красной&highlight=армии&highlight=правда');
    expect(highlightedUrl('/a/', null)).toBe('/a/');
    expect(highlightedUrl('/a/', '  ')).toBe('/a/');
  });
});
