/**
 * The search page: the form, the results and the URL kept in step.
 *
 * - Typing searches after a short pause; Enter, a list or the period search at once.
 * - Every search is in the URL (see state.ts) and in the history, one entry per control changed
 *   (see `commit`).
 * - Back and Forward restore the form from the URL and search again; a URL with parameters searches on load.
 * - Results come ten at a time; «Показать ещё» adds ten and moves the focus to the first of them.
 * - The count goes to a polite live region, so screen readers announce it without losing their place.
 * - A result is shown from its card (cards.ts): the 128 words that hold its excerpt, not the
 *   page's whole text; a page without a card is shown from Pagefind's fragment.
 */
import { cardNumber, type CardIndex } from '../../lib/search/contract/cards.ts';
import { EXCERPT_WORDS, type PagefindFilterCounts, type PagefindModule } from '../../lib/search/contract/pagefind.ts';
import { cardWindow, loadCard, loadCardIndex, pageEnds } from './cards.ts';
import { applyState, byId, fillControls, findControls, readControls, showOptionsSet } from './form.ts';
import { FILTERS } from './keys.ts';
import { periodLabel } from './months.ts';
import { loadIndexes, loadPagefind } from './pagefind.ts';
import { runSearch, type Found } from './query.ts';
import { installSearchShortcut } from './shortcut.ts';
import { checkQuery, listedResults, loadExtensions, type CheckedQuery, type MissingWord, type WordLists } from '../../lib/search/contract/lexicon.ts';
import { showMissing, wordLists } from './lexicon.ts';
import { countDocuments } from '../../lib/lang/plural.ts';
import { mayNameParties } from './party-query.ts';
import { countText, resultItem, viewFromCard, viewFromData, type ResultView } from './render.ts';
import { isActive, sameState, stateFromParams, stateToParams, type SearchState } from './state.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

const controls = findControls();
const region = byId('search-results', HTMLElement);
const status = byId('search-status', HTMLElement);
const list = byId('search-list', HTMLOListElement);
const more = byId('search-more', HTMLButtonElement);
const moreStatus = byId('search-more-status', HTMLElement);
const failure = byId('search-failure', HTMLElement);
const clear = byId('search-clear', HTMLButtonElement);
const suggest = byId('search-suggest', HTMLElement);
const missingWords = byId('search-missing', HTMLElement);

const baseTitle = document.title;

/** The state the results on screen belong to (or are being fetched for). */
let current: SearchState = stateFromParams(new URLSearchParams(location.search));
/** Bumped by every search, so a slow one that finishes after a newer one is dropped. */
let generation = 0;
let results: Found[] = [];
let shown = 0;
let pagefind: PagefindModule | null = null;
/** The index's filters and their values with their counts, loaded once. */
let index: PagefindFilterCounts | null = null;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
/** The index of result cards, fetched with the page (null: none, results come from fragments). */
const cardIndex: Promise<CardIndex | null> = loadCardIndex();
/** The word lists of the card index's build (null: none). */
const lists = async (): Promise<WordLists | null> => wordLists(await cardIndex, await loadIndexes());

/** Words for the status line: the count, then what was asked («…; вид документа: письмо; период: …»). */
function describe(state: SearchState, total: number): string {
  const asked = [
    ...FILTERS.flatMap((f) => {
      const value = state.filters[f.param];
      return value ? [`${f.label.toLowerCase()}: ${value}`] : [];
    }),
    state.from || state.to ? `период: ${periodLabel(state.from, state.to)}` : null,
  ].filter(Boolean);
  const count = state.q ? `${countText(total)} по запросу «${state.q}»` : countText(total);
  return [count, ...asked].join('; ');
}

function setTitle(state: SearchState): void {
  document.title = state.q ? `«${state.q}» — ${baseTitle}` : baseTitle;
}

function updateMore(): void {
  const left = results.length - shown;
  more.hidden = left <= 0;
  more.textContent = `Показать ещё ${Math.min(PAGE_SIZE, left)}`;
  moreStatus.textContent = results.length > PAGE_SIZE ? `Показаны ${shown} из ${results.length}` : '';
}

/**
 * The filters, their values and how many pages have each: from the card index, which counts them
 * from the index's fragments at build time, else from Pagefind (which fetches every filter file).
 */
async function filterCounts(): Promise<PagefindFilterCounts> {
  return (await cardIndex)?.filters ?? (await (await pagefindReady()).filters());
}

/**
 * Pagefind, loaded once, when it is first needed: a search, or a reader turning to the form (its
 * WebAssembly and metadata are compiled on the main thread, so a visit that only looks at the page
 * does not pay for them).
 */
function pagefindReady(): Promise<PagefindModule> {
  return loadPagefind().then((pf) => (pagefind = pf));
}

