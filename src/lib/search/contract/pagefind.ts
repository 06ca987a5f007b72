/**
 * Pagefind's JS API as the edition uses it, typed once for the search page
 * (src/scripts/search/pagefind.ts loads it in the browser), the build (scripts/lib/search-cards.ts reads
 * its fragments) and the measurements (scripts/lib/node-index.ts runs it in Node); and the
 * search-time options all of them must share, so that a measurement ranks as readers' searches do.
 * @see https://pagefind.app/docs/api/
 */

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
  /** Adds another index to the searches (its folder's URL, and the options its results are shown with). */
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** Words in a result's excerpt (Pagefind's `excerptLength`; the result cards run this far into the next). */
export const EXCERPT_WORDS = 28;

/**
 * Pagefind's ranking for this edition (the search page's `ranking` option; the search-quality test
 * and `npm run eval:search` search with it too, so they measure what readers get). A high
 * `termSimilarity` prefers words close in length to the query word: without it, «Троцкому» is
 * outscored by long reports full of «троцкист…» (same prefix), and the Stalin–Trotsky letters fall
 * out of the first page (docs/search.md, queries q11, q12).
 */
export const RANKING = { termSimilarity: 12 } as const;
