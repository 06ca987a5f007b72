/**
 * The part of Pagefind's browser API the search page uses, typed, and its loading.
 *
 * Pagefind is not a dependency of the bundle: `pagefind --site dist` writes `/pagefind/pagefind.js`
 * after Astro has built the site, so the module is imported at run time from its URL.
 * @see https://pagefind.app/docs/api/
 */
import { RANKING } from './ranking.ts';

/** `{ key: value }`, `{ key: [all of] }` or `{ key: { any: [...] } }`; see Pagefind's compound filters. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  /** One key of `data-pagefind-sort`, `asc` or `desc`. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What `result.data()` resolves to (the fields the page reads). */
export interface PagefindResultData {
  /** The page's URL, with `?<highlightParam>=<terms>` when a highlight parameter is configured. */
  url: string;
  /** The page's URL as indexed, without the highlight parameter. */
  raw_url?: string;
  /** HTML: Pagefind escapes the text and wraps the matched words in `<mark>`. */
  excerpt: string;
  /** `data-pagefind-meta` values, raw (not escaped). */
  meta: Record<string, string | undefined>;
  /** `data-pagefind-filter` values of the page. */
  filters: Record<string, string[] | undefined>;
  /** Elements with an id and headings, with the word they start at (`location`). */
  anchors?: { element: string; id?: string; text?: string; location?: number }[];
  /** The indexed text, `<` and `>` escaped; its words (split at white space) are what locations count. */
  raw_content?: string;
  /** The words that matched, by position in the text, with their weight in the ranking. */
  weighted_locations?: { location: number; balanced_score: number }[];
}

export interface PagefindResult {
  /** The page's hash: its fragment's file name. */
  id: string;
  score?: number;
  /** Positions of the matched words in the page's text (what `weighted_locations` locates). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** Filter key → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
}

/** The query parameter that carries the search terms to a document page (see search-highlight.astro). */
export const HIGHLIGHT_PARAM = 'highlight';

export const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pagefind's entry file: its version and, per language, the hash of the index's metadata. */
export const PAGEFIND_ENTRY_URL = '/pagefind/pagefind-entry.json';

/** Words in a result's excerpt. */
export const EXCERPT_WORDS = 28;

let loading: Promise<PagefindModule> | null = null;

/**
 * Imports and configures Pagefind once. Search runs on the main thread (`noWorker`): the index of a
 * few hundred documents searches in milliseconds, and the worker would be one more script (≈ 43 KB)
 * to fetch before the first results.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    // A variable URL keeps Vite from resolving a file that only exists after `pagefind --site dist`.
    const url = PAGEFIND_URL;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true, excerptLength: EXCERPT_WORDS, excerptEllipsis: '…', ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
