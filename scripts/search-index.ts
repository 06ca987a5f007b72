/**
 * The search index (`npm run index`, after `astro build`): Pagefind's index of the built pages
 * (scripts/lib/search-index.ts), in one part while the site has at most `DEFAULT_INDEX_PAGES`
 * indexed pages, else in parts of at most so many, each built in a process of its own
 * (src/lib/search/contract/indexes.ts has what parts cost). `--index-pages N` or
 * `EDITION_INDEX_PAGES=N` sets another size of part; `all` makes one index whatever the size.
 *
 * Then the result cards and word lists of the search page (scripts/lib/search-cards.ts): each part's
 * as soon as Pagefind has written it, while Pagefind indexes the next part in its own process (the two
 * stages one after another took a core each, and left the other idle). `--no-cards` leaves them out
 * (`npm run cards` makes them from a finished index).
 *
 * npm run index [-- --dist DIR] [--index-pages N|all] [--no-cards]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeIndexesAndCards } from './lib/search-cards.ts';
import { cutSorted, htmlPages, indexedPages, writeIndexes } from './lib/search-index.ts';
import { SORT_KEYS } from '../src/lib/search/contract/keys.ts';
import type { SearchIndexes } from '../src/lib/search/contract/indexes.ts';

/**
 * Pages of a part, unless told otherwise. Pagefind holds about half a megabyte a page while it
 * builds an index (14.8 GB for the 28,000 pages of the collection ×100), and the cards of the part
 * before are made beside it: parts of 3,000 keep the stage near 3 GiB at ×100 (2.9–3.1 GiB: Pagefind
 * 2.2 GiB, the cards 1 GiB), where parts of 4,000 took 3.9 GiB, near the 4 GB a build may take here
 * (BENCHMARKS.md).
 */
export const DEFAULT_INDEX_PAGES = 3000;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, 'index-pages': { type: 'string' }, 'no-cards': { type: 'boolean', default: false } } });
const dist = resolve(values.dist);
const asked = values['index-pages'] ?? process.env['EDITION_INDEX_PAGES'] ?? '';
const perIndex = asked === '' ? DEFAULT_INDEX_PAGES : asked === 'all' ? Infinity : Number(asked);
if (perIndex !== Infinity && (!Number.isInteger(perIndex) || perIndex < 1)) {
  console.error(`search-index: pages per part (--index-pages, EDITION_INDEX_PAGES) must be a whole number over 0 or «all», not «${asked}»`);
  process.exit(2);
}
if (!existsSync(dist)) {
  console.error(`search-index: ${dist} not found: run \`astro build\` first`);
  process.exit(1);
}

const started = performance.now();
// A page that cannot be read or cut is said like any other fault: the message, exit 1.
try {
  const html = await htmlPages(dist);
  // One index needs no list of pages (Pagefind finds them); parts do, and every file is read to make
  // it. A site with no more HTML files than a part holds needs no parts, and is not read.
  const indexed = html.length <= perIndex ? null : await indexedPages(dist, html);
  if (indexed?.length === 0) throw new Error(`no page of ${dist} has a data-pagefind-body`);
  const parts = indexed && indexed.length > perIndex ? cutSorted(indexed, perIndex, SORT_KEYS.date) : 'whole';
  const log = (line: string) => console.log(`search-index: ${line}`);
  let indexDone = 0;
  const written = (list: SearchIndexes, at: number) => {
    indexDone = at;
    log(
      `${list.pages} of ${html.length} pages indexed, in ${list.indexes.length === 1 ? '1 index' : `${list.indexes.length} parts of up to ${perIndex} pages, cut in date order`}` +
        `${list.shared ? ` (${Object.keys(list.shared).length} names shared by pages of two parts)` : ''}; ${((at - started) / 1000).toFixed(1)} s`,
    );
  };
  if (values['no-cards']) written((await writeIndexes(dist, parts, { log })).list, performance.now());
  else {
    const { cards } = await writeIndexesAndCards(dist, parts, { log, onIndexed: written });
    log(`cards: ${cards}; ${((performance.now() - indexDone) / 1000).toFixed(1)} s after the index`);
  }
} catch (error) {
  console.error(`search-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
