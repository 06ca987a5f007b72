/**
 * The result cards and word lists of the search page (scripts/lib/search-cards.ts), made again from a
 * finished index. `npm run index` makes them as it builds the index; this remakes them alone, e.g. after
 * the index was built with `--no-cards` or changed by hand.
 *
 * npm run cards [-- --dist DIR]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { INDEXES_FILE, parseIndexes } from '../src/lib/search/contract/indexes.ts';
import { CardsWriter } from './lib/search-cards.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
const indexesFile = join(dist, 'pagefind', INDEXES_FILE);
if (!existsSync(indexesFile)) {
  console.error(`search-cards: ${indexesFile} not found: run \`npm run index -- --dist ${values.dist}\` first`);
  process.exit(1);
}
const indexes = parseIndexes(JSON.parse(await readFile(indexesFile, 'utf8')));
if (!indexes) {
  console.error(`search-cards: ${indexesFile} is not a list of search indexes`);
  process.exit(1);
}

const started = performance.now();
try {
  const writer = new CardsWriter(dist, indexes.indexes.length);
  await writer.start();
  for (const [part, folder] of indexes.indexes.entries()) await writer.addPart(part, join(dist, 'pagefind', folder));
  console.log(`search-cards: ${await writer.finish(indexes)}; ${((performance.now() - started) / 1000).toFixed(2)} s in all`);
} catch (error) {
  console.error(`search-cards: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
