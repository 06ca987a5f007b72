/**
 * The word lists of a built site read from `dist/` (src/lib/search/contract/lexicon.ts), for the
 * measurements and the tests: they order Pagefind's results as the search page does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_INDEX_FILE, CARDS_PATH, parseCardIndex } from '../../src/lib/search/contract/cards.ts';
import { INDEXES_FILE, PAGEFIND_PATH, parseIndexes } from '../../src/lib/search/contract/indexes.ts';
import { pagesFile, partsFile, SHARD_LETTERS, shardFile, WORDS_PATH, type WordLists, type WordParts, type WordShard } from '../../src/lib/search/contract/lexicon.ts';

const under = (dist: string, path: string): string => join(dist, ...path.split('/').filter(Boolean));

/** The lists under `<dist>/search/words/`; throws when the build has none that the page would use. */
export function readWordLists(dist: string): WordLists {
  const index = parseCardIndex(JSON.parse(readFileSync(join(under(dist, CARDS_PATH), CARD_INDEX_FILE), 'utf8')));
  if (!index || index.wordLetters !== SHARD_LETTERS) throw new Error(`${dist}: no word lists of ${SHARD_LETTERS} letters beside the result cards`);
  const indexes = parseIndexes(JSON.parse(readFileSync(join(under(dist, PAGEFIND_PATH), INDEXES_FILE), 'utf8')));
  if (!indexes) throw new Error(`${dist}: ${PAGEFIND_PATH}${INDEXES_FILE} is not a list of search indexes`);
  const cache = new Map<string, WordShard | WordParts>();
  /** A file of the lists, read once; none: empty. */
  const read = <T extends WordShard | WordParts>(name: string): T => {
    let value = cache.get(name);
    if (!value) {
      const file = join(under(dist, WORDS_PATH), name);
      cache.set(name, (value = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : {}));
    }
    return value as T;
  };
  return {
    pages: async (key, f) => JSON.parse(readFileSync(join(under(dist, WORDS_PATH), pagesFile(key, f)), 'utf8')) as string[],
    shard: async (key) => read<WordShard>(shardFile(key)),
    parts: indexes.indexes.length,
    wordParts: async (key) => read<WordParts>(partsFile(key)),
  };
}
