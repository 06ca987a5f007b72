/**
 * The word lists of the index (their format and use: src/lib/search/contract/lexicon.ts), made
 * from Pagefind's fragments, which hold what Pagefind indexed of each page: its text, the
 * index-only text after the anchor, and the metadata (searchable in Pagefind 1.5+).
 *
 * A page's words are taken as Pagefind takes them: its text split at white space, each chunk's
 * letters and digits joined (`15.09.1927` → `15091927`, `Седова-Троцкая` → `седоватроцкая`) and,
 * when punctuation stood inside it, also its parts. A word the lists lack makes the search page
 * show nothing for it, so the lists err on the side of more: every part and every joining.
 */
import { INDEX_ONLY_ANCHOR } from './contract/keys.ts';
import { listForm, pageNumbers, shardKey, type WordShard } from './contract/lexicon.ts';
import { splitWords } from './contract/words.ts';
import type { PagefindFragment } from './cards.ts';

/** The words of one chunk of text (between white space), in list form. */
export function chunkWords(chunk: string): string[] {
  const parts = listForm(chunk).match(/[\p{L}\p{N}]+/gu) ?? [];
  return parts.length > 1 ? [parts.join(''), ...parts] : parts;
}

/** A page's words: those its visible text prints, and every word it is indexed under. */
export function pageWords(fragment: PagefindFragment): { printed: Set<string>; indexed: Set<string> } {
  const chunks = splitWords(fragment.content);
  const anchor = fragment.anchors?.find((a) => a.id === INDEX_ONLY_ANCHOR)?.location ?? chunks.length;
  const printed = new Set<string>();
  const indexed = new Set<string>();
  chunks.forEach((chunk, i) => {
    for (const w of chunkWords(chunk)) {
      indexed.add(w);
      if (i < anchor) printed.add(w);
    }
  });
  for (const value of Object.values(fragment.meta)) for (const chunk of splitWords(value ?? '')) for (const w of chunkWords(chunk)) indexed.add(w);
  return { printed, indexed };
}

/** The shards of all pages (by page hash), by shard key; words and page numbers sorted. */
export function wordShards(pages: ReadonlyMap<string, PagefindFragment>): Map<string, WordShard> {
  const numbers = pageNumbers(pages.keys());
  const byWord = new Map<string, Set<number>>();
  for (const [hash, fragment] of pages) {
    const { printed, indexed } = pageWords(fragment);
    for (const w of indexed) {
      let set = byWord.get(w);
      if (!set) byWord.set(w, (set = new Set()));
      if (printed.has(w)) set.add(numbers.get(hash)!);
    }
  }
  const shards = new Map<string, WordShard>();
  for (const word of [...byWord.keys()].sort()) {
    const key = shardKey(word);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    shard[word] = [...byWord.get(word)!].sort((a, b) => a - b);
  }
  return shards;
}
