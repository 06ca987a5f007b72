/**
 * The last step of `npm run build`, after `npm run index`: cuts the result cards the search
 * page shows results from (src/lib/search/cards.ts) out of Pagefind's fragments, into
 * dist/search/cards/: `index.json` (with the filter counts), `pages/<hash letters>.json` (where each
 * page's title and visible text end) and `<page hash>-<k>.json`.
 *
 * npm run cards [-- --dist DIR]
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { cardIndex, cardPages, countFilters, pageCards, readFragmentFile, type PageCards } from '../src/lib/search/cards.ts';
import type { PagefindFilterCounts } from '../src/lib/search/contract/pagefind.ts';
import { CARD_INDEX_FILE, CARDS_PATH, cardFile, cardPagesFile, pageLettersFor } from '../src/lib/search/contract/cards.ts';
import { INDEXES_FILE, pagefindIdentity, parseIndexes } from '../src/lib/search/contract/indexes.ts';
import { shardFile, WORDS_PATH } from '../src/lib/search/contract/lexicon.ts';
import { wordListsBuilder } from '../src/lib/search/lexicon.ts';

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
const folders = indexes.indexes.map((folder) => join(dist, 'pagefind', folder));

/** Cards are written this many at a time: the file system's queue stays full without a file handle per card. */
const WRITES_AT_ONCE = 64;
/** Cards are written when so many are made. */
const BATCH = 4096;
/** One card in so many is compressed for the size line. */
const SAMPLE = 16;

/** Writes every file into `dir`, `WRITES_AT_ONCE` at a time (one at a time, the stage took as long as Pagefind's index). */
async function writeAll(dir: string, files: ReadonlyArray<readonly [string, string]>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const [name, body] = files[next++]!;
      await writeFile(join(dir, name), body);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, files.length) }, worker));
}

const started = performance.now();
const identity = pagefindIdentity(...(await Promise.all(folders.map(async (f) => JSON.parse(await readFile(join(f, 'pagefind-entry.json'), 'utf8')) as unknown))));
if (Object.keys(identity).length === 0 || JSON.stringify(identity) !== JSON.stringify(indexes.pagefind)) {
  console.error(`search-cards: the entry files of ${folders.join(', ')} name ${JSON.stringify(identity)}; ${INDEXES_FILE} says ${JSON.stringify(indexes.pagefind)}`);
  process.exit(1);
}
const out = join(dist, ...CARDS_PATH.split('/').filter(Boolean));
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// A page at a time: its cards written, its page ends, filter values and words kept; its text let go
// (held together, the fragments were the stage's memory: 3.9 GB at ×100).
const pages = new Map<string, PageCards['entry']>();
const urls = new Map<string, string>();
const counts: PagefindFilterCounts = {};
const words = wordListsBuilder(folders.length);
let cards = 0;
let bytes = 0;
let sampled = 0;
let sampledBytes = 0;
let batch: Array<[name: string, body: string]> = [];
let writing: Promise<void> = Promise.resolve();
for (const [part, folder] of folders.entries()) {
  const fragments = join(folder, 'fragment');
  for (const file of (await readdir(fragments)).filter((f) => f.endsWith('.pf_fragment')).sort()) {
    const path = join(fragments, file);
    for (const [id, fragment] of readFragmentFile(await readFile(path), path)) {
      // The index's build names no two pages alike (scripts/lib/search-index.ts); a card must be its page's.
      if (urls.has(id)) {
        console.error(`search-cards: ${path}: page ${id} (${fragment.url}) has the name of ${urls.get(id)}`);
        process.exit(1);
      }
      urls.set(id, fragment.url);
      const page = pageCards(fragment);
      pages.set(id, page.entry);
      countFilters(counts, fragment);
      words.add(id, fragment, part);
      for (const [k, card] of page.cards.entries()) {
        const body = JSON.stringify(card);
        bytes += Buffer.byteLength(body);
        // Compressing every card only for the size line cost as much as writing them: every SAMPLE-th card stands for the rest.
        if (cards % SAMPLE === 0) {
          sampled += 1;
          sampledBytes += gzipSync(body).byteLength;
        }
        cards += 1;
        batch.push([cardFile(id, k), body]);
      }
    }
    if (batch.length >= BATCH) {
      // One batch written while the next is made.
      await writing;
      writing = writeAll(out, batch);
      batch = [];
    }
  }
}
await writing;
await writeAll(out, batch);
if (pages.size !== indexes.pages) {
  console.error(`search-cards: ${pages.size} pages in the fragments of ${folders.join(', ')}; ${INDEXES_FILE} says ${indexes.pages}`);
  process.exit(1);
}
const gzipped = (sampledBytes / sampled) * cards;
const written = performance.now();
const pageLetters = pageLettersFor(pages.size);
const index = JSON.stringify(cardIndex(counts, identity, pageLetters));
await writeFile(join(out, CARD_INDEX_FILE), index);
const pageFiles = [...cardPages(pages, identity, pageLetters)].map(([key, file]) => [cardPagesFile(key), JSON.stringify(file)] as const);
await mkdir(join(out, 'pages'));
await writeAll(out, pageFiles);
const pageBytes = pageFiles.reduce((sum, [, body]) => sum + gzipSync(body).byteLength, 0);

// The word lists: which words the index has, and the pages that print each (docs/search.md).
const wordsOut = join(dist, ...WORDS_PATH.split('/').filter(Boolean));
await rm(wordsOut, { recursive: true, force: true });
await mkdir(wordsOut, { recursive: true });
const { shards, pages: longLists, parts: partLists } = words.files();
const wordFiles = [
  ...[...shards].map(([key, shard]) => [shardFile(key), JSON.stringify(shard)] as const),
  ...[...longLists].map(([name, list]) => [name, JSON.stringify(list)] as const),
  ...[...partLists].map(([name, lacking]) => [name, JSON.stringify(lacking)] as const),
];
await writeAll(wordsOut, wordFiles);
const wordBytes = wordFiles.reduce((sum, [, body]) => sum + gzipSync(body).byteLength, 0);

const kb = (n: number): string => (n / 1024).toFixed(1);
const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(2);
console.log(
  `search-cards: ${pages.size} pages, ${cards} cards in ${CARDS_PATH} (${kb(bytes)} KB, gzip ${kb(gzipped)} KB, ` +
    `${kb(gzipped / cards)} KB a card, from every ${SAMPLE}th); ${CARD_INDEX_FILE} ${kb(Buffer.byteLength(index))} KB, gzip ` +
    `${kb(gzipSync(index).byteLength)} KB; ${pageFiles.length} files of page ends in pages/ (gzip ${kb(pageBytes)} KB, ${kb(pageBytes / pageFiles.length)} KB a file); ${shards.size} word lists, ${longLists.size} lists of pages and ${partLists.size} of words some part lacks in ${WORDS_PATH} (gzip ${kb(wordBytes)} KB); ${seconds(started)} s (cards written in ${((written - started) / 1000).toFixed(2)} s)`,
);
