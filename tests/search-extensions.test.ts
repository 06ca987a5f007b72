/**
 * Pagefind (1.6) loads, for a query word, the index chunk of its stem and the chunk of the word as
 * typed, and matches the stem as a prefix of the indexed stems in what it has loaded: stems that sort
 * between the two may lie in a chunk between them, and a search finds them only if that chunk happened
 * to be loaded by an earlier search or preload. The edition loads the chunks of every stem the query's
 * words extend to first (`loadExtensions`, src/lib/search/contract/lexicon.ts). Here a real Pagefind
 * index is cut where that happens: a chunk closes once its words hold 20,000 positions (`chunk_index` in
 * Pagefind's `pagefind/src/index/mod.rs`).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type NodeIndex } from '../scripts/lib/node-index.ts';
import { INDEXES_FILE, PAGEFIND_PATH, pagefindIdentity } from '../src/lib/search/contract/indexes.ts';
import { checkQuery, loadExtensions, pagefindStem, shardKey, type WordLists, type WordShard } from '../src/lib/search/contract/lexicon.ts';

/**
 * Four pages. Sorted, the indexed stems are `лев`, `оппозиц` (of «оппозиция», page 2, printed 20,000
 * times: the first chunk closes after it), `оппозиционны` (page 1, printed 20,000 times: the second closes
 * after it), then, in the third, `оппозицистск` (page 3), `пароход` and `уклон` (page 4). «оппозиция» as
 * typed sorts after `оппозицис`: Pagefind loads the first chunk (its stem) and the third (the word), not
 * the second.
 */
const repeat = (word: string, times: number): string => Array.from({ length: times }, () => word).join(' ');
const PAGES: Array<{ url: string; content: string }> = [
  { url: '/1/', content: repeat('оппозиционный', 20_000) },
  { url: '/2/', content: `левая ${repeat('оппозиция', 20_000)}` },
  { url: '/3/', content: 'оппозицистский уклон' },
  { url: '/4/', content: 'пароход' },
];

/** The lists the edition would write for these pages: each printed form with its pages. */
const shard: WordShard = { оппозиционный: ['p1'], оппозиция: ['p2'], оппозицистский: ['p3'] };
const lists: WordLists = {
  shard: async (key) => (key === shardKey('оппозиция') ? shard : {}),
  pages: () => Promise.reject(new Error('no file of pages here')),
  parts: 1,
  wordParts: async () => ({}),
};

let index: NodeIndex;

beforeAll(async () => {
  const site = await mkdtemp(join(tmpdir(), 'edition-extensions-'));
  const { index: built, errors } = await pagefind.createIndex({});
  if (!built) throw new Error(errors.join('; '));
  for (const page of PAGES) await built.addCustomRecord({ ...page, language: 'ru', meta: { title: page.url } });
  await built.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  const entry: unknown = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  await writeFile(join(site, PAGEFIND_PATH, INDEXES_FILE), JSON.stringify({ indexes: [''], pagefind: pagefindIdentity(entry), pages: PAGES.length }));
  // Without word lists: Pagefind's own search, no chunk loaded but the ones it asks for.
  index = await openIndex(site, {});
}, 120_000);

describe('a query word whose extensions fill a chunk between the chunk of its stem and its own', () => {
  const urlsOf = async (query: string): Promise<string[]> =>
    (await index.urls((await index.hits(query)).map((h) => h.id))).map((url) => new URL(url).pathname).sort();

  it('has extensions in two chunks, which the lists name', async () => {
    expect(pagefindStem('оппозиция')).toBe('оппозиц');
    expect((await checkQuery('оппозиция', lists)).extensions).toEqual(['оппозиц', 'оппозиционны', 'оппозицистск']);
  });

  it('is found by Pagefind alone in the chunks of its stem and of the word as typed, not the one between', async () => {
    // Should Pagefind come to load every chunk the stem extends into, this fails and `loadExtensions` can go.
    expect(await urlsOf('оппозиция')).toEqual(['/2/', '/3/']);
  });

  it('is found on every page once the chunks of its extensions are loaded', async () => {
    await loadExtensions(index, await checkQuery('оппозиция', lists));
    expect(await urlsOf('оппозиция')).toEqual(['/1/', '/2/', '/3/']);
  });
});
