/**
 * The search index in parts (scripts/lib/search-index.ts, src/lib/search/contract/indexes.ts): the
 * built site indexed again, in a copy, by `npm run index` as four parts of at most 100 pages (its
 * cards made part by part as it goes, then again by `npm run cards`, which must give the same files); the
 * parts must name every page as the single index does (so the cards and word lists are the same
 * files), hold only their index files, and be searched whole once merged as the search page merges
 * them. Pinned besides: a part that lacks a query word answers with Pagefind's fallback to a shorter
 * word, and narrowed to the parts that find every query word (as the search page narrows it), the
 * merged parts find what one index finds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idOfUrl, openIndex, type NodeIndex } from '../../scripts/lib/node-index.ts';
import { cutSorted, htmlPages, indexedPages, partPages, writeIndexes } from '../../scripts/lib/search-index.ts';
import { SORT_KEYS } from '../../src/lib/search/contract/keys.ts';
import { CARD_INDEX_FILE, CARDS_PATH, cardFile, parseCard, parseCardIndex } from '../../src/lib/search/contract/cards.ts';
import { INDEXES_FILE, inParts, parseIndexes, type SearchIndexes } from '../../src/lib/search/contract/indexes.ts';
import { FILTER_KEYS } from '../../src/lib/search/contract/keys.ts';
import { checkQuery, shardKey, WORDS_PATH } from '../../src/lib/search/contract/lexicon.ts';
import { CardsWriter, writeIndexesAndCards } from '../../scripts/lib/search-cards.ts';
import { readWordLists } from '../../scripts/lib/word-lists.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { NO_BROWSER } from '../e2e/browser.ts';
import { base, searchPages, searchUrl, showAll, type Shown } from '../support/search-page.ts';

const dist = inject('distDir');
const PER_PART = 100;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const list = (root: string): SearchIndexes => {
  const parsed = parseIndexes(readJson(join(root, 'pagefind', INDEXES_FILE)));
  if (!parsed) throw new Error(`${root}/pagefind/${INDEXES_FILE} is missing or malformed`);
  return parsed;
};
/** Page name → URL, in the part `folder` of the index under `root`. */
const pagesOf = (root: string, folder: string): Promise<Map<string, string>> => partPages(join(root, 'pagefind', folder));
/** Every file under `dir`, relative, sorted. */
const filesUnder = (dir: string): string[] => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
  .sort();

/** Every file of the cards and word lists under `root`, with its MD5. */
const filesWithSums = (root: string): Map<string, string> => {
  const sums = new Map<string, string>();
  for (const path of [CARDS_PATH, WORDS_PATH]) {
    const dir = join(root, ...path.split('/').filter(Boolean));
    for (const file of filesUnder(dir)) sums.set(`${path}${file}`, createHash('md5').update(readFileSync(join(dir, file))).digest('hex'));
  }
  return sums;
};
const searchFiles: { whileIndexed?: Map<string, string>; remade?: Map<string, string> } = {};

