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
import { INLINE_PAGES, listForm, pagesFile, partsFile, shardKey, type WordParts, type WordShard } from './contract/lexicon.ts';
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

/**
 * The word lists: the shards by key, the files of the pages of words printed on many, by name, and
 * for an index in parts, the files of the words some part lacks (`partsFile`), by name.
 */
export interface WordListFiles {
  shards: Map<string, WordShard>;
  pages: Map<string, string[]>;
  parts: Map<string, WordParts>;
}

/** One shard's files: the shard (key `key`), its files of pages by name, its words some part lacks (or none). */
export interface WordShardFiles {
  key: string;
  shard: WordShard;
  pages: Map<string, string[]>;
  parts: WordParts | null;
}

/** Word lists made a page at a time, so that the pages' texts need not be held together. */
export interface WordListsBuilder {
  /** Adds a page (by its Pagefind hash) of the index's part `part` (from 0; parts added in order). */
  add(hash: string, fragment: PagefindFragment, part?: number): void;
  /**
   * The lists of the pages added, a shard at a time, each made when it is asked for: written one by
   * one, the files are never all held at once (made all together and then turned into JSON, they took
   * the heap from 64 to 123 MB at ten times the edition).
   */
  shards(): Generator<WordShardFiles>;
  /** The lists of the pages added, all together (`wordShards`). */
  files(): WordListFiles;
}

/**
 * The shards of all pages (by page hash), by shard key, words and pages sorted; a word printed on
 * more than `INLINE_PAGES` pages has its pages in a file of its own, numbered within its shard. For
 * an index of `parts` parts, each shard's words that some part does not index, with the parts that do.
 */
export function wordListsBuilder(parts = 1): WordListsBuilder {
  /** The pages' hashes, in the order they are added: a page is its number here. */
  const hashes: string[] = [];
  /**
   * Word → the numbers of the pages that print it, ascending (each page is added once); `null` for a
   * word indexed but not printed so far. Numbers in arrays, not hashes in sets: at a hundred times the
   * edition the lists hold some millions of words.
   */
  const byWord = new Map<string, number[] | null>();
  /** Word → the parts indexing it, in order (pages come a part at a time). */
  const partsOf = new Map<string, number[]>();
  return {
    add(hash, fragment, part = 0) {
      if (!Number.isInteger(part) || part < 0 || part >= parts) throw new Error(`page ${hash}: part ${part} of an index of ${parts}`);
      const page = hashes.push(hash) - 1;
      const { printed, indexed } = pageWords(fragment);
      for (const w of indexed) {
        const pages = byWord.get(w);
        if (printed.has(w)) {
          if (pages) pages.push(page);
          else byWord.set(w, [page]);
        } else if (pages === undefined) byWord.set(w, null);
        if (parts === 1) continue;
        let having = partsOf.get(w);
        if (!having) partsOf.set(w, (having = []));
        const last = having.at(-1) ?? -1;
        if (last > part) throw new Error(`page ${hash}: part ${part} added after part ${last}`);
        if (last < part) having.push(part);
      }
    },
    *shards() {
      // The words of each shard: a shard's words sorted are in the order of all the words sorted.
      const byKey = new Map<string, string[]>();
      for (const word of byWord.keys()) {
        const key = shardKey(word);
        const words = byKey.get(key);
        if (words) words.push(word);
        else byKey.set(key, [word]);
      }
      for (const key of [...byKey.keys()].sort()) {
        const shard: WordShard = {};
        const pages = new Map<string, string[]>();
        let lacking: WordParts | null = null;
        let f = 0;
        for (const word of byKey.get(key)!.sort()) {
          const having = partsOf.get(word);
          if (having && having.length < parts) (lacking ??= {})[word] = having;
          // Unique: the cards name no two pages alike (a later part's page whose name an earlier one has goes by `partName`).
          const printed = (byWord.get(word) ?? []).map((n) => hashes[n]!).sort();
          if (printed.length <= INLINE_PAGES) {
            shard[word] = printed;
            continue;
          }
          shard[word] = { n: printed.length, f };
          pages.set(pagesFile(key, f++), printed);
        }
        byKey.delete(key);
        yield { key, shard, pages, parts: lacking };
      }
    },
    files() {
      const files: WordListFiles = { shards: new Map(), pages: new Map(), parts: new Map() };
      for (const { key, shard, pages, parts: lacking } of this.shards()) {
        files.shards.set(key, shard);
        for (const [name, list] of pages) files.pages.set(name, list);
        if (lacking) files.parts.set(partsFile(key), lacking);
      }
      return files;
    },
  };
}

/** The word lists of `fragments` (by page hash) of an index in one part: see `wordListsBuilder`. */
export function wordShards(fragments: ReadonlyMap<string, PagefindFragment>): WordListFiles {
  const builder = wordListsBuilder();
  for (const [hash, fragment] of fragments) builder.add(hash, fragment);
  return builder.files();
}
