/**
 * The search index (`npm run index`, after `astro build`): Pagefind's index of the built pages
 * (scripts/lib/search-index.ts), in one part, or in parts of at most N indexed pages, each built
 * in a process of its own, when `--index-pages N` or `EDITION_INDEX_PAGES=N` asks for them (an
 * edition whose index does not fit the machine's memory; what parts cost: src/lib/search/contract/indexes.ts).
 *
 * npm run index [-- --dist DIR] [--index-pages N]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cutParts, htmlPages, indexedPages, writeIndexes } from './lib/search-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, 'index-pages': { type: 'string' } } });
const dist = resolve(values.dist);
const asked = values['index-pages'] ?? process.env['EDITION_INDEX_PAGES'];
const perIndex = asked === undefined || asked === '' ? Infinity : Number(asked);
if (perIndex !== Infinity && (!Number.isInteger(perIndex) || perIndex < 1)) {
  console.error(`search-index: pages per part (--index-pages, EDITION_INDEX_PAGES) must be a whole number over 0, not «${asked}»`);
  process.exit(2);
}
if (!existsSync(dist)) {
  console.error(`search-index: ${dist} not found: run \`astro build\` first`);
  process.exit(1);
}

const started = performance.now();
const html = await htmlPages(dist);
// One index needs no list of pages (Pagefind finds them); parts do, and every file is read to make it.
const indexed = perIndex === Infinity ? null : await indexedPages(dist, html);
if (indexed?.length === 0) {
  console.error(`search-index: no page of ${dist} has a data-pagefind-body`);
  process.exit(1);
}
const parts = indexed ? cutParts(indexed, perIndex) : 'whole';
try {
  const { list, salted } = await writeIndexes(dist, parts, (line) => console.log(`search-index: ${line}`));
  console.log(
    `search-index: ${list.pages} of ${html.length} pages indexed, in ${list.indexes.length === 1 ? '1 index' : `${list.indexes.length} parts of up to ${perIndex} pages`}` +
      `${salted.size ? ` (${salted.size} salted)` : ''}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`search-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