let work: string;
let copy: string;
/** The parts `npm run index` wrote. */
let report: { list: SearchIndexes };
let parted: NodeIndex;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'edition-parts-'));
  copy = join(work, 'dist');
  await cp(dist, copy, { recursive: true });
  // `npm run index` in parts, which makes each part's cards while Pagefind indexes the next …
  const index = spawnSync('node_modules/.bin/tsx', ['scripts/search-index.ts', '--dist', copy, '--index-pages', String(PER_PART)], { encoding: 'utf8' });
  if (index.status !== 0) throw new Error(`search-index in parts failed:\n${index.stdout}\n${index.stderr}`);
  if (!/ of \d+ pages indexed, in 4 parts /.test(index.stdout)) throw new Error(`search-index said:\n${index.stdout}`);
  report = { list: list(copy) };
  searchFiles.whileIndexed = filesWithSums(copy);
  // … and `npm run cards`, which makes them again from the finished index.
  const cards = spawnSync('node_modules/.bin/tsx', ['scripts/search-cards.ts', '--dist', copy], { encoding: 'utf8' });
  if (cards.status !== 0) throw new Error(`search-cards over the parts failed:\n${cards.stdout}\n${cards.stderr}`);
  searchFiles.remade = filesWithSums(copy);
  parted = await openIndex(copy);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the search index in parts', () => {
  it('lists its parts in order, the first with Pagefind’s bundle, the others with their index files only', () => {
    const single = list(dist);
    expect(single.indexes, 'the built site: one part').toEqual(['']);
    // 293 dated pages in three parts, the 34 undated ones in a fourth.
    expect(report.list.indexes).toEqual(['', '2/', '3/', '4/']);
    expect(report.list.pages).toBe(single.pages);
    expect(readdirSync(join(copy, 'pagefind'))).toContain('pagefind.js');
    for (const folder of report.list.indexes.slice(1)) {
      const names = readdirSync(join(copy, 'pagefind', folder)).sort();
      expect(names.filter((n) => !/^(pagefind-entry\.json|pagefind\.ru_\w+\.pf_meta|fragment|index|filter)$/.test(n)), folder).toEqual([]);
      expect(names).toContain('pagefind-entry.json');
    }
  });

  it('names every page as the single index does, each in one part, the parts in date order', async () => {
    const single = await pagesOf(dist, '');
    const parts = await Promise.all(report.list.indexes.map((folder) => pagesOf(copy, folder)));
    expect(parts.map((p) => p.size).every((n) => n > 0 && n <= PER_PART)).toBe(true);
    const all = new Map(parts.flatMap((p) => [...p]));
    expect(all.size, 'no page in two parts, none lost').toBe(parts.reduce((n, p) => n + p.size, 0));
    expect(all).toEqual(single);
    // In date order: ascending dates go through the dated parts in order, then the undated; descending dates, back.
    expect(report.list.sorts).toEqual({ [SORT_KEYS.date]: [0, 1, 2, 3], [SORT_KEYS.dateDesc]: [3, 0, 1, 2] });
    expect(report.list.shared, 'no two pages named alike at this size').toBeUndefined();
  });

  it('makes, part by part while it indexes, the cards and word lists `npm run cards` makes from the finished index', () => {
    expect(searchFiles.whileIndexed!.size).toBeGreaterThan(1000);
    expect([...searchFiles.whileIndexed!.keys()].some((f) => f.endsWith('.parts.json')), 'lists of words some part lacks').toBe(true);
    expect(searchFiles.whileIndexed).toEqual(searchFiles.remade);
  });

  it('gives the same result cards and word lists; the card index names the parts', () => {
    const cardsDir = (root: string) => join(root, ...CARDS_PATH.split('/').filter(Boolean));
    const wordsDir = (root: string) => join(root, ...WORDS_PATH.split('/').filter(Boolean));
    const cardFiles = filesUnder(cardsDir(dist)).filter((f) => f !== CARD_INDEX_FILE && !f.startsWith('pages'));
    expect(filesUnder(cardsDir(copy)).filter((f) => f !== CARD_INDEX_FILE && !f.startsWith('pages'))).toEqual(cardFiles);
    for (const f of cardFiles.filter((_, i) => i % 50 === 0)) expect(readFileSync(join(cardsDir(copy), f), 'utf8'), f).toBe(readFileSync(join(cardsDir(dist), f), 'utf8'));
    const words = filesUnder(wordsDir(dist));
    const partFiles = filesUnder(wordsDir(copy)).filter((f) => f.endsWith('.parts.json'));
    expect(words.filter((f) => f.endsWith('.parts.json')), 'one index: no word some part lacks').toEqual([]);
    expect(partFiles.length, 'parts: words some part lacks').toBeGreaterThan(0);
    expect(filesUnder(wordsDir(copy)).filter((f) => !partFiles.includes(f))).toEqual(words);
    for (const f of words) expect(readFileSync(join(wordsDir(copy), f), 'utf8'), f).toBe(readFileSync(join(wordsDir(dist), f), 'utf8'));
    const single = parseCardIndex(readJson(join(cardsDir(dist), CARD_INDEX_FILE)))!;
    const merged = parseCardIndex(readJson(join(cardsDir(copy), CARD_INDEX_FILE)))!;
    expect(merged.pagefind).toEqual(report.list.pagefind);
    expect(merged.pagefind['ru']!.split('+')).toHaveLength(report.list.indexes.length);
    expect({ ...merged, pagefind: null }).toEqual({ ...single, pagefind: null });
  });

  it('is searched whole once merged: every document is found, from every part', async () => {
    const kind = FILTER_KEYS.kind.key;
    const counts = parseCardIndex(readJson(join(copy, ...CARDS_PATH.split('/').filter(Boolean), CARD_INDEX_FILE)))!.filters[kind]!;
    for (const [value, count] of Object.entries(counts)) {
      expect(await parted.ids(null, { filters: { [kind]: value } }), `${kind}: ${value}`).toHaveLength(count);
    }
    // A word every part prints: results from each part.
    const hits = await parted.hits('Троцкий');
    const found = new Set((await parted.urls(hits.map((h) => h.id))).map((u) => new URL(u).pathname));
    for (const folder of report.list.indexes) {
      const urls = [...(await pagesOf(copy, folder)).values()];
      expect(urls.some((u) => found.has(u)), `a result from part «${folder || '1'}»`).toBe(true);
    }
  });

  it('answers a rare word from the parts that lack it with Pagefind’s fallback to a shorter word, unless narrowed', async () => {
    // «Dune» (Е. Дюнэ's name in Latin) is printed on one page; the single index finds that page alone.
    const hits = await parted.hits('dune');
    const urls = await parted.urls(hits.map((h) => h.id));
    expect(urls.filter((u) => u.includes('/documents/lk-005/'))).toHaveLength(1);
    expect(urls.length, 'pages of other parts, matched on «d…»').toBeGreaterThan(1);
    // Narrowed as the search page narrows it, to the parts that index the word: that page alone.
    const checked = await checkQuery('dune', readWordLists(copy));
    expect(checked.parts).toHaveLength(1);
    const narrowed = await parted.hits('dune', { filters: inParts({}, checked.parts)! });
    expect(await parted.urls(narrowed.map((h) => h.id))).toEqual(urls.filter((u) => u.includes('/documents/lk-005/')));
  });

  it('narrowed to the parts that find every query word, finds the pages one index finds', async () => {
    const lists = readWordLists(copy);
    const found: Record<string, string[]> = {};
    for (const q of NARROWED_QUERIES) {
      const checked = await checkQuery(q, lists);
      // A word in no source lists nothing on the page, whatever Pagefind answers: these all have theirs.
      expect(checked.missing, q).toEqual([]);
      const filters = inParts({}, checked.parts);
      const hits = filters ? await parted.hits(q, { filters }) : [];
      found[q] = (await parted.urls(hits.map((h) => h.id))).map((u) => new URL(u).pathname).sort();
    }
    const single = wholeIndexUrls(dist, NARROWED_QUERIES.map((q) => [q]));
    expect(found).toEqual(single);
    // The queries are of both kinds: some narrowed, some not.
    const narrowed = await Promise.all(NARROWED_QUERIES.map(async (q) => (await checkQuery(q, lists)).parts !== null));
    expect(narrowed).toContain(true);
    expect(narrowed).toContain(false);
  }, 60_000);
});

