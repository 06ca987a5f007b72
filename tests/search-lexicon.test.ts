import { describe, expect, it } from 'vitest';
import {
  checkQuery,
  exactFirst,
  isIndexed,
  listedResults,
  nearestWords,
  pagesPrinting,
  queryWords,
  shardKey,
  type WordLists,
  type WordShard,
} from '../src/lib/search/contract/lexicon.ts';
import { chunkWords, pageWords, wordShards } from '../src/lib/search/lexicon.ts';
import { INDEX_ONLY_ANCHOR } from '../src/lib/search/contract/keys.ts';
import type { PagefindFragment } from '../src/lib/search/cards.ts';

/** Two pages as Pagefind's fragments hold them: visible text, then the index-only text. */
const fragment = (visible: string, indexOnly: string, meta: Record<string, string> = {}): PagefindFragment => ({
  url: '/x/',
  content: `${visible} ${indexOnly}`,
  meta: { title: visible.split(' ')[0]!, ...meta },
  filters: {},
  anchors: [{ element: 'div', id: INDEX_ONLY_ANCHOR, text: '', location: visible.split(' ').length }],
});

const pages = new Map<string, PagefindFragment>([
  ['b', fragment('Письмо Троцкого о пушке. (подп. Н. Седова-Троцкая)', 'Троцкий L. D. Trotsky K. 15.09.1927', { index_forms: 'красной' })],
  ['a', fragment('Троцкий и Зиновьев о Красной армии', 'Trotsky')],
]);
const shards = wordShards(pages);
const lists: WordLists = { shard: async (key) => shards.get(key) ?? {}, page: (id) => ({ a: 0, b: 1 })[id] };
const shardOf = (w: string): WordShard => shards.get(shardKey(w)) ?? {};

describe('the word lists: made from the fragments', () => {
  it('takes a chunk’s letters and digits joined, and its parts', () => {
    expect(chunkWords('Седова-Троцкая)')).toEqual(['седоватроцкая', 'седова', 'троцкая']);
    expect(chunkWords('15.09.1927')).toEqual(['15091927', '15', '09', '1927']);
    expect(chunkWords('Её')).toEqual(['ее']);
    expect(chunkWords('—')).toEqual([]);
  });

  it('tells the words printed on a page from those only indexed (index-only text, metadata)', () => {
    const { printed, indexed } = pageWords(pages.get('b')!);
    expect(printed.has('троцкая')).toBe(true);
    expect(printed.has('trotsky')).toBe(false);
    expect(indexed.has('trotsky')).toBe(true);
    expect(indexed.has('красной')).toBe(true);
  });

  it('lists each word with the pages printing it, numbered by sorted page hash', () => {
    expect(shardOf('троцкий')['троцкий']).toEqual([0]);
    expect(shardOf('троцкая')['троцкая']).toEqual([1]);
    expect(shardOf('trotsky')['trotsky']).toEqual([]);
    expect(shardOf('красной')['красной']).toEqual([0]);
  });
});

describe('the word lists: a query word in no source', () => {
  it('reads a query as Pagefind does', () => {
    expect(queryWords('  Алма-Ата 15.09.1927 Её ')).toEqual(['алмаата', '15091927', 'ее']);
  });

  it('finds a word whose stem begins an indexed word’s stem, and no word that only a shorter word begins', () => {
    expect(isIndexed('Троцкого', shardOf('троцкого'))).toBe(true);
    expect(isIndexed('Троцк', shardOf('троцк'))).toBe(true);
    expect(isIndexed('Trotsky', shardOf('trotsky'))).toBe(true);
    // Pagefind falls back to `пушк` (of «пушке») for «Пушкин», to `k` for «Knudsen».
    expect(isIndexed('Пушкин', shardOf('пушкин'))).toBe(false);
    expect(isIndexed('Knudsen', shardOf('knudsen'))).toBe(false);
  });

  it('names the words in no source with the nearest words, and lists nothing for them', async () => {
    const checked = await checkQuery('Троцкий Пушкин', lists);
    expect(checked.missing).toEqual([{ word: 'Пушкин', nearest: ['пушке'] }]);
    expect(await listedResults('Троцкий Пушкин', ['a', 'b'], (x) => x, lists)).toEqual({ results: [], missing: checked.missing });
    expect(nearestWords('троцкои', shardOf('троцкой'))[0]).toMatch(/^троцк/);
  });

  it('takes a hyphenated query word as present when each part is, as the page searches them apart', async () => {
    expect((await checkQuery('Троцкий-Зиновьев', lists)).missing).toEqual([]);
    expect((await checkQuery('Троцкий-Эйнштейн', lists)).missing.map((m) => m.word)).toEqual(['Троцкий-Эйнштейн']);
  });

  it('leaves words too short to tell to Pagefind', async () => {
    expect((await checkQuery('ЦК в', lists)).missing).toEqual([]);
  });
});

describe('the word lists: the exact form first', () => {
  it('knows which pages print a form as typed (ё as е; й not as и)', () => {
    expect([...pagesPrinting('Троцкая', shardOf('троцкая'))]).toEqual([1]);
    expect([...pagesPrinting('Троцкий', shardOf('троцкий'))]).toEqual([0]);
  });

  it('puts the results holding more of the words as typed first, each group in Pagefind’s order', () => {
    const order = exactFirst(['x', 'y', 'z', 'w'], (r) => ({ x: 0, y: 1, z: 2, w: 3 })[r], [new Set([2, 3]), new Set([3])]);
    expect(order).toEqual(['w', 'z', 'x', 'y']);
    expect(exactFirst(['x', 'y'], () => 0, [])).toEqual(['x', 'y']);
  });

  it('lets a form lead only when at most a tenth of the results print it', async () => {
    const many = Array.from({ length: 20 }, (_, i) => (i === 0 ? 'a' : i === 1 ? 'b' : `p${i}`));
    // «Троцкая» is printed on page b only: 1 of 20 results leads.
    expect((await listedResults('Троцкая', many, (x) => x, lists)).results.slice(0, 2)).toEqual(['b', 'a']);
    // Of two results, one printing it is half of them: Pagefind's order stays.
    expect((await listedResults('Троцкая', ['a', 'b'], (x) => x, lists)).results).toEqual(['a', 'b']);
    // By date, never.
    expect((await listedResults('Троцкая', many, (x) => x, lists, true)).results.slice(0, 2)).toEqual(['a', 'b']);
  });
});
