/**
 * The result cards of the built site (dist/search/cards/, written by scripts/lib/search-cards.ts)
 * against the index they were cut from: every page of the index has its entry and its cards, the
 * cards hold the page's visible text word for word at the positions Pagefind's results give, the
 * filter counts are Pagefind's own, and for real queries the card of each result holds its
 * excerpt with the matched words marked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFragmentFile, type PagefindFragment } from '../../src/lib/search/cards.ts';
import { openIndex, type NodeIndex } from '../../scripts/lib/node-index.ts';
import { stemRu } from '../../src/lib/search/snowball-ru.ts';
import {
  CARD_INDEX_FILE,
  cardPagesFile,
  pageKey,
  CARD_OVERLAP,
  CARD_WORDS,
  CARDS_PATH,
  cardFile,
  cardNumber,
  parseCard,
  parseCardIndex,
  parseCardPages,
  type Card,
  type CardIndex,
  type CardIndexPages,
} from '../../src/lib/search/contract/cards.ts';
import { INDEXES_FILE, pagefindIdentity, parseIndexes, type SearchIndexes } from '../../src/lib/search/contract/indexes.ts';
import { EXCERPT_WORDS } from '../../src/lib/search/contract/pagefind.ts';
import { splitWords } from '../../src/lib/search/contract/words.ts';
import { INDEX_ONLY_ANCHOR } from '../../src/lib/search/contract/keys.ts';
import { cardExcerpt, cardWindow } from '../../src/scripts/search/cards.ts';
import { excerptFrom } from '../../src/scripts/search/excerpt.ts';

const dist = inject('distDir');
const cardsDir = join(dist, ...CARDS_PATH.split('/').filter(Boolean));
const indexes: SearchIndexes = (() => {
  const list = parseIndexes(JSON.parse(readFileSync(join(dist, 'pagefind', INDEXES_FILE), 'utf8')));
  if (!list) throw new Error(`pagefind/${INDEXES_FILE} is missing or malformed`);
  return list;
})();
const folders = indexes.indexes.map((folder) => join(dist, 'pagefind', folder));
const entries = folders.map((folder) => JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> });

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function card(id: string, k: number): Card {
  const parsed = parseCard(readJson(join(cardsDir, cardFile(id, k))));
  if (!parsed) throw new Error(`malformed card ${cardFile(id, k)}`);
  return parsed;
}

let index: CardIndex;
let pages: CardIndexPages;
let fragments: Map<string, PagefindFragment>;
let pagefind: NodeIndex;

beforeAll(async () => {
  const parsed = parseCardIndex(readJson(join(cardsDir, CARD_INDEX_FILE)));
  if (!parsed) throw new Error(`${CARDS_PATH}${CARD_INDEX_FILE} is missing or malformed`);
  index = parsed;
  pages = {};
  for (const name of readdirSync(join(cardsDir, 'pages'))) {
    const key = name.replace(/\.json$/, '');
    const file = parseCardPages(readJson(join(cardsDir, cardPagesFile(key))));
    if (!file) throw new Error(`${CARDS_PATH}${cardPagesFile(key)} is malformed`);
    expect(file.pagefind, `${cardPagesFile(key)} of the index's build`).toEqual(index.pagefind);
    for (const [id, entry] of Object.entries(file.pages)) {
      expect(pageKey(id, index.pageLetters), `${id} in ${cardPagesFile(key)}`).toBe(key);
      pages[id] = entry;
    }
  }
  fragments = new Map(
    folders.flatMap((folder) =>
      readdirSync(join(folder, 'fragment'))
        .filter((f) => f.endsWith('.pf_fragment'))
        .flatMap((f) => readFragmentFile(readFileSync(join(folder, 'fragment', f)), f)),
    ),
  );
  pagefind = await openIndex(dist);
});

describe('result cards', () => {
  it('name the build of the Pagefind index they were cut from', () => {
    expect(index.pagefind).toEqual(pagefindIdentity(...entries));
    expect(index.pagefind).toEqual(indexes.pagefind);
    expect(Object.keys(index.pagefind)).toEqual(['ru']);
  });

  it('were cut with the sizes the page reads them with', () => {
    expect(index.cardWords).toBe(CARD_WORDS);
    expect(index.cardOverlap).toBe(CARD_OVERLAP);
    expect(index.cardOverlap).toBeGreaterThanOrEqual(EXCERPT_WORDS);
  });

  it('cover every page of the index, and no other', () => {
    const pageCount = entries.flatMap((entry) => Object.values(entry.languages)).reduce((n, l) => n + l.page_count, 0);
    expect(fragments.size).toBe(pageCount);
    expect(indexes.pages).toBe(pageCount);
    expect(Object.keys(pages).sort()).toEqual([...fragments.keys()].sort());
    const files = readdirSync(cardsDir).filter((f) => f !== CARD_INDEX_FILE && f !== 'pages');
    const expected = Object.entries(pages).flatMap(([id, [, visible]]) =>
      Array.from({ length: Math.max(1, Math.ceil(visible / CARD_WORDS)) }, (_, k) => cardFile(id, k)),
    );
    expect(files.sort()).toEqual(expected.sort());
  });

  it('hold each page’s visible text word for word, and what its result shows', () => {
    const problems: string[] = [];
    for (const [id, fragment] of fragments) {
      const [titleEnd, visible] = pages[id]!;
      const words = splitWords(fragment.content);
      const anchor = fragment.anchors?.find((a) => a.id === INDEX_ONLY_ANCHOR)?.location;
      if (visible !== (anchor ?? words.length)) problems.push(`${fragment.url}: visible ${visible}, anchor ${anchor}`);
      if (fragment.url.startsWith('/documents/') && (anchor === undefined || titleEnd === 0)) {
        problems.push(`${fragment.url}: a document page without index-only anchor or title (${titleEnd})`);
      }
      for (let k = 0; k * CARD_WORDS < visible || k === 0; k++) {
        const c = card(id, k);
        const want = words.slice(k * CARD_WORDS, Math.min(k * CARD_WORDS + CARD_WORDS + CARD_OVERLAP, visible));
        if (c.start !== k * CARD_WORDS || c.words.join(' ') !== want.join(' ')) problems.push(`${cardFile(id, k)}: words differ from ${fragment.url}`);
        if (c.url !== fragment.url || c.title !== (fragment.meta['title']?.trim() || fragment.url)) problems.push(`${cardFile(id, k)}: url or title`);
        if (c.date !== (fragment.meta['date']?.trim() || null)) problems.push(`${cardFile(id, k)}: date ${c.date}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('carry the filter counts Pagefind gives', async () => {
    expect(index.filters).toEqual(await pagefind.filters());
  });

  /** A word as Pagefind compares it: lower case, `ё` → `е`, `й` → `и`, letters and digits only. */
  const folded = (w: string): string =>
    w.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/й/g, 'и').replace(/[^\p{L}\p{N}]/gu, '');

  it.each(['Зиновьев', 'оппозиция', 'Коминтерн', 'Троцкого Сталину', 'Trotsky', '15.09.1927', 'Алма-Ата', 'Красной армии'])(
    'show the excerpt of each of the first results of «%s», the words Pagefind matched marked',
    async (query) => {
      const hits = (await pagefind.hits(query)).slice(0, 10);
      expect(hits.length, `results of «${query}»`).toBeGreaterThan(0);
      // Pagefind finds a word by its stem and by longer words beginning with it (`троцк` → `троцкистской`).
      const stems = query.split(/\s+/).map((w) => stemRu(folded(w)));
      let marked = 0;
      for (const hit of hits) {
        const page = pages[hit.id];
        expect(page, `card index entry of ${hit.id}`).toBeDefined();
        const [, visible] = page!;
        const window = cardWindow(hit.words, page!, EXCERPT_WORDS);
        const excerpt = cardExcerpt(card(hit.id, cardNumber(window.start, CARD_WORDS)), window, visible);
        const data = await hit.data();
        expect(excerpt, `${data.url}, words ${window.start}–${window.stop}`).toEqual(excerptFrom(splitWords(data.content), 0, window, visible));
        // The positions Pagefind gave point at the words it matched: the marked words of the card are the query's.
        for (const i of excerpt.marked) {
          const word = excerpt.words[i] ?? '';
          // Pagefind also indexes the parts of a joined word (`рабочих-оппозиционеров`, `тов.Сталину`).
          const parts = [folded(word), ...word.split(/[^\p{L}\p{N}]+/u).map(folded)];
          expect(
            stems.some((stem) => parts.some((p) => p.startsWith(stem))),
            `«${word}» marked in ${data.url} for «${query}» (stems ${stems.join(', ')})`,
          ).toBe(true);
        }
        marked += excerpt.marked.size;
      }
      // Latin names and typed dates are mostly matched in the index-only text, which is never shown.
      if (!/^[A-Za-z]+$|^\d/.test(query)) expect(marked, `marked words in the excerpts of «${query}»`).toBeGreaterThan(0);
    },
  );
});
