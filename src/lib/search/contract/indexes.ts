/**
 * The search index, in one part or several. Pagefind holds a whole index in memory while it builds
 * it (about half a megabyte a page here: 15 GB for the collection ×100, 8.5 GB even for its raw
 * text), so an edition of more than a few thousand pages is indexed as several Pagefind indexes,
 * each built by a Pagefind process of its own (scripts/search-index.ts, `DEFAULT_INDEX_PAGES`,
 * `EDITION_INDEX_PAGES`), which the search page merges (Pagefind's `mergeIndex`: one WebAssembly
 * module, every part's metadata and the index chunks of the query's words in each).
 * `/pagefind/indexes.json` lists the parts; a smaller edition has one, where `pagefind --site dist`
 * would have put it. The parts are cut in date order (`sorts`), so that a search sorted by date
 * can take them one after another.
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
import type { PagefindFilters, PagefindModule, PagefindSearchOptions } from './pagefind.ts';

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
  /**
   * For an index in parts, per sort key (`data-pagefind-sort`), the parts holding pages with that key,
   * in the ascending order of their keys: the parts are cut so that no two parts' keys interleave
   * (scripts/lib/search-index.ts), and a sorted search is each part's sorted results one part after
   * another (`sortedParts`). Pagefind's own merge orders the parts' results by relevance score,
   * which a sorted search does not have.
   */
  sorts?: Record<string, number[]>;
  /**
   * For an index in parts, the names that pages of two parts were both given (`SharedNames`): absent
   * when every page's name is its own.
   */
  shared?: SharedNames;
}

/**
 * Pagefind names a page by a hash of what it indexes, shortened to seven hex digits where that is
 * unique in its index; parts are indexed apart, so two parts may give two pages one name (across
 * 27,000 pages in ten parts, about one pair a build; the pairs grow with the square of the pages).
 * Pagefind tells them apart itself (each result's `data()` is its own part's), but the cards and word
 * lists (src/lib/search/contract/cards.ts, lexicon.ts) name pages by the result's `id`: there the page
 * of the first part keeps the name and each later one is named with its part (`PageNamer`). A shared
 * name → each of its pages' URL (as indexed) → the page's name in the cards and word lists. The
 * search page reads a result whose id is shared through its fragment (`nameShared`): one fetch
 * for such a result, where telling them apart at build time cost a part's index built again.
 */
export type SharedNames = Record<string, Record<string, string>>;

/** The name in the cards and word lists of a page of part `part` (from 0) whose name an earlier part's page has. */
export const partName = (id: string, part: number): string => `${id}.${part + 1}`;

/**
 * The names of an index's pages in the cards and word lists, given a part at a time in the parts' order
 * (`name`), and the names pages of two parts share (`shared`): what the index's build lists in
 * `indexes.json` and the cards' build names pages by, one rule for both.
 */
export class PageNamer {
  /** Pagefind's name → the page that has it in the earliest part. */
  readonly #first = new Map<string, { url: string; part: number }>();
  readonly #shared: SharedNames = {};

