/**
 * The names the search page shares with the index: Pagefind filter keys, sort keys and result
 * meta, taken from the index's own list (src/lib/search/contract/keys.ts, docs/search.md), and the URL
 * parameter of each filter the form offers.
 */
import { FILTER_KEYS, META_KEYS, SORT_KEYS } from '../../lib/search/contract/keys.ts';

/** The filters the form offers, in its order; each one's URL parameter is its name. */
const FILTER_NAMES = ['kind', 'author', 'addressee', 'genre', 'archive', 'fond', 'source', 'year'] as const;

export type FilterName = (typeof FILTER_NAMES)[number];

export interface FilterSpec {
  /** Name in the page's URL (`?author=…`) and id suffix of its control (`#search-author`). */
  param: FilterName;
  /** Pagefind filter key (`data-pagefind-filter`). */
  key: string;
  /** Visible label of the control. */
  label: string;
}

export const FILTERS: readonly FilterSpec[] = FILTER_NAMES.map((name) => ({
  param: name,
  key: FILTER_KEYS[name].key,
  label: FILTER_KEYS[name].label,
}));

/** Filter of the months a document's date covers, values `YYYY-MM`: the period is an OR over them. */
export const MONTH_FILTER = FILTER_KEYS.month.key;

/**
 * Sorts by date: ascending on one key, descending on another, each keying undated documents to
 * come last in its direction. (Pagefind drops a page without the key from a sorted search; the
 * page adds any such page after the sorted ones all the same, see query.ts.)
 */
export const DATE_SORTS: Record<'date-asc' | 'date-desc', Record<string, 'asc' | 'desc'>> = {
  'date-asc': { [SORT_KEYS.date]: 'asc' },
  'date-desc': { [SORT_KEYS.dateDesc]: 'desc' },
};

/** Meta keys of a result (`data-pagefind-meta`) that the results show. */
export const META = {
  title: META_KEYS.title,
  date: META_KEYS.date,
  number: META_KEYS.number,
  genre: META_KEYS.genre,
} as const;