describe('the search index in parts, sorted by date', () => {
  it('lists the pages in the order one index lists them, both ways, with and without words', async () => {
    const searches: Array<[string | null, Record<string, 'asc' | 'desc'>]> = [null, 'Троцкий', 'dune', 'оппозиция Сталину'].flatMap((q) => [
      [q, { [SORT_KEYS.date]: 'asc' }],
      [q, { [SORT_KEYS.dateDesc]: 'desc' }],
    ]);
    const lists = readWordLists(copy);
    const found: Record<string, string[]> = {};
    for (const [q, sort] of searches) {
      // Narrowed as the page narrows it; `hits` takes the parts one after another when sorted.
      const checked = q === null ? null : await checkQuery(q, lists);
      const hits = await parted.hits(q, { filters: inParts({}, checked?.parts ?? null)!, sort });
      found[`${q} ${JSON.stringify(sort)}`] = (await parted.urls(hits.map((h) => h.id))).map((u) => new URL(u).pathname);
    }
    // The pages of a long text share their document's date: among them the order is Pagefind's, the documents' order is the dates'.
    const documents = (results: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(results).map(([k, urls]) => [k, urls.map(idOfUrl).filter((id, i, all) => id !== all[i - 1])]));
    const single = wholeIndexUrls(dist, searches);
    expect(documents(found)).toEqual(documents(single));
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, [...v].sort()]))).toEqual(Object.fromEntries(Object.entries(single).map(([k, v]) => [k, [...v].sort()])));
    expect(found['null {"date":"asc"}']!.length, 'every page with a date key').toBeGreaterThan(300);
  }, 60_000);
});