/** What a result shows: from its card when it has one, else from Pagefind's fragment of the page. */
async function view(found: Found): Promise<ResultView> {
  const cards = await cardIndex;
  const page = cards ? await pageEnds(cards, found.result.id) : undefined;
  if (cards && page) {
    const window = cardWindow(found.result.words, page, EXCERPT_WORDS);
    try {
      const card = await loadCard(found.result.id, cardNumber(window.start, cards.cardWords), cards.cardWords, window.stop);
      return viewFromCard(card, window, page[1], found.term);
    } catch (error) {
      console.warn(`search: card of ${found.result.id} not loaded, using its fragment`, error);
    }
  }
  return viewFromData(await found.result.data(), found.term);
}

/** The items of a page of results from `start`, or null if a newer search started meanwhile. */
async function pageItems(gen: number, from: Found[], start: number): Promise<HTMLLIElement[] | null> {
  const views = await Promise.all(from.slice(start, start + PAGE_SIZE).map(view));
  return gen === generation ? views.map((v) => resultItem(v)) : null;
}

/**
 * Adds the next page of results; returns its first item, or null if the search went stale (a
 * newer search started, or finished, meanwhile).
 */
async function showNext(gen: number): Promise<HTMLLIElement | null> {
  const from = results;
  const items = await pageItems(gen, from, shown);
  if (!items || from !== results) return null;
  list.append(...items);
  shown += items.length;
  updateMore();
  return items[0] ?? null;
}

/**
 * Offers the author → addressee pairs a query names («Троцкого Сталину») as links to the two
 * filters, in date order; nothing when a party filter is set already or nothing matches.
 */
async function showSuggestion(gen: number, state: SearchState): Promise<void> {
  const asks = mayNameParties(state.q) && !state.filters.author && !state.filters.addressee;
  // The suggestion's code and data load only for a query that may name two parties.
  const suggestion = asks ? await import('./parties.ts').catch(() => null) : null;
  const parties = suggestion ? await suggestion.loadParties() : null;
  if (gen !== generation) return;
  const pairs = suggestion && parties ? suggestion.partySuggestions(state.q, parties) : [];
  suggest.hidden = pairs.length === 0;
  suggest.replaceChildren();
  if (pairs.length === 0) return;
  suggest.append(document.createTextNode(pairs.length === 1 ? 'Автор и адресат: ' : 'Авторы и адресаты: '));
  pairs.forEach((pair, i) => {
    if (i > 0) suggest.append(document.createTextNode('; '));
    const target: SearchState = { ...state, q: '', filters: { ...state.filters, author: pair.author, addressee: pair.addressee }, sort: 'date-asc' };
    const link = document.createElement('a');
    link.href = `${location.pathname}?${stateToParams(target).toString()}`;
    link.textContent = `${pair.author} → ${pair.addressee}`;
    suggest.append(link, document.createTextNode(` (${countDocuments(pair.count)})`));
  });
}

/**
 * Records on the results region which search its results belong to (`data-rendered`, the query
 * string): the browser tests and the benchmark wait for it.
 */
function markRendered(state: SearchState): void {
  region.dataset['rendered'] = stateToParams(state).toString();
}

/**
 * Pagefind's results as the page shows them: none when a query word is in no source (they are
 * Pagefind's fallback to a shorter word, see docs/search.md), else, by relevance, the documents
 * printing the words in the form typed first. Without word lists (another build) as Pagefind gives them.
 */
async function ordered(state: SearchState, found: Found[], words: WordLists | null, checking: Promise<CheckedQuery> | null): Promise<{ found: Found[]; missing: MissingWord[] }> {
  if (!words) return { found, missing: [] };
  try {
    const listed = await listedResults(state.q, found, (f) => f.result.id, words, state.sort !== 'relevance', checking ?? undefined);
    return { found: listed.results, missing: listed.missing };
  } catch (error) {
    console.warn('search: word lists not loaded, results as Pagefind gives them', error);
    return { found, missing: [] };
  }
}

/**
 * Pagefind's results for the state: of the parts that find every query word itself, when the index
 * is in parts and some part lacks one (the others' results are their fallback to a shorter word).
 * The search runs once the chunks of the words the query extends to are loaded (`loadExtensions`),
 * and again, narrowed, only when a part must go.
 */
async function searchParts(pf: PagefindModule, state: SearchState, filters: PagefindFilterCounts, checking: Promise<CheckedQuery> | null): Promise<Found[]> {
  const list = await loadIndexes();
  const found = await runSearch(pf, state, filters, list);
  const checked = await checking?.catch(() => null);
  if (!checked || checked.missing.length > 0 || checked.parts === null) return found;
  return runSearch(pf, state, filters, list, checked.parts);
}

