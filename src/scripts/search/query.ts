/**
 * From a search state to Pagefind calls and an ordered list of results.
 */
import type {
  PagefindFilterCounts,
  PagefindFilters,
  PagefindModule,
  PagefindResult,
  PagefindSearchOptions,
} from '../../lib/search/contract/pagefind.ts';
import { inParts, searchSorted, type SearchIndexes } from '../../lib/search/contract/indexes.ts';
import { DATE_SORTS, FILTERS, MONTH_FILTER } from './keys.ts';
import { monthsInRange } from './months.ts';
import type { SearchState } from './state.ts';

/**
 * Pagefind filters of a state: each filter by its value (AND between filters), the period as an OR
 * over the indexed months inside it. `null` when nothing can match: a filter the index does not
 * have (Pagefind would ignore it and return everything), or a period without an indexed month
 * (an empty `any` is no filter either).
 */
export function pagefindFilters(state: SearchState, index: PagefindFilterCounts): PagefindFilters | null {
  const filters: PagefindFilters = {};
  for (const f of FILTERS) {
    const value = state.filters[f.param];
    if (!value) continue;
    if (!index[f.key]) return null;
    filters[f.key] = value;
  }
  if (state.from || state.to) {
    const months = monthsInRange(Object.keys(index[MONTH_FILTER] ?? {}), state.from, state.to);
    if (months.length === 0) return null;
    filters[MONTH_FILTER] = { any: months };
  }
  return filters;
}

const check = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`Pagefind returned no search for ${what}`);
  return value;
};

/**
 * The searches one query stands for: itself, and for a word joined by a hyphen between letters
 * (`большевиков-ленинцев`) the same words apart. `null` (filters only) stays as it is.
 */
export function queryVariants(term: string | null): Array<string | null> {
  if (term === null) return [null];
  const apart = term.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
  return apart === term ? [term] : [term, apart];
}

/** A result, and the words of the search that found it (they are marked on the page it leads to). */
export interface Found {
  result: PagefindResult;
  term: string | null;
}

const found = (term: string | null) => (result: PagefindResult): Found => ({ result, term });

/**
 * Runs a search and returns its results in the order asked for.
 *
 * Sorting by date: Pagefind leaves out of a sorted search every page without the sort key. The
 * index keys undated documents to sort last (docs/search.md); should a page lack the key all the
 * same, it must not vanish from the results: the unsorted search runs beside the sorted one, and
 * what the sorted one lacks is added at the end, in the order of relevance (or of the index).
 * Without words, results go by date: Pagefind has no relevance to rank them by. Of an index in
 * parts (`list`), a sorted search takes the parts one after another (`searchSorted`), and `parts`
 * narrows the search to those parts (`CheckedQuery.parts`; null: all).
 */
export async function runSearch(
  pagefind: PagefindModule,
  state: SearchState,
  index: PagefindFilterCounts,
  list: SearchIndexes,
  parts: readonly number[] | null = null,
): Promise<Found[]> {
  const asked = pagefindFilters(state, index);
  const filters = asked && inParts(asked, parts);
  if (!filters) return [];
  const term = state.q === '' ? null : state.q;
  const sort = state.sort === 'relevance' ? (term === null ? 'date-asc' : null) : state.sort;
  const options: PagefindSearchOptions = { filters };
  if (sort === null) {
    const [exact, ...variants] = queryVariants(term);
    const exactTerm = exact ?? null;
    const results = check(await pagefind.search(exactTerm, options), term ?? 'filters').results.map(found(exactTerm));
    if (variants.length === 0) return results;
    // A hyphenated word is one word for Pagefind; the texts often print the same words with a
    // spaced dash (`большевиков – ленинцев`): those matches follow the exact ones.
    const seen = new Set(results.map((r) => r.result.id));
    for (const v of variants) {
      if (v === null) continue;
      for (const r of check(await pagefind.search(v, options), v).results) if (!seen.has(r.id)) {
        seen.add(r.id);
        results.push({ result: r, term: v });
      }
    }
    return results;
  }

  const [sortedResults, all] = await Promise.all([
    searchSorted(async (o) => check(await pagefind.search(term, o), `${term ?? 'filters'}, sorted`).results, { ...options, sort: DATE_SORTS[sort] }, list),
    pagefind.search(term, options),
  ]);
  const allResults = check(all, term ?? 'filters').results;
  if (sortedResults.length >= allResults.length) return sortedResults.map(found(term));
  const seen = new Set(sortedResults.map((r) => r.id));
  return [...sortedResults, ...allResults.filter((r) => !seen.has(r.id))].map(found(term));
}
