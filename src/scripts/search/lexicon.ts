/**
 * The word lists on the search page (their format and the checks: src/lib/search/contract/
 * lexicon.ts; docs/search.md, «Words in no source»): a query word in no source lists nothing and
 * is named, with the nearest words the edition has as searches of their own; the documents that
 * print the query's words in the form typed come first.
 */
import type { CardIndex } from '../../lib/search/contract/cards.ts';
import type { SearchIndexes } from '../../lib/search/contract/indexes.ts';
import {
  pagesFile,
  partsFile,
  SHARD_LETTERS,
  shardFile,
  WORDS_PATH,
  type MissingWord,
  type WordLists,
  type WordParts,
  type WordShard,
} from '../../lib/search/contract/lexicon.ts';
import { onSite } from '../site-base.ts';
import { stateToParams, type SearchState } from './state.ts';

const files = new Map<string, Promise<unknown>>();

/**
 * A file of the lists by name, fetched once (a failed fetch is tried again when next asked); a file
 * the host lacks is `missing` when given, else an error.
 */
function listFile<T>(name: string, missing?: T): Promise<T> {
  let loading = files.get(name) as Promise<T> | undefined;
  if (!loading) {
    loading = fetch(onSite(WORDS_PATH + name)).then(async (res) => {
      if (res.status === 404 && missing !== undefined) return missing;
      if (!res.ok) throw new Error(`GET ${WORDS_PATH}${name}: ${res.status}`);
      return (await res.json()) as T;
    });
    loading.catch(() => files.delete(name));
    files.set(name, loading);
  }
  return loading;
}

/** A shard by its key; a shard with no file is empty (no indexed word begins so). */
const shard = (key: string): Promise<WordShard> => listFile<WordShard>(shardFile(key), {});
/** The pages of a word printed on many. */
const pages = (key: string, f: number): Promise<string[]> => listFile<string[]>(pagesFile(key, f));
/** The words of a shard some part of the index lacks; no file: none. */
const wordParts = (key: string): Promise<WordParts> => listFile<WordParts>(partsFile(key), {});

/**
 * The lists of the card index's build (checked against the index's parts by `loadCardIndex`), or
 * null when it has none cut as this page reads them.
 */
export function wordLists(cards: CardIndex | null, indexes: SearchIndexes): WordLists | null {
  if (!cards || cards.wordLetters !== SHARD_LETTERS) return null;
  return { shard, pages, parts: indexes.indexes.length, wordParts };
}

/**
 * Fills the element with what was not found: «Слово «Пушкин» не встречается ни в одном
 * источнике. Ближайшие слова издания: пушке, …», each nearest word a link that searches it.
 */
export function showMissing(element: HTMLElement, missing: readonly MissingWord[], state: SearchState): void {
  element.hidden = missing.length === 0;
  element.replaceChildren();
  for (const [i, m] of missing.entries()) {
    if (i > 0) element.append(document.createElement('br'));
    element.append(document.createTextNode(`Слово «${m.word}» не встречается ни в одном источнике издания.`));
    if (m.nearest.length === 0) continue;
    element.append(document.createTextNode(' Ближайшие слова издания: '));
    m.nearest.forEach((word, j) => {
      if (j > 0) element.append(document.createTextNode(', '));
      const link = document.createElement('a');
      const q = state.q.split(/\s+/u).map((w) => (w === m.word ? word : w)).join(' ');
      link.href = `${location.pathname}?${stateToParams({ ...state, q }).toString()}`;
      link.textContent = word;
      element.append(link);
    });
    element.append(document.createTextNode('.'));
  }
}
