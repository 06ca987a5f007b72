/**
 * Result cards: what a search result shows, in small files cut at build time from the index's own
 * fragments (scripts/search-cards.ts, src/lib/search/cards.ts; docs/search.md).
 *
 * Pagefind keeps one fragment per page with the page's whole text, and loads it to show the page
 * as a result; for the long reports of the collection that is 20–57 KB a result. A search result
 * already knows where its matches are (`words`, positions in the page's text), so the page needs
 * only the words of its excerpt: the card holding them (a card starts every `CARD_WORDS` words and
 * runs `CARD_OVERLAP` words into the next, so any excerpt starting in it ends in it) and the
 * result's title, number, date, genre and URL. The index of cards (`index.json`, loaded once with
 * Pagefind) gives, per page, where its title ends and where its index-only text begins.
 * A page without a card is shown from its fragment, as before.
 */
import { excerptFrom, excerptWindow, type Excerpt } from './excerpt.ts';
import { EXCERPT_WORDS, type PagefindFilterCounts } from './pagefind.ts';

/** Where the cards are served. */
export const CARDS_PATH = '/search/cards/';
export const CARD_INDEX_FILE = 'index.json';
/** A card starts every so many words of a page's visible text. */
export const CARD_WORDS = 100;
/** Words a card runs into the next: an excerpt's length. */
export const CARD_OVERLAP = EXCERPT_WORDS;

/** Per page (Pagefind's page hash, the result's `id`): `[titleEnd, visible]`, in words. */
export type CardIndexPages = Record<string, readonly [number, number]>;

export interface CardIndex {
  /**
   * The Pagefind index the cards were cut from: language → the hash of its metadata file, as in
   * `/pagefind/pagefind-entry.json`. A card index of another build (a host's stale copy, `pagefind`
   * run again without `npm run cards`) is not used.
   */
  pagefind: Record<string, string>;
  /** The card size the files were cut with. */
  cardWords: number;
  cardOverlap: number;
  pages: CardIndexPages;
  /**
   * Filter key → value → number of pages with it, counted from the fragments: what Pagefind's
   * `filters()` returns, without fetching its filter files before the first search.
   */
  filters: PagefindFilterCounts;
}

/** What a result shows, and the words of one stretch of its text. */
export interface Card {
  /** The page's URL, without the highlight parameter. */
  url: string;
  title: string;
  number: string | null;
  /** As the page shows it; null when the page has none (the preface). */
  date: string | null;
  genre: string | null;
  /** Position of the first word in the page's text. */
  start: number;
  words: string[];
}

/** The file of a page's card `k`, relative to `CARDS_PATH`. */
export const cardFile = (id: string, k: number): string => `${id}-${k}.json`;

/** The card that holds an excerpt starting at `start`. */
export const cardNumber = (start: number, cardWords: number): number => Math.floor(start / cardWords);

/**
 * Where a result's excerpt is, from its matched positions alone (each counts alike: a search
 * result does not carry its weights): see excerptWindow.
 */
export function cardWindow(locations: readonly number[], page: readonly [number, number], length: number) {
  const scores = new Map(locations.map((l) => [l, 1]));
  return excerptWindow(scores, page[0], page[1], length);
}

/** The excerpt of a result from the card holding its window. */
export function cardExcerpt(card: Card, window: ReturnType<typeof cardWindow>, visible: number): Excerpt {
  return excerptFrom(card.words, card.start, window, visible);
}

const isPage = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && (n as number) >= 0);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isCounts = (v: unknown): v is PagefindFilterCounts =>
  isObject(v) && Object.values(v).every((values) => isObject(values) && Object.values(values).every((n) => Number.isInteger(n)));

/** Checks the shape of a fetched card index; anything else is treated as no index. */
export function parseCardIndex(value: unknown): CardIndex | null {
  if (!isObject(value)) return null;
  const { pagefind, cardWords, cardOverlap, pages, filters } = value;
  if (!isObject(pagefind) || !Object.values(pagefind).every((h) => typeof h === 'string')) return null;
  if (typeof cardWords !== 'number' || cardWords <= 0 || typeof cardOverlap !== 'number') return null;
  if (!isObject(pages) || !isCounts(filters)) return null;
  const checked: CardIndexPages = {};
  for (const [id, page] of Object.entries(pages)) if (isPage(page)) checked[id] = page;
  return { pagefind: pagefind as Record<string, string>, cardWords, cardOverlap, pages: checked, filters };
}

/** Checks the shape of a fetched card. */
export function parseCard(value: unknown): Card | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown): string | null => (typeof x === 'string' && x.trim() !== '' ? x : null);
  if (typeof v['url'] !== 'string' || typeof v['start'] !== 'number' || !Array.isArray(v['words'])) return null;
  if (!v['words'].every((w) => typeof w === 'string')) return null;
  return {
    url: v['url'],
    title: text(v['title']) ?? v['url'],
    number: text(v['number']),
    date: text(v['date']),
    genre: text(v['genre']),
    start: v['start'],
    words: v['words'] as string[],
  };
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.json();
}

/** Language → metadata hash of a Pagefind entry file (`pagefind-entry.json`). */
export function pagefindIdentity(entry: unknown): Record<string, string> {
  const languages = isObject(entry) && isObject(entry['languages']) ? entry['languages'] : {};
  return Object.fromEntries(
    Object.entries(languages).flatMap(([lang, v]) => (isObject(v) && typeof v['hash'] === 'string' ? [[lang, v['hash']]] : [])),
  );
}

const sameIdentity = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length > 0 && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * The index of cards, or null when the site has none, or it belongs to another build of the
 * Pagefind index, or its cards are too short for this page's excerpts: then results come from
 * Pagefind's fragments and the filter counts from Pagefind.
 */
export async function loadCardIndex(entryUrl: string): Promise<CardIndex | null> {
  try {
    const [value, entry] = await Promise.all([fetchJson(CARDS_PATH + CARD_INDEX_FILE), fetchJson(entryUrl)]);
    const index = parseCardIndex(value);
    if (!index) throw new Error(`malformed ${CARD_INDEX_FILE}`);
    if (!sameIdentity(index.pagefind, pagefindIdentity(entry))) throw new Error(`${CARD_INDEX_FILE} is of another build of the index`);
    if (index.cardOverlap < EXCERPT_WORDS) throw new Error(`cards run ${index.cardOverlap} words on, excerpts are ${EXCERPT_WORDS}`);
    return index;
  } catch (error) {
    console.warn('search: no result cards, results come from the index fragments', error);
    return null;
  }
}

/**
 * Card `k` of a page; rejects when it is missing, malformed, or does not hold the words
 * `[k * cardWords, stop)` (a card of another build).
 */
export async function loadCard(id: string, k: number, cardWords: number, stop: number): Promise<Card> {
  const card = parseCard(await fetchJson(CARDS_PATH + cardFile(id, k)));
  if (!card) throw new Error(`malformed card ${cardFile(id, k)}`);
  if (card.start !== k * cardWords || card.start + card.words.length < stop) {
    throw new Error(`card ${cardFile(id, k)} holds words ${card.start}–${card.start + card.words.length}, not up to ${stop}`);
  }
  return card;
}