async function search(state: SearchState): Promise<void> {
  const gen = ++generation;
  current = state;
  setTitle(state);
  if (!isActive(state)) {
    results = [];
    shown = 0;
    list.replaceChildren();
    status.textContent = '';
    suggest.hidden = true;
    suggest.replaceChildren();
    showMissing(missingWords, [], state);
    updateMore();
    markRendered(state);
    return;
  }
  list.setAttribute('aria-busy', 'true');
  try {
    // The query's word lists load while Pagefind does (a list is fetched once).
    const words = await lists();
    const checking = words && state.q ? checkQuery(state.q, words) : null;
    checking?.catch(() => undefined);
    const pf = await pagefindReady();
    index ??= await filterCounts();
    // Every stem the query's words extend to is searched, whatever chunks earlier searches loaded.
    await loadExtensions(pf, await checking?.catch(() => null) ?? null).catch((error: unknown) => console.warn('search: the chunks of the words the query extends to not loaded', error));
    const { found, missing } = await ordered(state, await searchParts(pf, state, index, checking), words, checking);
    // The old results stay until the new ones are ready: no empty flash between searches.
    const items = await pageItems(gen, found, 0);
    if (!items) return;
    results = found;
    list.replaceChildren(...items);
    shown = items.length;
    updateMore();
    failure.hidden = true;
    status.textContent = describe(state, results.length);
    showMissing(missingWords, missing, state);
    await showSuggestion(gen, state);
    if (gen !== generation) return;
    markRendered(state);
  } catch (error) {
    if (gen !== generation) return;
    console.error(error);
    failure.hidden = false;
    status.textContent = 'Поиск не удался: поисковый индекс недоступен.';
  } finally {
    if (gen === generation) list.removeAttribute('aria-busy');
  }
}

/**
 * Puts the form's state in the URL and searches. `source` names the control that changed: changes
 * of one control in a row share a history entry (the first adds it, the next ones update it), so
 * typing a word or stepping through a list with the arrow keys leaves one entry, and Back returns
 * to the search before. `force` searches even when the state is unchanged (Enter).
 */
function commit(source: string, force = false): void {
  clearTimeout(typingTimer);
  const state = readControls(controls);
  showOptionsSet(controls, state);
  const query = stateToParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    const previous = (history.state as { source?: string } | null)?.source;
    if (previous === source) history.replaceState({ source }, '', url);
    else history.pushState({ source }, '', url);
  }
  if (force || !sameState(state, current)) void search(state);
}

/**
 * Pagefind preloads the index chunks of a query being typed once its last word has this many letters
 * or digits:
 * a shorter start (`з`, `зи`) spans chunks the finished word does not need (measured: a first search
 * typed key by key fetched some 30 KB more when every key preloaded).
 */
const PRELOAD_LETTERS = 4;

controls.q.addEventListener('input', () => {
  const q = controls.q.value.trim();
  const last = q.split(/\s+/u).at(-1) ?? '';
  if (pagefind && (last.match(/[\p{L}\p{N}]/gu) ?? []).length >= PRELOAD_LETTERS) void pagefind.preload(q).catch(() => undefined);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => commit('q'), TYPING_PAUSE_MS);
});

controls.form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit('q', true);
});

controls.form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) commit(event.target.name);
});

clear.addEventListener('click', () => {
  applyState(controls, { q: '', filters: {}, from: null, to: null, sort: 'relevance' });
  commit('clear');
  controls.q.focus();
});

let loadingMore = false;
more.addEventListener('click', () => {
  if (loadingMore) return;
  loadingMore = true;
  void showNext(generation)
    .then((first) => {
      // Focus the first new result, so a keyboard user goes on reading where the list grew.
      first?.querySelector('a')?.focus();
      if (first) status.textContent = `${describe(current, results.length)}. Показаны ${shown}`;
    })
    .finally(() => {
      loadingMore = false;
    });
});

window.addEventListener('popstate', () => {
  const state = stateFromParams(new URLSearchParams(location.search));
  applyState(controls, state);
  void search(state);
});

async function start(): Promise<void> {
  controls.form.hidden = false;
  region.hidden = false;
  // Wide screens have room for the filters; on a phone they fold away unless one is set.
  if (matchMedia('(min-width: 48rem)').matches) controls.options.open = true;
  applyState(controls, current);
  installSearchShortcut();
  // Pagefind loads when the reader turns to the form (or a search starts), not with the page.
  const warm = (): void => void pagefindReady().catch(() => undefined);
  controls.form.addEventListener('focusin', warm, { once: true });
  controls.form.addEventListener('pointerdown', warm, { once: true });
  // A search in the URL: Pagefind loads beside the card index, not after it.
  if (isActive(current)) warm();
  try {
    index = await filterCounts();
    fillControls(controls, index);
    // The lists have their values now; keep whatever was typed while they loaded.
    applyState(controls, { ...current, q: controls.q.value.trim() });
    controls.form.dataset['ready'] = '';
  } catch (error) {
    console.error(error);
    failure.hidden = false;
    return;
  }
  if (isActive(current)) await search(current);
}

void start();
