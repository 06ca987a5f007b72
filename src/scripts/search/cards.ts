/**
 * Result cards on the search page: what a search result shows, in small files cut at build time
 * from the index's own fragments (their format: src/lib/search/contract/cards.ts; cut by
 * scripts/lib/search-cards.ts and src/lib/search/cards.ts; docs/search.md).
 *
 * Pagefind keeps one fragment per page with the page's whole text, and loads it to show the page
 * as a result; for the long reports of the collection that is 20–57 KB a result. A search result
 * already knows where its matches are (`words`, positions in the page's text), so the page needs
 * only the words of its excerpt: the card holding them (a card starts every `CARD_WORDS` words and
 * runs `CARD_OVERLAP` words into the next, so any excerpt starting in it ends in it) and the
 * result's title, number, date, genre and URL. The index of cards (`index.json`, loaded with the
 * page) gives the filter counts; the files under `pages/` (those of the results shown) give, per page,
 * where its title ends and where its index-only text begins.
 * A page without a card is shown from its fragment, as before.
 */
import {
  CARD_INDEX_FILE,
  CARDS_PATH,
  cardFile,
  cardPagesFile,
  pageKey,
  parseCard,
  parseCardIndex,
  parseCardPages,
  sameIdentity,
  type Card,
  type CardIndex,
  type CardIndexPages,
} from '../../lib/search/contract/cards.ts';
import { EXCERPT_WORDS } from '../../lib/search/contract/pagefind.ts';
import { loadIndexes } from './pagefind.ts';
import { excerptFrom, excerptWindow, type Excerpt } from './excerpt.ts';
import { onSite } from '../site-base.ts';

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

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.json();
}

/**
 * The index of cards, or null when the site has none, or it belongs to another build of the
 * Pagefind index (as `/pagefind/indexes.json` names it), or its cards are too short for this page's
 * excerpts: then results come from Pagefind's fragments and the filter counts from Pagefind.
 */
export async function loadCardIndex(): Promise<CardIndex | null> {
  try {
    const [value, indexes] = await Promise.all([fetchJson(onSite(CARDS_PATH + CARD_INDEX_FILE)), loadIndexes()]);
    const index = parseCardIndex(value);
    if (!index) throw new Error(`malformed ${CARD_INDEX_FILE}`);
    if (!sameIdentity(index.pagefind, indexes.pagefind)) throw new Error(`${CARD_INDEX_FILE} is of another build of the index`);
    if (index.cardOverlap < EXCERPT_WORDS) throw new Error(`cards run ${index.cardOverlap} words on, excerpts are ${EXCERPT_WORDS}`);
    return index;
  } catch (error) {
    console.warn('search: no result cards, results come from the index fragments', error);
    return null;
  }
}

const pageFiles = new Map<string, Promise<CardIndexPages | null>>();

/**
 * Where a page's title and visible text end, from the file of its key (fetched once, again after a
 * failed request); undefined when the file is missing, malformed, of another build, or lacks the page:
 * then its result comes from its fragment.
 */
export async function pageEnds(index: CardIndex, id: string): Promise<readonly [number, number] | undefined> {
  const key = pageKey(id, index.pageLetters);
  let loading = pageFiles.get(key);
  if (!loading) {
    const file = cardPagesFile(key);
    loading = fetchJson(onSite(CARDS_PATH + file)).then(
      (value) => {
        const pages = parseCardPages(value);
        // A malformed file or one of another build stays unused for the visit.
        if (!pages || !sameIdentity(pages.pagefind, index.pagefind)) {
          console.warn(`search: ${file} is malformed or of another build of the index; results come from the index fragments`);
          return null;
        }
        return pages.pages;
      },
      (error: unknown) => {
        // A failed request is asked again by the next result that needs the file.
        console.warn(`search: ${file} not loaded; results come from the index fragments`, error);
        pageFiles.delete(key);
        return null;
      },
    );
    pageFiles.set(key, loading);
  }
  return (await loading)?.[id];
}

/**
 * Card `k` of a page; rejects when it is missing, malformed, or does not hold the words
 * `[k * cardWords, stop)` (a card of another build).
 */
export async function loadCard(id: string, k: number, cardWords: number, stop: number): Promise<Card> {
  const card = parseCard(await fetchJson(onSite(CARDS_PATH + cardFile(id, k))));
  if (!card) throw new Error(`malformed card ${cardFile(id, k)}`);
  if (card.start !== k * cardWords || card.start + card.words.length < stop) {
    throw new Error(`card ${cardFile(id, k)} holds words ${card.start}–${card.start + card.words.length}, not up to ${stop}`);
  }
  return card;
}
