/**
 * The state of a search and its place in the URL: `/search/?q=…&genre=…&from=1926-01&to=1927-12&sort=date-asc`.
 * A search can be bookmarked and shared, and the browser's history moves between searches.
 * Pure functions, no DOM.
 */
import { isYearMonth } from '../../lib/lang/months.ts';
import { FILTERS, type FilterName } from './keys.ts';

export const SORTS = ['relevance', 'date-asc', 'date-desc'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchState {
  /** The words typed, trimmed; `''` for none. */
  q: string;
  /** One value per filter, by the name in the URL; absent when not set. */
  filters: Partial<Record<FilterName, string>>;
  /** Start and end of the period, `YYYY-MM`, either may be absent. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, from: null, to: null, sort: 'relevance' });

/** Reads a state from a query string; unknown parameters and malformed values are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const f of FILTERS) {
    const value = params.get(f.param)?.trim();
    if (value) state.filters[f.param] = value;
  }
  const from = params.get('from');
  const to = params.get('to');
  state.from = from && isYearMonth(from) ? from : null;
  state.to = to && isYearMonth(to) ? to : null;
  const sort = params.get('sort');
  state.sort = SORTS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance';
  return state;
}

/** The query string of a state, parameters in a fixed order, empty ones left out. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FILTERS) {
    const value = state.filters[f.param];
    if (value) params.set(f.param, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether the state asks for anything: words, a filter or a period. */
export const isActive = (state: SearchState): boolean =>
  state.q !== '' || Object.keys(state.filters).length > 0 || state.from !== null || state.to !== null;

export const sameState = (a: SearchState, b: SearchState): boolean =>
  stateToParams(a).toString() === stateToParams(b).toString();
