/**
 * The built site's search, against its browse pages and its records: the filter counts a reader
 * sees on /search/ (the card index's counts, equal to Pagefind's `filters()`: search-cards.test.ts)
 * are the counts of the year and source pages; and the word lists beside the cards
 * (src/lib/search/contract/lexicon.ts) hold every word of every record, so the search page never
 * takes a word the texts print for one in no source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_INDEX_FILE, CARDS_PATH, parseCardIndex } from '../../src/lib/search/contract/cards.ts';
import { checkQuery, INLINE_PAGES, isIndexed, pagesFile, shardKey, WORDS_PATH, type WordShard } from '../../src/lib/search/contract/lexicon.ts';
import { FILTER_KEYS } from '../../src/lib/search/contract/keys.ts';
import { indexedTexts, words } from '../../src/lib/search/text.ts';
import { urls } from '../../src/lib/ids/urls.ts';
import { readWordLists } from '../../scripts/lib/word-lists.ts';
import type { Study } from '../../src/schemas/index.ts';
import { distDir, documents, readData, sources } from './site-data.ts';

const page = (path: string): string => readFileSync(join(distDir, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
const index = parseCardIndex(JSON.parse(readFileSync(join(distDir, ...CARDS_PATH.split('/').filter(Boolean), CARD_INDEX_FILE), 'utf8')))!;

describe('the search filters count what the browse pages count', () => {
  const years = index.filters[FILTER_KEYS.year.key] ?? {};

  it('every year: the filter’s count is the count of /dates/YYYY/, and every dated document has one year', () => {
    expect(Object.keys(years).length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const [year, count] of Object.entries(years)) {
      const shown = /<h1[^>]*>\d{4} год<\/h1>\s*<p[^>]*>(\d+) документ/.exec(page(urls.year(year)))?.[1];
      if (Number(shown) !== count) problems.push(`${year}: filter ${count}, page ${shown ?? 'no count'}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    const dated = documents.filter((d) => d.date.edtf !== null).length;
    expect(Object.values(years).reduce((a, b) => a + b, 0)).toBe(dated);
  });

  it('1925: the two letters of «декабрь 1924 – январь 1925» are filed under 1924, as on /dates/', () => {
    // pt-036 and pt-037 are dated 1924-12~/1925-01~ (read from data/documents.json).
    const ranged = documents.filter((d) => d.date.edtf === '1924-12~/1925-01~').map((d) => d.id).sort();
    expect(ranged).toEqual(['pt-036', 'pt-037']);
    expect(years['1925']).toBe(documents.filter((d) => d.date.edtf?.startsWith('1925')).length);
  });

  it('every source: the filter counts its documents and studies, not its preface', () => {
    const studies = readData<Study[]>('studies.json');
    const bySource = index.filters[FILTER_KEYS.source.key] ?? {};
    const problems: string[] = [];
    for (const s of sources) {
      const docs = documents.filter((d) => d.source === s.id).length;
      const count = docs + studies.filter((t) => t.source === s.id).length;
      if (count === 0) {
        if (s.shortTitle in bySource) problems.push(`${s.id}: nothing indexed, but in the filter`);
        continue;
      }
      if (bySource[s.shortTitle] !== count) problems.push(`${s.id}: filter ${bySource[s.shortTitle]}, records ${count}`);
      if (docs === 0) continue;
      const shown = /В издании: (\d+) документ/.exec(page(urls.source(s.id)))?.[1];
      if (Number(shown) !== docs) problems.push(`${s.id}: page ${shown}, documents ${docs}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the word lists of the built index', () => {
  const lists = readWordLists(distDir);

  it('hold every word of every record, so no printed word is taken for one in no source', async () => {
    const all = new Set(documents.flatMap((d) => indexedTexts(d).flatMap((t) => words(t))));
    const missing: string[] = [];
    for (const w of all) {
      const { missing: m } = await checkQuery(w, lists);
      if (m.length > 0) missing.push(w);
    }
    expect(all.size).toBeGreaterThan(10000);
    expect(missing, missing.slice(0, 50).join(' ')).toEqual([]);
  });

  it('list each word’s pages by hash, sorted, pages of the index; a word on many in its own file of that many', () => {
    const cardsDir = join(distDir, ...CARDS_PATH.split('/').filter(Boolean));
    const known = new Set(
      readdirSync(join(cardsDir, 'pages')).flatMap((f) => Object.keys((JSON.parse(readFileSync(join(cardsDir, 'pages', f), 'utf8')) as { pages: object }).pages)),
    );
    const wordsDir = join(distDir, ...WORDS_PATH.split('/').filter(Boolean));
    const names = new Set(readdirSync(wordsDir));
    const problems: string[] = [];
    const check = (where: string, list: unknown): void => {
      if (!Array.isArray(list) || list.some((h) => typeof h !== 'string' || !known.has(h))) problems.push(`${where}: not a list of the index's pages`);
      else if (list.some((h, i) => i > 0 && list[i - 1]! >= h)) problems.push(`${where}: not sorted, or a page twice`);
    };
    let long = 0;
    for (const name of names) {
      const key = /^([0-9a-f-]+)\.json$/.exec(name)?.[1];
      if (!key) continue;
      const shard = JSON.parse(readFileSync(join(wordsDir, name), 'utf8')) as WordShard;
      for (const [word, pages] of Object.entries(shard)) {
        if (Array.isArray(pages)) {
          if (pages.length > INLINE_PAGES) problems.push(`${name} ${word}: ${pages.length} pages inline`);
          check(`${name} ${word}`, pages);
          continue;
        }
        long += 1;
        const file = pagesFile(key, pages.f);
        if (!names.has(file)) {
          problems.push(`${name} ${word}: no ${file}`);
          continue;
        }
        const list = JSON.parse(readFileSync(join(wordsDir, file), 'utf8')) as string[];
        if (list.length !== pages.n || pages.n <= INLINE_PAGES) problems.push(`${file}: ${list.length} pages, its word ${pages.n}`);
        check(file, list);
      }
    }
    expect(long, 'words printed on more than INLINE_PAGES pages').toBeGreaterThan(100);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('lack the words of no source', async () => {
    for (const w of ['knudsen', 'einstein', 'smith', 'абракадабра', 'пушкин']) expect(isIndexed(w, await lists.shard(shardKey(w))), w).toBe(false);
  });
});
