/**
 * Query a built Pagefind index from Node, with the same `pagefind.js` and WebAssembly the browser
 * loads: `globalThis.fetch` is pointed at the files under `dist/` (the search bundle fetches its
 * entry file, wasm, index chunks, filters and fragments by URL). For the measurements
 * (scripts/search-eval.ts) and the checks of the built index (tests/site/); the site never uses it.
 * It ranks as the search page does (`RANKING`), unless told otherwise.
 *
 * ```ts
 * const index = await openIndex('dist');
 * const ids = await index.ids('Троцкого');   // ['pt-001', …] in rank order
 * ```
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEXES_FILE, mergeParts, PAGEFIND_PATH, parseIndexes, searchSorted, withSharedNames } from '../../src/lib/search/contract/indexes.ts';
import { checkQuery, loadExtensions, narrowedFilters, type WordLists } from '../../src/lib/search/contract/lexicon.ts';
import {
  RANKING,
  type PagefindFilterCounts,
  type PagefindModule,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearchOptions,
} from '../../src/lib/search/contract/pagefind.ts';

/** A result's data as Pagefind gives it in Node: the fields the page reads, and the page's whole text. */
export interface ResultData extends PagefindResultData {
  /** The indexed text as stored (`raw_content` has `<` and `>` escaped). */
  content: string;
  locations: number[];
  word_count: number;
}

/** A search result as Pagefind's API gives it, before its fragment is loaded. */
export interface Hit extends PagefindResult {
  data(): Promise<ResultData>;
}

export interface NodeIndex {
  /** Document ids (`pt-001`) of the results, in rank order; other pages by their URL. */
  ids(query: string | null, options?: PagefindSearchOptions): Promise<string[]>;
  /** The results' data (URL, excerpt, meta, filters), in rank order, the first `limit`. */
  results(query: string | null, options?: PagefindSearchOptions, limit?: number): Promise<ResultData[]>;
  /** The results as Pagefind gives them (ids, matched positions, `data()`), in rank order. */
  hits(query: string | null, options?: PagefindSearchOptions): Promise<Hit[]>;
  /** The URLs of results (by id) that an earlier search of `hits` gave. */
  urls(ids: string[]): Promise<string[]>;
  /** Every filter key with its values and their page counts. */
  filters(): Promise<PagefindFilterCounts>;
  /** Loads the index chunks of the words of `term` (Pagefind's `preload`). */
  preload(term: string): Promise<void>;
}

/** Pagefind's module, its results carrying the whole text (`content`) in Node. */
type NodePagefind = Omit<PagefindModule, 'search'> & {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: Hit[] } | null>;
};

const ORIGIN = 'http://pagefind.local';

/** `/documents/pt-001/` → `pt-001`; a part of a long text is its document's (`/documents/pt-215/3/` → `pt-215`). */
export const idOfUrl = (url: string): string => /\/documents\/([^/]+)\/(?:\d+\/)?$/.exec(new URL(url, ORIGIN).pathname)?.[1] ?? url;

let opened: Promise<NodeIndex> | null = null;
let openedDir: string | null = null;

/**
 * Open the index under `<dist>/pagefind/` (all its parts), with Pagefind's search options (`ranking`,
 * `exactDiacritics`, …; by default the search page's ranking). With the site's word lists, a search
 * loads the chunks of every stem its words extend to first, as the search page does, and a search
 * of an index in parts is narrowed to the parts that find every query word, as the search page
 * narrows it (`CheckedQuery.parts`); without, it is Pagefind's merged search as it is. One index per
 * process (the bundle keeps module state), so a second call with another directory throws.
 */
export function openIndex(dist = 'dist', options: Record<string, unknown> = { ranking: RANKING }, lists: WordLists | null = null): Promise<NodeIndex> {
  const root = resolve(dist);
  if (opened && openedDir !== root) throw new Error(`an index is already open from ${openedDir}`);
  openedDir = root;
  opened ??= open(root, options, lists);
  return opened;
}

async function open(root: string, options: Record<string, unknown>, lists: WordLists | null): Promise<NodeIndex> {
  const previous = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, ORIGIN);
    if (url.origin !== ORIGIN) return previous(input, init);
    try {
      return new Response(await readFile(join(root, decodeURIComponent(url.pathname))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;

  const pagefind = (await import(pathToFileURL(join(root, 'pagefind', 'pagefind.js')).href)) as NodePagefind;
  await pagefind.options({ ...options, basePath: `${ORIGIN}${PAGEFIND_PATH}`, noWorker: true });
  await pagefind.init();
  // The other parts of a large index, as the search page merges them (src/scripts/search/pagefind.ts).
  const list = parseIndexes(JSON.parse(await readFile(join(root, 'pagefind', INDEXES_FILE), 'utf8')));
  if (!list) throw new Error(`${join(root, 'pagefind', INDEXES_FILE)}: not a list of search indexes`);
  await mergeParts(pagefind, list, (folder) => `${ORIGIN}${PAGEFIND_PATH}${folder}`, options);
  const named = withSharedNames(pagefind, list.shared);
  const count = list.indexes.length;

  /**
   * Pagefind's results, with the word lists given: every stem the query's words extend to
   * (`loadExtensions`), of the parts that find every query word; a
   * sorted search of an index in parts takes the parts one after another, as the search page does,
   * and a result whose id two parts share is named as its cards name it (`nameShared`).
   */
  const search = async (query: string | null, options: PagefindSearchOptions = {}): Promise<Hit[]> => {
    if (query !== null && lists) {
      const checked = await checkQuery(query, lists);
      await loadExtensions(pagefind, checked);
      if (count > 1) {
        const filters = narrowedFilters(options.filters ?? {}, checked);
        if (!filters) return [];
        options = { ...options, filters };
      }
    }
    const run = async (o: PagefindSearchOptions) => (await named.search(query, o))?.results ?? [];
    return options.sort ? searchSorted(run, { ...options, sort: options.sort }, list) : run(options);
  };
  const results = async (query: string | null, options: PagefindSearchOptions = {}, limit = Infinity) =>
    Promise.all((await search(query, options)).slice(0, limit).map((r) => r.data()));
  // Result ids are fragment hashes; their pages are looked up once (a fragment is a file to read).
  const urlOf = new Map<string, string>();
  const ids = async (query: string | null, options: PagefindSearchOptions = {}) => {
    const list = await search(query, options);
    await Promise.all(
      list.filter((r) => !urlOf.has(r.id)).map(async (r) => urlOf.set(r.id, idOfUrl((await r.data()).url))),
    );
    return list.map((r) => urlOf.get(r.id)!);
  };
  const seen = new Map<string, Hit>();
  const hits = async (query: string | null, options: PagefindSearchOptions = {}) => {
    const list = await search(query, options);
    for (const h of list) seen.set(h.id, h);
    return list;
  };
  const urlsOf = (list: string[]) =>
    Promise.all(
      list.map(async (id) => {
        const hit = seen.get(id);
        if (!hit) throw new Error(`no search has given the result ${id}`);
        return (await hit.data()).url;
      }),
    );
  return { results, ids, hits, urls: urlsOf, filters: () => pagefind.filters(), preload: (term) => pagefind.preload(term) };
}
