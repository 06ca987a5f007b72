/**
 * The word lists of a built site read from `dist/` (src/lib/search/contract/lexicon.ts), for the
 * measurements and the tests: they order Pagefind's results as the search page does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_INDEX_FILE, CARDS_PATH, parseCardIndex } from '../../src/lib/search/contract/cards.ts';
import { pagesFile, SHARD_LETTERS, shardFile, WORDS_PATH, type WordLists, type WordShard } from '../../src/lib/search/contract/lexicon.ts';

const under = (dist: string, path: string): string => join(dist, ...path.split('/').filter(Boolean));

/** The lists under `<dist>/search/words/`; throws when the build has none that the page would use. */
export function readWordLists(dist: string): WordLists {
  const index = parseCardIndex(JSON.parse(readFileSync(join(under(dist, CARDS_PATH), CARD_INDEX_FILE), 'utf8')));
  if (!index || index.wordLetters !== SHARD_LETTERS) throw new Error(`${dist}: no word lists of ${SHARD_LETTERS} letters beside the result cards`);
  const cache = new Map<string, WordShard>();
  return {
    pages: async (key, f) => JSON.parse(readFileSync(join(under(dist, WORDS_PATH), pagesFile(key, f)), 'utf8')) as string[],
    shard: async (key) => {
      let shard = cache.get(key);
      if (!shard) {
        const file = join(under(dist, WORDS_PATH), shardFile(key));
        cache.set(key, (shard = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as WordShard) : {}));
      }
      return shard;
    },
  };
}
