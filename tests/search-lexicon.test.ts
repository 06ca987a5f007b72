import { describe, expect, it } from 'vitest';
import {
  checkQuery,
  exactFirst,
  isIndexed,
  listedResults,
  loadExtensions,
  nearestWords,
  pagesPrinting,
  queryWords,
  INLINE_PAGES,
  pagesFile,
  partsFile,
  shardKey,
  type WordLists,
  type WordShard,
} from '../src/lib/search/contract/lexicon.ts';
import { chunkWords, pageWords, wordListsBuilder, wordShards, type WordListFiles } from '../src/lib/search/lexicon.ts';
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
/** Word lists as the search page reads them (a missing file of pages is an error, as a 404 is). */
function listsFrom(files: WordListFiles, parts = 1): WordLists & { files: WordListFiles } {
  return {
    files,
    shard: async (key) => files.shards.get(key) ?? {},
    pages: async (key, f) => {
      const list = files.pages.get(pagesFile(key, f));
      if (!list) throw new Error(`no ${pagesFile(key, f)}`);
      return list;
    },
    parts,
    wordParts: async (key) => files.parts.get(partsFile(key)) ?? {},
  };
}
/** Word lists over the fragments of an index in one part. */
const listsOf = (fragments: ReadonlyMap<string, PagefindFragment>) => listsFrom(wordShards(fragments));
const lists = listsOf(pages);
const shardOf = (w: string): WordShard => lists.files.shards.get(shardKey(w)) ?? {};

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

  it('lists each word with the pages printing it, by page hash', () => {
    expect(shardOf('троцкий')['троцкий']).toEqual(['a']);
    expect(shardOf('троцкая')['троцкая']).toEqual(['b']);
    expect(shardOf('trotsky')['trotsky']).toEqual([]);
    expect(shardOf('красной')['красной']).toEqual(['a']);
    expect(lists.files.pages.size, 'no word is printed on more than INLINE_PAGES pages').toBe(0);
  });

  it('puts the pages of a word printed on many in a file of its own, numbered within its shard', () => {
    const many = new Map<string, PagefindFragment>(
      Array.from({ length: INLINE_PAGES + 1 }, (_, i) => [`p${String(i).padStart(2, '0')}`, fragment(`Пленум ЦК постановил ${i}`, '')]),
    );
    many.set('q', fragment('Пленумы и пленарные заседания', ''));
    const { shards, pages: files } = wordShards(many);
    const shard = shards.get(shardKey('пленум'))!;
    expect(shard['пленум']).toEqual({ n: INLINE_PAGES + 1, f: 0 });
    expect(shard['пленумы']).toEqual(['q']);
    expect(files.get(pagesFile(shardKey('пленум'), 0))).toEqual([...many.keys()].filter((k) => k !== 'q').sort());
    expect(shards.get(shardKey('постановил'))!['постановил']).toEqual({ n: INLINE_PAGES + 1, f: 0 });
    expect([...files.keys()].sort()).toEqual(['пленум', 'постановил', 'цк'].map((w) => pagesFile(shardKey(w), 0)).sort());
  });

  it('gives the shards one at a time, each once, in the order of their keys, as the lists hold them together', () => {
    const builder = wordListsBuilder();
    for (const [hash, page] of pages) builder.add(hash, page);
    const given = builder.shards();
    const first = given.next();
    expect(first.done).toBe(false);
    const rest = [...given];
    const keys = [first.value!, ...rest].map((s) => s.key);
    expect(keys).toEqual([...new Set(keys)].sort());
    const together = builder.files();
    expect(keys).toEqual([...together.shards.keys()].sort());
    for (const { key, shard } of [first.value!, ...rest]) {
      expect(shard).toEqual(together.shards.get(key));
      // Within a shard the words are in order, as the page's search reads them.
      expect(Object.keys(shard)).toEqual(Object.keys(shard).sort());
    }
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
  it('knows which pages print a form as typed (ё as е; й not as и)', async () => {
    const printing = (w: string) => pagesPrinting(w, shardOf(w.toLowerCase()), shardKey(w.toLowerCase()), lists);
    expect([...(await printing('Троцкая').pages())]).toEqual(['b']);
    expect([...(await printing('Троцкий').pages())]).toEqual(['a']);
    expect(printing('Троцкий')).toMatchObject({ least: 1, most: 1 });
    expect(printing('Троцкой')).toMatchObject({ least: 0, most: 0 });
  });

  it('puts the results holding more of the words as typed first, each group in Pagefind’s order', () => {
    const order = exactFirst(['x', 'y', 'z', 'w'], (r) => r, [new Set(['z', 'w']), new Set(['w'])]);
    expect(order).toEqual(['w', 'z', 'x', 'y']);
    expect(exactFirst(['x', 'y'], (r) => r, [])).toEqual(['x', 'y']);
  });

  it('reads the pages of a form printed on many only when it may lead', async () => {
    // «пленум» on 40 pages, «пленумы» on one: among 400 results «пленум» (40 = a tenth) leads; among 399 it does not.
    const many = new Map<string, PagefindFragment>(Array.from({ length: 40 }, (_, i) => [`p${String(i).padStart(2, '0')}`, fragment(`Пленум ЦК ${i}`, '')]));
    many.set('q', fragment('Пленумы ЦК', ''));
    const base = listsOf(many);
    const read: string[] = [];
    const counted: WordLists = { ...base, pages: (key, f) => (read.push(pagesFile(key, f)), base.pages(key, f)) };
    const others = Array.from({ length: 360 }, (_, i) => `x${i}`);
    const results = ['q', ...others.slice(0, 359), ...[...many.keys()].filter((k) => k !== 'q')];
    expect(results).toHaveLength(400);
    const listed = await listedResults('пленум', results, (x) => x, counted);
    expect(listed.results.slice(0, 40).sort()).toEqual([...many.keys()].filter((k) => k !== 'q').sort());
    expect(read).toEqual([pagesFile(shardKey('пленум'), 0)]);
    read.length = 0;
    const fewer = results.filter((r) => r !== 'x0');
    expect((await listedResults('пленум', fewer, (x) => x, counted)).results).toEqual(fewer);
    expect(read, 'a form on more than a tenth of the results: its pages are not read').toEqual([]);

    // A file of pages of another build (its length is not its word's count) is not used: the caller keeps Pagefind's order.
    const stale: WordLists = { ...base, pages: async (key, f) => (await base.pages(key, f)).slice(1) };
    await expect(listedResults('пленум', results, (x) => x, stale)).rejects.toThrow(/lists 39 pages, its word 40/);
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

describe('the word lists of an index in parts', () => {
  // Three parts: «Троцкий» in all, «Зиновьев» in parts 0 and 2, «Knudsen» (index-only) in part 1 alone.
  const parted = (): WordListFiles => {
    const builder = wordListsBuilder(3);
    builder.add('a', fragment('Троцкий и Зиновьев', ''), 0);
    builder.add('b', fragment('Троцкий', 'Knudsen'), 1);
    builder.add('c', fragment('Троцкому Зиновьеву', ''), 2);
    return builder.files();
  };

  it('name beside each shard the words some part lacks, with the parts that index them', () => {
    const files = parted();
    expect(files.parts.get(partsFile(shardKey('зиновьев')))).toEqual({ зиновьев: [0], зиновьеву: [2] });
    expect(files.parts.get(partsFile(shardKey('knudsen')))).toEqual({ knudsen: [1] });
    // «троцкий» is in parts 0 and 1, «троцкому» in 2 alone: both named; a word in every part is not.
    expect(files.parts.get(partsFile(shardKey('троцкий')))).toEqual({ троцкий: [0, 1], троцкому: [2] });
    const everywhere = wordListsBuilder(2);
    everywhere.add('a', fragment('Троцкий', ''), 0);
    everywhere.add('b', fragment('Троцкий', ''), 1);
    expect(everywhere.files().parts.size, 'a word in every part: no file').toBe(0);
    expect(wordShards(pages).parts.size, 'an index in one part: no file').toBe(0);
  });

  it('refuse a page of a part out of order or out of range', () => {
    const builder = wordListsBuilder(2);
    builder.add('a', fragment('Троцкий', ''), 1);
    expect(() => builder.add('b', fragment('Троцкий', ''), 0)).toThrow(/part 0 added after part 1/);
    expect(() => builder.add('c', fragment('Троцкий', ''), 2)).toThrow(/part 2 of an index of 2/);
  });

  it('narrow a search to the parts that find every query word itself, as their stems match', async () => {
    const lists = listsFrom(parted(), 3);
    // «Троцк…» matches «троцкий» and «троцкому»: every part has one of them.
    expect((await checkQuery('Троцкий', lists)).parts).toBeNull();
    expect((await checkQuery('Зиновьев', lists)).parts).toEqual([0, 2]);
    expect((await checkQuery('Knudsen', lists)).parts).toEqual([1]);
    expect((await checkQuery('Троцкий Зиновьев', lists)).parts).toEqual([0, 2]);
    expect((await checkQuery('Зиновьев Knudsen', lists)).parts, 'no part has both').toEqual([]);
    // Short words are left to Pagefind, a word in no source empties the results anyway.
    expect((await checkQuery('ЦК Knudsen', lists)).parts).toEqual([1]);
    const missing = await checkQuery('Пушкин Knudsen', lists);
    expect(missing.missing.map((m) => m.word)).toEqual(['Пушкин']);
    // The same lists read as one part: nothing narrowed, no file of parts asked.
    const whole = { ...lists, parts: 1, wordParts: () => Promise.reject(new Error('asked')) };
    expect((await checkQuery('Зиновьев Knudsen', whole)).parts).toBeNull();
  });
});


describe('the word lists: every stem a query word extends to', () => {
  const opposition = listsOf(new Map([['c', fragment('оппозиция оппозиционный оппозицистский опора оппозиционеры', '')]]));

  it('names the indexed stems that begin with each checked word’s stem, each once, sorted', async () => {
    // `оппозиц` begins `оппозиционны`, `оппозиционер` and `оппозицистск`, not `опор`.
    expect((await checkQuery('оппозиция', opposition)).extensions).toEqual(['оппозиц', 'оппозиционер', 'оппозиционны', 'оппозицистск']);
    expect((await checkQuery('оппозиционный', opposition)).extensions).toEqual(['оппозиционны']);
    // «Троцкого», «Троцкий» and «Седова-Троцкая» (its part «троцкая») have one stem.
    expect((await checkQuery('Троцкого', lists)).extensions).toEqual(['троцк']);
  });

  it('takes a joined word’s parts too, as the page searches them apart', async () => {
    expect((await checkQuery('Троцкий-Зиновьев', lists)).extensions).toEqual(['зинов', 'троцк']);
  });

  it('names none for a word in no source or too short to tell', async () => {
    expect((await checkQuery('Пушкин', lists)).extensions).toEqual([]);
    expect((await checkQuery('ЦК в', lists)).extensions).toEqual([]);
  });

  it('has their chunks loaded before a search, in one preload, and nothing when there are none', async () => {
    const asked: string[] = [];
    const pagefind = { preload: async (term: string) => void asked.push(term) };
    await loadExtensions(pagefind, await checkQuery('оппозиция Троцкого', opposition));
    await loadExtensions(pagefind, await checkQuery('Троцкого Зиновьев', lists));
    await loadExtensions(pagefind, await checkQuery('ЦК', lists));
    await loadExtensions(pagefind, null);
    expect(asked).toEqual(['оппозиц оппозиционер оппозиционны оппозицистск', 'зинов троцк']);
  });
});
