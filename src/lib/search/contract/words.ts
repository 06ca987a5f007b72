/**
 * Words as Pagefind counts them in a page's text: a search result locates its matches by these
 * positions (`result.words`, `weighted_locations`, anchors' `location`). The result cards are cut
 * at build time by the same count (src/lib/search/cards.ts) that the search page reads them by
 * (src/scripts/search/excerpt.ts); any other split would shift every excerpt.
 */

/** Splits the text into words as Pagefind does (its word positions count these). */
export function splitWords(raw: string): string[] {
  return raw.includes('\u200b') ? raw.split('\u200b') : raw.split(/[^\S\uFEFF]+/g);
}

/** Words of a title, as they open the indexed text. */
export function titleWordCount(title: string | undefined): number {
  return splitWords((title ?? '').trim()).filter((w) => w !== '').length;
}