describe.skipIf(NO_BROWSER)('the search page over the index in parts, in Chromium', () => {
  const newPage = searchPages();
  let server: StaticServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  /** The document ids the search page lists for `query` (all of them) on the site at `root`. */
  const listed = async (root: string, query: string): Promise<Shown> => {
    const page = await newPage();
    await page.goto(`${root}${searchUrl}?${query}`, { waitUntil: 'load' });
    const all = await showAll(page);
    await page.context().close();
    return all;
  };

  it('lists what the site with one index lists: a rare word once, a date order kept', async () => {
    server = await serveStatic(copy);
    for (const query of ['q=dune', 'q=Беседовский', `q=${encodeURIComponent('Троцкая')}&sort=date-asc`, `kind=${encodeURIComponent('документ')}&sort=date-desc`]) {
      const [parts, one] = [await listed(server.url, query), await listed(base, query)];
      expect(parts.ids, query).toEqual(one.ids);
      expect(parts.total, query).toBe(one.total);
    }
  }, 120_000);
});

/** Queries of every kind: rare and common words, Latin, a date, two words, two words no page has together. */
const NARROWED_QUERIES = ['dune', 'Rakovsky', 'Yagoda', 'Троцкий', 'Троцкая', 'Зиновьеву', 'оппозиция Сталину', 'Бойков', 'красной армии', '15.09.1927', 'Trotsky', 'Раковский Бойков', 'Беседовский', 'Бухарин Беседовский', 'Радек дуне'];

/**
 * The URLs each search (a query, and a sort to keep the order of) finds in the single index of
 * `root`, searched in a process of its own (Pagefind's bundle holds one index per process); without
 * a sort, sorted by URL.
 */
function wholeIndexUrls(root: string, searches: ReadonlyArray<readonly [string | null, Record<string, 'asc' | 'desc'>?]>): Record<string, string[]> {
  const script = `
    import { openIndex } from ${JSON.stringify(join(process.cwd(), 'scripts/lib/node-index.ts'))};
    const index = await openIndex(${JSON.stringify(root)});
    const out = {};
    for (const [q, sort] of ${JSON.stringify(searches)}) {
      const hits = await index.hits(q, sort ? { sort } : {});
      const urls = (await index.urls(hits.map((h) => h.id))).map((u) => new URL(u).pathname);
      out[sort ? q + ' ' + JSON.stringify(sort) : q] = sort ? urls : urls.sort();
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync('node_modules/.bin/tsx', ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`searching ${root} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string[]>;
}

