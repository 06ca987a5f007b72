/**
 * Result cards cut from Pagefind's fragments (their format: src/lib/search/contract/cards.ts; how
 * the search page reads them: src/scripts/search/cards.ts; the measurements: docs/search.md).
 *
 * A fragment is one page's entry in the index: its URL, its whole indexed text (`content`), its
 * meta, filters and anchors. Its cards are the visible text (up to the index-only anchor) cut
 * into runs of `CARD_WORDS` words, each running `CARD_OVERLAP` words into the next, with the
 * page's URL, title, number, date and genre; the index entry records where the title ends and
 * where the visible text ends, in the word positions the search results give.
 */
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CARD_OVERLAP, CARD_WORDS, pageKey, resultGenre, resultNumber, type Card, type CardIndex, type CardPages } from './contract/cards.ts';
import type { PagefindFilterCounts, PagefindResultData } from './contract/pagefind.ts';
import { splitWords, titleWordCount } from './contract/words.ts';
import { INDEX_ONLY_ANCHOR, META_KEYS } from './contract/keys.ts';
import { SHARD_LETTERS } from './contract/lexicon.ts';

/**
 * The fields of a Pagefind fragment the cards use: those of a result's data as stored (the URL
 * without highlight parameters), and the indexed text, unescaped.
 */
export type PagefindFragment = Pick<PagefindResultData, 'url' | 'meta' | 'filters' | 'anchors'> & { content: string };

const SIGNATURE = 'pagefind_dcd';

function asFragment(value: unknown, where: string): PagefindFragment {
  const f = value as Partial<PagefindFragment> | null;
  if (typeof f !== 'object' || f === null || typeof f.url !== 'string' || typeof f.content !== 'string' || typeof f.meta !== 'object' || f.meta === null) {
    throw new Error(`${where}: a Pagefind fragment without url, content or meta`);
  }
  return { url: f.url, content: f.content, meta: f.meta, filters: f.filters ?? {}, anchors: f.anchors ?? [] };
}

/**
 * The pages of a fragment file as Pagefind writes it (gzip of the signature `pagefind_dcd` and
 * JSON), by page hash: one page, named by the file (`ru_9f3e643.pf_fragment`), or a group of
 * pages keyed by their hashes.
 */
export function readFragmentFile(bytes: Uint8Array, file: string): Array<[string, PagefindFragment]> {
  let data = Buffer.from(bytes);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new Error(`${file}: not a Pagefind fragment (no \`${SIGNATURE}\` signature after gunzip)`);
  }
  const json: unknown = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8'));
  const name = basename(file).replace(/\.pf_fragment$/, '');
  if (typeof json === 'object' && json !== null && 'url' in json) return [[name, asFragment(json, file)]];
  if (typeof json !== 'object' || json === null) throw new Error(`${file}: not a Pagefind fragment`);
  return Object.entries(json).map(([id, f]) => [id, asFragment(f, `${file} (${id})`)]);
}

export interface PageCards {
  /** `[titleEnd, visible]`: see CardIndexPages. */
  entry: [number, number];
  cards: Card[];
}

/**
 * The cards of one page. The text's words are split as Pagefind splits them (its positions count
 * these); Pagefind's content is plain text, so the words are stored as they are.
 */
export function pageCards(fragment: PagefindFragment): PageCards {
  const words = splitWords(fragment.content);
  // In an index of unspaced scripts (Chinese, Japanese) Pagefind separates words with zero-width
  // spaces, counts positions by them and shows the text without them. This edition's text has none.
  const shown = words.map((w) => w.replace(/\u200b/g, ''));
  const anchor = fragment.anchors?.find((a) => a.id === INDEX_ONLY_ANCHOR)?.location;
  const visible = Math.min(anchor ?? words.length, words.length);
  const title = fragment.meta[META_KEYS.title]?.trim() ?? '';
  const titleWords = titleWordCount(title);
  // The title counts as the text's opening only when the text does open with it.
  const titleEnd = titleWords > 0 && shown.slice(0, titleWords).join(' ') === splitWords(title).join(' ') ? titleWords : 0;
  const head = {
    url: fragment.url,
    title: title || fragment.url,
    number: resultNumber(fragment),
    date: fragment.meta[META_KEYS.date]?.trim() || null,
    genre: resultGenre(fragment),
  };
  const cards: Card[] = [];
  for (let start = 0; start === 0 || start < visible; start += CARD_WORDS) {
    cards.push({ ...head, start, words: shown.slice(start, Math.min(start + CARD_WORDS + CARD_OVERLAP, visible)) });
  }
  return { entry: [titleEnd, visible], cards };
}

/**
 * Filter key → value → number of pages, as Pagefind's `filters()` counts them: each page once per
 * value it has (a page that repeats a value counts once).
 */
export function filterCounts(fragments: Iterable<PagefindFragment>): PagefindFilterCounts {
  const counts: PagefindFilterCounts = {};
  for (const f of fragments) countFilters(counts, f);
  return counts;
}

/** Adds a page's filter values to `counts` (see `filterCounts`). */
export function countFilters(counts: PagefindFilterCounts, fragment: PagefindFragment): void {
  for (const [key, values] of Object.entries(fragment.filters)) {
    const byValue = (counts[key] ??= {});
    for (const value of new Set(values ?? [])) byValue[value] = (byValue[value] ?? 0) + 1;
  }
}

const byKey = <T>(entries: Iterable<[string, T]>): Array<[string, T]> =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The index of cards: the card size, the filter counts of the fragments and the identity of the
 * Pagefind index (`pagefindIdentity` of its entry file).
 */
export function cardIndex(filters: PagefindFilterCounts, pagefind: Record<string, string>, pageLetters: number): CardIndex {
  return {
    pagefind,
    cardWords: CARD_WORDS,
    cardOverlap: CARD_OVERLAP,
    pageLetters,
    filters: Object.fromEntries(byKey(Object.entries(filters)).map(([k, v]) => [k, Object.fromEntries(byKey(Object.entries(v)))])),
    wordLetters: SHARD_LETTERS,
  };
}

/**
 * Where each page's title and visible text end, by Pagefind hash in order, with the index's identity:
 * one `CardPages` per key of `letters` hash letters (`pageKey`).
 */
export function cardPages(pages: ReadonlyMap<string, PageCards['entry']>, pagefind: Record<string, string>, letters: number): Map<string, CardPages> {
  const files = new Map<string, CardPages>();
  for (const [id, p] of byKey(pages)) {
    const key = pageKey(id, letters);
    let file = files.get(key);
    if (!file) files.set(key, (file = { pagefind, pages: {} }));
    file.pages[id] = p;
  }
  return files;
}
