/**
 * The search index, in one part or several. Pagefind holds a whole index in memory while it builds
 * it (about half a megabyte a page here: 15 GB for the collection ×100, 8.5 GB even for its raw
 * text), so an edition too large for the machine's memory can be indexed as several Pagefind
 * indexes of consecutive pages, each built by a Pagefind process of its own
 * (scripts/lib/search-index.ts, `EDITION_INDEX_PAGES`), which the search page merges (Pagefind's
 * `mergeIndex`: one WebAssembly module, every part's metadata and the index chunks of the query's
 * words in each). `/pagefind/indexes.json` lists the parts; by default there is one, where
 * `pagefind --site dist` would have put it.
 *
 * A part that lacks a query word falls back on the longest prefix of it that it has (Pagefind does so
 * on purpose and has no option against it), so merged as they are, a search for a rare name would
 * list pages of the other parts that merely print a word starting with its first letters. The
 * search page gives each part a filter of its own (`PART_FILTER`, Pagefind's `mergeFilter`) and
 * narrows a search to the parts that index every query word, as the word lists tell
 * (src/lib/search/contract/lexicon.ts, `CheckedQuery.parts`). What parts still cost: each ranks
 * by its own word statistics (docs/search.md, «The index in parts»).
 * @see https://pagefind.app/docs/multisite/
 */
import type { PagefindFilters } from './pagefind.ts';

/** Where Pagefind's bundle (and the first part of the index) is, on the site. */
export const PAGEFIND_PATH = '/pagefind/';
/** The list of the index's parts, in `PAGEFIND_PATH`. */
export const INDEXES_FILE = 'indexes.json';

export interface SearchIndexes {
  /** Each index's folder, relative to `PAGEFIND_PATH` (`''` for the first, then `'2/'`, `'3/'` …). */
  indexes: string[];
  /** The identity of the whole (`pagefindIdentity`): the cards of the search page are checked against it. */
  pagefind: Record<string, string>;
  /** Indexed pages, in all. */
  pages: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Language → hash: the shape of an identity (`pagefindIdentity`). */
export const isIdentity = (v: unknown): v is Record<string, string> => isObject(v) && Object.values(v).every((h) => typeof h === 'string');

/** The folder of the `n`th index (from 0), relative to `PAGEFIND_PATH`. */
export const indexFolder = (n: number): string => (n === 0 ? '' : `${n + 1}/`);

/**
 * The filter that tells an index's parts apart: each part's pages have its number (`partValue`),
 * given as the search page opens the index (Pagefind's `mergeFilter`), not written in the index.
 */
export const PART_FILTER = 'part';

/** The value of `PART_FILTER` of the `n`th part (from 0). */
export const partValue = (n: number): string => String(n + 1);

/** The options that give the `n`th part of an index of `count` its filter; none for an index in one part. */
export const partOptions = (n: number, count: number): { mergeFilter?: Record<string, string> } =>
  count > 1 ? { mergeFilter: { [PART_FILTER]: partValue(n) } } : {};

/**
 * A search's filters narrowed to the parts `parts` (from 0; null: all), or null when that is none:
 * Pagefind reads an empty `any` as no filter.
 */
export function inParts(filters: PagefindFilters, parts: readonly number[] | null): PagefindFilters | null {
  if (parts === null) return filters;
  if (parts.length === 0) return null;
  return { ...filters, [PART_FILTER]: { any: parts.map(partValue) } };
}

/** Language → metadata hash of one Pagefind entry file (`pagefind-entry.json`). */
function entryHashes(entry: unknown): Record<string, string> {
  const languages = isObject(entry) && isObject(entry['languages']) ? entry['languages'] : {};
  return Object.fromEntries(
    Object.entries(languages).flatMap(([lang, v]) => (isObject(v) && typeof v['hash'] === 'string' ? [[lang, v['hash']]] : [])),
  );
}

/**
 * Language → the metadata hashes of the indexes' entry files, in their order, joined by `+`: what
 * changes whenever any index is built again. For one index, its entry's hash.
 */
export function pagefindIdentity(...entries: unknown[]): Record<string, string> {
  const identity: Record<string, string[]> = {};
  for (const entry of entries) for (const [lang, hash] of Object.entries(entryHashes(entry))) (identity[lang] ??= []).push(hash);
  return Object.fromEntries(Object.entries(identity).map(([lang, hashes]) => [lang, hashes.join('+')]));
}

/** Checks the shape of a fetched `indexes.json`; anything else is null. */
export function parseIndexes(value: unknown): SearchIndexes | null {
  if (!isObject(value)) return null;
  const { indexes, pagefind, pages } = value;
  if (!Array.isArray(indexes) || indexes.length === 0 || indexes[0] !== '') return null;
  if (!indexes.every((p, i) => p === indexFolder(i))) return null;
  if (!isIdentity(pagefind)) return null;
  if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 0) return null;
  return { indexes: indexes as string[], pagefind, pages };
}