  /** The name of the page `url` of part `part` (from 0), which Pagefind named `hash`. */
  name(hash: string, part: number, url: string): string {
    const first = this.#first.get(hash);
    if (!first) {
      this.#first.set(hash, { url, part });
      return hash;
    }
    if (first.part >= part) throw new Error(`page ${url} of part ${part + 1} is named ${hash}, as ${first.url} of part ${first.part + 1} is: parts are named in order, each once`);
    const name = partName(hash, part);
    const names = (this.#shared[hash] ??= { [first.url]: hash });
    if (Object.hasOwn(names, url) || Object.values(names).includes(name)) throw new Error(`page ${url} is named ${hash} twice, or part ${part + 1} twice`);
    names[url] = name;
    return name;
  }

  /** The page of the earliest part with Pagefind's name `hash`. */
  first(hash: string): { url: string; part: number } | undefined {
    return this.#first.get(hash);
  }

  /** The names pages of two parts share, by name and URL; undefined when none is. */
  get shared(): SharedNames | undefined {
    const names = Object.keys(this.#shared).sort();
    return names.length === 0 ? undefined : Object.fromEntries(names.map((hash) => [hash, Object.fromEntries(Object.entries(this.#shared[hash]!).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]));
  }
}

/** A result as `nameShared` reads it: its name, and its page's data with the URL as indexed. */
type NamedResult = { id: string; data(): Promise<{ raw_url?: string; url: string }> };

/**
 * Results with the names the cards and word lists give them: a result whose id two parts share gets
 * its page's name there (`SharedNames`), read from the URL its fragment holds; the others are as
 * Pagefind gives them. A shared id whose fragment names a URL the list lacks is an error (the list is of
 * another build of the index).
 */
export async function nameShared<R extends NamedResult>(results: R[], shared: SharedNames | undefined): Promise<R[]> {
  if (!shared || !results.some((r) => Object.hasOwn(shared, r.id))) return results;
  return Promise.all(
    results.map(async (r) => {
      const names = Object.hasOwn(shared, r.id) ? shared[r.id]! : null;
      if (!names) return r;
      const data = await r.data();
      const url = data.raw_url ?? data.url;
      const name = Object.hasOwn(names, url) ? names[url]! : null;
      if (name === null) throw new Error(`search: page ${r.id} at ${url} is not among the pages that share its name`);
      return name === r.id ? r : { ...r, id: name };
    }),
  );
}

/** A search whose results carry a page's `data()`, as Pagefind's module has it. */
type NamingSearch = { search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: NamedResult[] } | null> };

/**
 * Pagefind's module with its results named as the cards and word lists name them (`nameShared`): the
 * search page's, and the measurements'. An index with no shared name is searched as it is.
 */
export function withSharedNames<M extends NamingSearch>(pagefind: M, shared: SharedNames | undefined): M {
  if (!shared) return pagefind;
  const search: NamingSearch['search'] = async (term, options) => {
    const found = await pagefind.search(term, options);
    return found && { ...found, results: await nameShared(found.results, shared) };
  };
  return { ...pagefind, search } as M;
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

/** The options that give the `n`th part its filter. */
const partOptions = (n: number): { mergeFilter: Record<string, string> } => ({ mergeFilter: { [PART_FILTER]: partValue(n) } });

/**
 * Merges the other parts of `list` into a Pagefind already initialised with the first (each part's
 * folder URL from `url`, its results shown with `options`), every part with its filter
 * (`PART_FILTER`), so that a search can be narrowed to some. The parts share the first one's
 * WebAssembly; each brings its own metadata. An index in one part is left as it is.
 */
export async function mergeParts(
  pagefind: Pick<PagefindModule, 'options' | 'mergeIndex'>,
  list: SearchIndexes,
  url: (folder: string) => string,
  options: Record<string, unknown>,
): Promise<void> {
  if (list.indexes.length === 1) return;
  await pagefind.options(partOptions(0));
  await Promise.all(list.indexes.slice(1).map((folder, i) => pagefind.mergeIndex(url(folder), { ...options, ...partOptions(i + 1) })));
}

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
  const list: SearchIndexes = { indexes: indexes as string[], pagefind, pages };
  const { sorts } = value;
  if (sorts !== undefined) {
    const isOrder = (v: unknown): v is number[] =>
      Array.isArray(v) && v.every((p) => Number.isInteger(p) && p >= 0 && p < indexes.length) && new Set(v).size === v.length;
    if (!isObject(sorts) || !Object.values(sorts).every(isOrder)) return null;
    list.sorts = sorts as Record<string, number[]>;
  }
  const { shared } = value;
  if (shared !== undefined) {
    const isNames = (v: unknown): boolean => isObject(v) && Object.keys(v).length > 1 && Object.values(v).every((n) => typeof n === 'string');
    if (!isObject(shared) || !Object.values(shared).every(isNames)) return null;
    list.shared = shared as SharedNames;
  }
  return list;
}

/**
 * The parts a search sorted by `key` in `direction` goes through, one after another, of those in
 * `parts` (null: all); null when the index is in one part (Pagefind sorts it whole). An index in
 * parts without an order for the key has no page with it: nothing to go through.
 */
export function sortedParts(list: SearchIndexes, key: string, direction: 'asc' | 'desc', parts: readonly number[] | null): number[] | null {
  if (list.indexes.length === 1) return null;
  const order = (list.sorts?.[key] ?? []).filter((p) => parts === null || parts.includes(p));
  return direction === 'asc' ? order : order.reverse();
}

/**
 * A sorted search (`options.sort`, one key) of the index `list`: of one part, Pagefind's own; of
 * several, each part's sorted results one part after another (`sortedParts`), of the parts the
 * filters leave (`inParts`; none said: all). `search` is Pagefind's search of the query with these options.
 */
export async function searchSorted<R>(
  search: (options: PagefindSearchOptions) => Promise<R[]>,
  options: PagefindSearchOptions & { sort: Record<string, 'asc' | 'desc'> },
  list: SearchIndexes,
): Promise<R[]> {
  const [sort, ...more] = Object.entries(options.sort);
  if (!sort || more.length > 0) throw new Error(`a sorted search takes one sort key, not ${JSON.stringify(options.sort)}`);
  const filters = options.filters ?? {};
  const narrowed = filters[PART_FILTER];
  const parts = narrowed === undefined ? null : (typeof narrowed === 'object' && !Array.isArray(narrowed) ? narrowed.any : [narrowed].flat()).map((v) => Number(v) - 1);
  const order = sortedParts(list, sort[0], sort[1], parts);
  if (order === null) return search(options);
  const each = await Promise.all(order.map((p) => search({ ...options, filters: { ...filters, [PART_FILTER]: partValue(p) } })));
  return each.flat();
}