describe('pages named alike in two parts', () => {
  /**
   * Two pages Pagefind 1.6 names alike when each is indexed apart: `ru_5b5f60e` (found by indexing
   * 40,000 copies of this page under /p/0/ … /p/39999/ in one index, where Pagefind lengthens the second
   * name to eight digits). A page's name is a hash of its text and URL, so no other pair would do.
   */
  const page = '<!doctype html><html lang="ru"><head><title>Страница с тем же текстом</title></head><body><main data-pagefind-body><p>Страница с тем же текстом</p></main></body></html>';
  const [a, b] = [{ file: 'p/4801/index.html', url: '/p/4801/' }, { file: 'p/38306/index.html', url: '/p/38306/' }];
  const NAME = 'ru_5b5f60e';
  let site: string;

  beforeAll(async () => {
    site = join(work, 'alike');
    for (const p of [a, b]) {
      await mkdir(join(site, dirname(p.file)), { recursive: true });
      await writeFile(join(site, p.file), page);
    }
  });

  it('are both indexed once, and listed with the name each has in the cards and word lists', async () => {
    const logged: string[] = [];
    const { list } = await writeIndexesAndCards(site, [[a], [b]], { log: (line) => logged.push(line) });
    expect([...(await pagesOf(site, '')).keys()], 'the fixture still gives one name twice').toEqual([NAME]);
    expect([...(await pagesOf(site, '2/')).keys()]).toEqual([NAME]);
    expect(list.pages).toBe(2);
    expect(list.shared).toEqual({ [NAME]: { '/p/4801/': NAME, '/p/38306/': `${NAME}.2` } });
    expect(logged.filter((line) => !/^part \d of 2: 1 pages, [\d.]+ s$/.test(line))).toEqual([`/p/38306/ of part 2 is named ${NAME}, as /p/4801/ of part 1 is: its cards and word lists name it ${NAME}.2`]);
    expect(logged.filter((line) => line.startsWith('part '))).toHaveLength(2);
    expect(parseIndexes(readJson(join(site, 'pagefind', INDEXES_FILE)))).toEqual(list);
    // Each page's card under its own name, and both in the word list of their words.
    const cardsDir = join(site, ...CARDS_PATH.split('/').filter(Boolean));
    expect(parseCard(readJson(join(cardsDir, cardFile(NAME, 0))))?.url).toBe('/p/4801/');
    expect(parseCard(readJson(join(cardsDir, cardFile(`${NAME}.2`, 0))))?.url).toBe('/p/38306/');
    const lists = readWordLists(site);
    const shard = await lists.shard(shardKey('страница'));
    expect(shard?.['страница']).toEqual([NAME, `${NAME}.2`]);
  }, 60_000);

  it('are told apart by the search: each result named as its cards are', () => {
    const script = `
      import { openIndex } from ${JSON.stringify(join(process.cwd(), 'scripts/lib/node-index.ts'))};
      const index = await openIndex(${JSON.stringify(site)});
      const hits = await index.hits('страница');
      console.log(JSON.stringify(await Promise.all(hits.map(async (h) => [h.id, (await h.data()).raw_url]))));`;
    const run = spawnSync('node_modules/.bin/tsx', ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as string[][]).sort()).toEqual([[NAME, '/p/4801/'], [`${NAME}.2`, '/p/38306/']]);
  }, 60_000);

  it('the cards refuse an index whose list names other shared names', async () => {
    const cards = new CardsWriter(site, 2);
    await cards.start();
    await cards.addPart(0, join(site, 'pagefind'));
    await cards.addPart(1, join(site, 'pagefind', '2'));
    const { shared: _, ...list } = parseIndexes(readJson(join(site, 'pagefind', INDEXES_FILE)))!;
    await expect(cards.finish(list)).rejects.toThrow(/share the names .*ru_5b5f60e.*; indexes\.json says \{\}/);
  });

  it('a page given in two parts is refused', async () => {
    await expect(writeIndexes(site, [[a, b], [a]])).rejects.toThrow('/p/4801/ is given in two parts of the index');
  });

  describe.skipIf(NO_BROWSER)('on the search page, in Chromium', () => {
    const newPage = searchPages();
    let server: StaticServer | undefined;
    afterAll(async () => {
      await server?.close();
    });

    it('are both listed, each leading to its own page', async () => {
      // The built site with the pair added, indexed in parts as `npm run index` cuts them, the one page
      // put in the first part (the other, without a date, is in the last).
      const root = join(work, 'shared-site');
      await cp(dist, root, { recursive: true });
      for (const p of [a, b]) {
        await mkdir(join(root, dirname(p.file)), { recursive: true });
        await writeFile(join(root, p.file), page);
      }
      const parts = cutSorted((await indexedPages(root, await htmlPages(root))).filter((p) => p.url !== b.url), PER_PART, SORT_KEYS.date);
      parts[0]!.push(b);
      const { list: written } = await writeIndexesAndCards(root, parts);
      expect(written.shared, 'the pair still shares a name in this site').toEqual({ [NAME]: { '/p/38306/': NAME, '/p/4801/': `${NAME}.${parts.length}` } });

      server = await serveStatic(root);
      const tab = await newPage();
      await tab.goto(`${server.url}${searchUrl}?q=${encodeURIComponent('"Страница с тем же текстом"')}`, { waitUntil: 'load' });
      const shown = await showAll(tab);
      await tab.context().close();
      // Named alike without their parts, the two results would show one card: one page twice, the other never.
      const pages = shown.ids.map((href) => new URL(href, server!.url).pathname).filter((path) => path.startsWith('/p/')).sort();
      expect(pages).toEqual(['/p/38306/', '/p/4801/']);
    }, 120_000);
  });
});
