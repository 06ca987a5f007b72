/**
 * The word lists on the search page (their format and the checks: src/lib/search/contract/
 * lexicon.ts; docs/search.md, «Words in no source»): a query word in no source lists nothing and
 * is named, with the nearest words the edition has as searches of their own; the documents that
 * print the query's words in the form typed come first.
 */
import type { CardIndex } from '../../lib/search/contract/cards.ts';
import { pagesFile, SHARD_LETTERS, shardFile, WORDS_PATH, type MissingWord, type WordLists, type WordShard } from '../../lib/search/contract/lexicon.ts';
import { onSite } from '../site-base.ts';
import { stateToParams, type SearchState } from './state.ts';

const shards = new Map<string, Promise<WordShard>>();

/** A shard by its key, fetched once; a shard with no file is empty (no indexed word begins so). */
function shard(key: string): Promise<WordShard> {
  let loading = shards.get(key);
  if (!loading) {
    loading = fetch(onSite(WORDS_PATH + shardFile(key))).then(async (res) => {
      if (res.status === 404) return {};
      if (!res.ok) throw new Error(`GET ${WORDS_PATH}${shardFile(key)}: ${res.status}`);
      return (await res.json()) as WordShard;
    });
    loading.catch(() => shards.delete(key));
    shards.set(key, loading);
  }
  return loading;
}

const longLists = new Map<string, Promise<string[]>>();

/** The pages of a word printed on many, fetched once. */
function pages(key: string, f: number): Promise<string[]> {
  const name = pagesFile(key, f);
  let loading = longLists.get(name);
  if (!loading) {
    loading = fetch(onSite(WORDS_PATH + name)).then(async (res) => {
      if (!res.ok) throw new Error(`GET ${WORDS_PATH}${name}: ${res.status}`);
      return (await res.json()) as string[];
    });
    loading.catch(() => longLists.delete(name));
    longLists.set(name, loading);
  }
  return loading;
}

/** The lists of the card index's build, or null when it has none cut as this page reads them. */
export function wordLists(cards: CardIndex | null): WordLists | null {
  if (!cards || cards.wordLetters !== SHARD_LETTERS) return null;
  return { shard, pages };
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
