/**
 * The result cards' format: what the build writes (src/lib/search/cards.ts, scripts/lib/search-cards.ts)
 * and the search page reads (src/scripts/search/cards.ts); docs/search.md has the reasons.
 *
 * A card is a run of `CARD_WORDS` words of a page's visible text that runs `CARD_OVERLAP` words
 * into the next, so any excerpt starting in it ends in it, with what a result shows of the page:
 * its URL, title, number, date and genre. The index of cards (`index.json`) gives the filter counts;
 * the files under `pages/` give, per page, where its title ends and where its index-only text begins. A card shows a result
 * as Pagefind's data of the page would (`resultNumber`, `resultGenre`): the page falls back on that
 * data when a card is missing.
 */
import { META_KEYS } from './keys.ts';
import { EXCERPT_WORDS, type PagefindFilterCounts, type PagefindResultData } from './pagefind.ts';
import { isIdentity } from './indexes.ts';

/** Where the cards are served. */
export const CARDS_PATH = '/search/cards/';
export const CARD_INDEX_FILE = 'index.json';
/**
 * Where each page's title and visible text end (`CardPages`), in files by the first letters of the
 * pages' hashes (`cardPagesFile`): a search reads those of the results it shows.
 */
export const cardPagesFile = (key: string): string => `pages/${key}.json`;

/** The most pages a file of `CardPages` holds on average: its hash letters are chosen so (`pageLettersFor`). */
export const PAGES_PER_FILE = 64;

/** The key of the file holding a page: its language prefix and the first `letters` letters of its hash (`ru_1f`). */
export function pageKey(id: string, letters: number): string {
  const start = id.indexOf('_') + 1;
  return id.slice(0, start + letters);
}

/** How many hash letters (hexadecimal) key the files of `CardPages` for `count` pages: at least one. */
export function pageLettersFor(count: number): number {
  let letters = 1;
  while (count / 16 ** letters > PAGES_PER_FILE) letters += 1;
  return letters;
}
/** A card starts every so many words of a page's visible text. */
export const CARD_WORDS = 100;
/** Words a card runs into the next: an excerpt's length. */
export const CARD_OVERLAP = EXCERPT_WORDS;

/**
 * Per page (Pagefind's page hash, the result's `id`; a name two parts share is the later page's with its part,
 * `SharedNames`): `[titleEnd, visible]`, in words.
 */
export type CardIndexPages = Record<string, readonly [number, number]>;

export interface CardIndex {
  /**
   * The Pagefind index the cards were cut from: language → the hashes of its parts' metadata files,
   * as `/pagefind/indexes.json` names them (src/lib/search/contract/indexes.ts). A card index of
   * another build (a host's stale copy, the index built again with `--no-cards`) is not used.
   */
  pagefind: Record<string, string>;
  /** The card size the files were cut with. */
  cardWords: number;
  cardOverlap: number;
  /** The hash letters that key the files of `CardPages` (`pageKey`). */
  pageLetters: number;
  /**
   * Filter key → value → number of pages with it, counted from the fragments: what Pagefind's
   * `filters()` returns, without fetching its filter files before the first search.
   */
  filters: PagefindFilterCounts;
  /**
   * The letters the word lists beside the cards are sharded by (src/lib/search/contract/lexicon.ts);
   * absent or another number: the page does not check query words against them.
   */
  wordLetters?: number;
}

/**
 * Per page, where its title ends and its visible text ends: one file per key (`cardPagesFile`). Apart
 * from the index and cut by hash: all of it grows with the corpus (a line per page), and the search
 * page needs only the lines of the results it shows, while the index's filter counts fill the form
 * when the page opens.
 */
export interface CardPages {
  /** The Pagefind index the pages were read from, as in `CardIndex`. */
  pagefind: Record<string, string>;
  pages: CardIndexPages;
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

const isPage = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n) && (n as number) >= 0);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isCounts = (v: unknown): v is PagefindFilterCounts =>
  isObject(v) && Object.values(v).every((values) => isObject(values) && Object.values(values).every((n) => Number.isInteger(n)));

/** Checks the shape of a fetched card index; anything else is treated as no index. */
export function parseCardIndex(value: unknown): CardIndex | null {
  if (!isObject(value)) return null;
  const { pagefind, cardWords, cardOverlap, pageLetters, filters, wordLetters } = value;
  if (!isIdentity(pagefind)) return null;
  if (typeof cardWords !== 'number' || cardWords <= 0 || typeof cardOverlap !== 'number') return null;
  if (typeof pageLetters !== 'number' || !Number.isInteger(pageLetters) || pageLetters < 1) return null;
  if (!isCounts(filters)) return null;
  const index: CardIndex = { pagefind, cardWords, cardOverlap, pageLetters, filters };
  if (typeof wordLetters === 'number') index.wordLetters = wordLetters;
  return index;
}


/** Checks the shape of fetched card pages; a page whose entry is malformed is left out (its results come from fragments). */
export function parseCardPages(value: unknown): CardPages | null {
  if (!isObject(value) || !isIdentity(value['pagefind']) || !isObject(value['pages'])) return null;
  const pages: CardIndexPages = {};
  for (const [id, page] of Object.entries(value['pages'])) if (isPage(page)) pages[id] = page;
  return { pagefind: value['pagefind'], pages };
}

/** Whether two Pagefind identities (`pagefindIdentity`) name the same build of the index. */
export const sameIdentity = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length > 0 && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

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

const first = (values: string[] | undefined): string | undefined => values?.find((v) => v.trim() !== '');

/** The number of a document: its `number` meta, else read from its heading «Документ № 85 …». */
export function resultNumber(data: Pick<PagefindResultData, 'meta' | 'anchors'>): string | null {
  const meta = data.meta[META_KEYS.number]?.trim();
  if (meta) return meta;
  const heading = data.anchors?.find((a) => a.element === 'h1')?.text ?? '';
  return /№\s*(\d+[а-я]?)/.exec(heading)?.[1] ?? null;
}

/** The genre of a result: its `genre` meta, else its genre filter. */
export function resultGenre(data: Pick<PagefindResultData, 'meta' | 'filters'>): string | null {
  return data.meta[META_KEYS.genre]?.trim() || first(data.filters['genre']) || null;
}
