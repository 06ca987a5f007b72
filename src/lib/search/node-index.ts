/**
 * Query a built Pagefind index from Node, with the same `pagefind.js` and WebAssembly the browser
 * loads: `globalThis.fetch` is pointed at the files under `dist/` (the search bundle fetches its
 * entry file, wasm, index chunks, filters and fragments by URL). For checks and measurements of the
 * index (`src/lib/search/evaluate.ts`); the site never uses it.
 *
 * ```ts
 * const index = await openIndex('dist');
 * const ids = await index.ids('Троцкого');   // ['pt-001', …] in rank order
 * ```
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What `pagefind.search` takes, as far as the checks use it. */
export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  word_count: number;
  content: string;
}

/** A search result as Pagefind's API gives it, before its fragment is loaded. */
export interface Hit {
  /** The page's hash (its fragment's file name). */
  id: string;
  score: number;
  /** Positions of the matched words in the page's text. */
  words: number[];
  data(): Promise<ResultData>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: SearchOptions): Promise<{ results: Hit[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface NodeIndex {
  /** Document ids (`pt-001`) of the results, in rank order; other pages by their URL. */
  ids(query: string | null, options?: SearchOptions): Promise<string[]>;
  /** The results' data (URL, excerpt, meta, filters), in rank order, the first `limit`. */
  results(query: string | null, options?: SearchOptions, limit?: number): Promise<ResultData[]>;
  /** The results as Pagefind gives them (ids, matched positions, `data()`), in rank order. */
  hits(query: string | null, options?: SearchOptions): Promise<Hit[]>;
  /** Every filter key with its values and their page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

const ORIGIN = 'http://pagefind.local';

/** `/documents/pt-001/` → `pt-001`. */
export const idOfUrl = (url: string): string => /\/documents\/([^/]+)\/$/.exec(new URL(url, ORIGIN).pathname)?.[1] ?? url;

let opened: Promise<NodeIndex> | null = null;
let openedDir: string | null = null;

/**
 * Open the index under `<dist>/pagefind/`, with Pagefind's search options (`ranking`,
 * `exactDiacritics`, …). One index per process (the bundle keeps module state), so a second call
 * with another directory throws.
 */
export function openIndex(dist = 'dist', options: Record<string, unknown> = {}): Promise<NodeIndex> {
  const root = resolve(dist);
  if (opened && openedDir !== root) throw new Error(`an index is already open from ${openedDir}`);
  openedDir = root;
  opened ??= open(root, options);
  return opened;
}

async function open(root: string, options: Record<string, unknown>): Promise<NodeIndex> {
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

  const pagefind = (await import(pathToFileURL(join(root, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ ...options, basePath: `${ORIGIN}/pagefind/`, noWorker: true });
  await pagefind.init();

  const results = async (query: string | null, options: SearchOptions = {}, limit = Infinity) => {
    const res = await pagefind.search(query, options);
    return Promise.all((res?.results ?? []).slice(0, limit).map((r) => r.data()));
  };
  // Result ids are fragment hashes; their pages are looked up once (a fragment is a file to read).
  const urlOf = new Map<string, string>();
  const ids = async (query: string | null, options: SearchOptions = {}) => {
    const res = await pagefind.search(query, options);
    const list = res?.results ?? [];
    await Promise.all(
      list.filter((r) => !urlOf.has(r.id)).map(async (r) => urlOf.set(r.id, idOfUrl((await r.data()).url))),
    );
    return list.map((r) => urlOf.get(r.id)!);
  };
  const hits = async (query: string | null, options: SearchOptions = {}) => (await pagefind.search(query, options))?.results ?? [];
  return { results, ids, hits, filters: () => pagefind.filters() };
}
