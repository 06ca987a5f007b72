/**
 * The search form's controls: filling the lists from the index, reading a state from them and
 * setting them to a state.
 */
import type { PagefindFilterCounts } from '../../lib/search/contract/pagefind.ts';
import { FILTERS, MONTH_FILTER, type FilterName } from './keys.ts';
import { monthLabel, monthsByYear } from './months.ts';
import { emptyState, SORTS, type SearchState, type SortOrder } from './state.ts';

export interface SearchControls {
  form: HTMLFormElement;
  q: HTMLInputElement;
  filters: Map<FilterName, HTMLSelectElement>;
  from: HTMLSelectElement;
  to: HTMLSelectElement;
  sort: HTMLSelectElement;
  /** The fold of filters and order, and the count of those set in its summary. */
  options: HTMLDetailsElement;
  optionsCount: HTMLElement;
}

export function byId<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`search page: #${id} is missing or not a ${type.name}`);
  return el;
}

/** The controls of the form rendered by search-form.astro. */
export function findControls(): SearchControls {
  return {
    form: byId('search-form', HTMLFormElement),
    q: byId('search-q', HTMLInputElement),
    filters: new Map(FILTERS.map((f) => [f.param, byId(`search-${f.param}`, HTMLSelectElement)])),
    from: byId('search-from', HTMLSelectElement),
    to: byId('search-to', HTMLSelectElement),
    sort: byId('search-sort', HTMLSelectElement),
    options: byId('search-options', HTMLDetailsElement),
    optionsCount: byId('search-options-count', HTMLElement),
  };
}

/** Russian alphabetical order, numbers by value (`Ф. 17` before `Ф. 558`). */
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** Hides a control's field (label and list) when the index has no values for it. */
function showField(select: HTMLSelectElement, visible: boolean, container = '.search-field'): void {
  const field = select.closest<HTMLElement>(container);
  if (field) field.hidden = !visible;
  select.disabled = !visible;
}

/**
 * Fills the lists with the values the index holds, each with its number of documents; lists
 * whose filter the index lacks are hidden.
 */
export function fillControls(controls: SearchControls, counts: PagefindFilterCounts): void {
  for (const f of FILTERS) {
    const select = controls.filters.get(f.param);
    if (!select) continue;
    const values = Object.entries(counts[f.key] ?? {}).filter(([value]) => value.trim() !== '');
    values.sort(([a], [b]) => collator.compare(a, b));
    const first = select.options[0] ?? option('', 'любой');
    select.replaceChildren(first, ...values.map(([value, n]) => option(value, `${value} (${n})`)));
    showField(select, values.length > 0);
  }

  const months = Object.keys(counts[MONTH_FILTER] ?? {});
  for (const select of [controls.from, controls.to]) {
    const first = select.options[0] ?? option('', '—');
    const groups = [...monthsByYear(months)].map(([year, list]) => {
      const group = document.createElement('optgroup');
      group.label = year;
      group.append(...list.map((m) => option(m, monthLabel(m))));
      return group;
    });
    select.replaceChildren(first, ...groups);
    showField(select, months.length > 0, '.search-period');
  }
}

/** Selects `value` in a list, adding it first when the list lacks it (a shared URL may name a value the index no longer has). */
function selectValue(select: HTMLSelectElement, value: string, text = value): void {
  if (value !== '' && ![...select.options].some((o) => o.value === value)) select.appendChild(option(value, text));
  select.value = value;
}

export function readControls(controls: SearchControls): SearchState {
  const state = emptyState();
  state.q = controls.q.value.trim();
  for (const [param, select] of controls.filters) if (!select.disabled && select.value) state.filters[param] = select.value;
  state.from = (!controls.from.disabled && controls.from.value) || null;
  state.to = (!controls.to.disabled && controls.to.value) || null;
  state.sort = SORTS.includes(controls.sort.value as SortOrder) ? (controls.sort.value as SortOrder) : 'relevance';
  return state;
}

/** How many filters, period ends and a non-default order a state sets. */
export const optionsSet = (state: SearchState): number =>
  Object.keys(state.filters).length + (state.from ? 1 : 0) + (state.to ? 1 : 0) + (state.sort !== 'relevance' ? 1 : 0);

/** Shows in the fold's summary how many options are set, and opens the fold when any is. */
export function showOptionsSet(controls: SearchControls, state: SearchState): void {
  const n = optionsSet(state);
  controls.optionsCount.textContent = n > 0 ? `(задано: ${n})` : '';
  if (n > 0) controls.options.open = true;
}

export function applyState(controls: SearchControls, state: SearchState): void {
  if (controls.q.value.trim() !== state.q) controls.q.value = state.q;
  for (const [param, select] of controls.filters) selectValue(select, state.filters[param] ?? '');
  selectValue(controls.from, state.from ?? '', state.from ? monthLabel(state.from) : '');
  selectValue(controls.to, state.to ?? '', state.to ? monthLabel(state.to) : '');
  controls.sort.value = state.sort;
  showOptionsSet(controls, state);
}
