/**
 * The result cards the search page shows results from (src/lib/search/cards.ts), cut out of Pagefind's
 * fragments into dist/search/cards/: `index.json` (with the filter counts), `pages/<hash letters>.json`
 * (where each page's title and visible text end) and `<page hash>-<k>.json`; and the index's word lists
 * in dist/search/words/ (src/lib/search/lexicon.ts).
 *
 * A part of the index at a time (`addPart`), in the parts' order, then `finish`: `npm run index` hands
 * each part over as soon as Pagefind has written it, so the cards of one part are made while Pagefind, a
 * process of its own, indexes the next; `npm run cards` (scripts/search-cards.ts) makes them again from a
 * finished index. Within a part, a page at a time: its cards written, its page ends, filter values and
 * words kept; its text let go (held together, the fragments were the stage's memory: 3.9 GB at ×100).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cardIndex, cardPages, countFilters, pageCards, readFragmentFile, type PageCards } from '../../src/lib/search/cards.ts';
import type { PagefindFilterCounts } from '../../src/lib/search/contract/pagefind.ts';
import { CARD_INDEX_FILE, CARDS_PATH, cardFile, cardPagesFile, pageLettersFor } from '../../src/lib/search/contract/cards.ts';
import { INDEXES_FILE, PageNamer, pagefindIdentity, type SearchIndexes } from '../../src/lib/search/contract/indexes.ts';
import { partsFile, shardFile, WORDS_PATH } from '../../src/lib/search/contract/lexicon.ts';
import { writeIndexes, type IndexProgress, type SitePage } from './search-index.ts';
import { wordListsBuilder } from '../../src/lib/search/lexicon.ts';

/** Cards are written this many at a time: the file system's queue stays full without a file handle per card. */
const WRITES_AT_ONCE = 64;
/** Cards are written when so many are made. */
const BATCH = 4096;
/** One card in so many is compressed for the size line. */
const SAMPLE = 16;

/**
 * Writes every file into `dir`, `WRITES_AT_ONCE` at a time (one at a time, the stage took as long as
 * Pagefind's index); files given by a generator are made as they are written.
 */
async function writeAll(dir: string, files: Iterable<readonly [string, string]>): Promise<void> {
  const next = files[Symbol.iterator]();
  const worker = async (): Promise<void> => {
    for (let file = next.next(); !file.done; file = next.next()) await writeFile(join(dir, file.value[0]), file.value[1]);
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, worker));
}

const kb = (n: number): string => (n / 1024).toFixed(1);

/** Makes the cards and word lists of an index given part by part; `start` first, `finish` last. */
export class CardsWriter {
  readonly #dist: string;
  readonly #out: string;
  readonly #pages = new Map<string, PageCards['entry']>();
  /** The pages' names, as the index's build names them (`indexes.json`, `shared`). */
  readonly #namer = new PageNamer();
  readonly #counts: PagefindFilterCounts = {};
  readonly #words;
  readonly #entries: unknown[] = [];
  readonly #folders: string[] = [];
  #cards = 0;
  #bytes = 0;
  #sampled = 0;
  #sampledBytes = 0;
  #batch: Array<[name: string, body: string]> = [];
  #writing: Promise<void> = Promise.resolve();

  /** For an index of `parts` parts in `dist`. */
  constructor(dist: string, parts: number) {
    this.#dist = dist;
    this.#out = join(dist, ...CARDS_PATH.split('/').filter(Boolean));
    this.#words = wordListsBuilder(parts);
  }

  /** Empties the folder of cards. */
  async start(): Promise<void> {
    await rm(this.#out, { recursive: true, force: true });
    await mkdir(this.#out, { recursive: true });
  }

  /** The cards of part `part` (0-based, the parts in order), from its folder as Pagefind wrote it. */
  async addPart(part: number, folder: string): Promise<void> {
    if (part !== this.#folders.length) throw new Error(`search cards: part ${part + 1} given after ${this.#folders.length} parts`);
    this.#folders.push(folder);
    this.#entries.push(JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')));
    const fragments = join(folder, 'fragment');
    for (const file of (await readdir(fragments)).filter((f) => f.endsWith('.pf_fragment')).sort()) {
      const path = join(fragments, file);
      for (const [hash, fragment] of readFragmentFile(await readFile(path), path)) {
        // A name a page of an earlier part has: this page's cards and words go by its part's name (SharedNames).
        const id = this.#namer.name(hash, part, fragment.url);
        const page = pageCards(fragment);
        this.#pages.set(id, page.entry);
        countFilters(this.#counts, fragment);
        this.#words.add(id, fragment, part);
        for (const [k, card] of page.cards.entries()) {
          const body = JSON.stringify(card);
          this.#bytes += Buffer.byteLength(body);
          // Compressing every card only for the size line cost as much as writing them: every SAMPLE-th card stands for the rest.
          if (this.#cards % SAMPLE === 0) {
            this.#sampled += 1;
            this.#sampledBytes += gzipSync(body).byteLength;
          }
          this.#cards += 1;
          this.#batch.push([cardFile(id, k), body]);
        }
      }
      if (this.#batch.length >= BATCH) {
        // One batch written while the next is made.
        await this.#writing;
        this.#writing = writeAll(this.#out, this.#batch);
        this.#batch = [];
      }
    }
  }

  /**
   * Writes what needs every part (the card index, the page ends, the word lists) once the cards are
   * written, after checking the parts against the list of indexes (`indexes.json`: its parts, Pagefind's
   * identity, its pages); resolves to the line that says what was written.
   */
  async finish(indexes: SearchIndexes): Promise<string> {
    await this.#writing;
    await writeAll(this.#out, this.#batch);
    this.#batch = [];
    const folders = this.#folders.join(', ');
    if (this.#folders.length !== indexes.indexes.length) throw new Error(`cards made of ${this.#folders.length} parts; ${INDEXES_FILE} lists ${indexes.indexes.length}`);
    const identity = pagefindIdentity(...this.#entries);
    if (Object.keys(identity).length === 0 || JSON.stringify(identity) !== JSON.stringify(indexes.pagefind)) {
      throw new Error(`the entry files of ${folders} name ${JSON.stringify(identity)}; ${INDEXES_FILE} says ${JSON.stringify(indexes.pagefind)}`);
    }
    const pages = this.#pages;
    if (pages.size !== indexes.pages) throw new Error(`${pages.size} pages in the fragments of ${folders}; ${INDEXES_FILE} says ${indexes.pages}`);
    const [shared, listed] = [JSON.stringify(this.#namer.shared ?? {}), JSON.stringify(indexes.shared ?? {})];
    if (shared !== listed) throw new Error(`the fragments of ${folders} share the names ${shared}; ${INDEXES_FILE} says ${listed}`);
    const gzipped = (this.#sampledBytes / this.#sampled) * this.#cards;
    const written = performance.now();
    const pageLetters = pageLettersFor(pages.size);
    const index = JSON.stringify(cardIndex(this.#counts, identity, pageLetters));
    await writeFile(join(this.#out, CARD_INDEX_FILE), index);
    const pageFiles = [...cardPages(pages, identity, pageLetters)].map(([key, file]) => [cardPagesFile(key), JSON.stringify(file)] as const);
    await mkdir(join(this.#out, 'pages'));
    await writeAll(this.#out, pageFiles);
    const pageBytes = pageFiles.reduce((sum, [, body]) => sum + gzipSync(body).byteLength, 0);

    // The word lists: which words the index has, and the pages that print each (docs/search.md).
    const wordsOut = join(this.#dist, ...WORDS_PATH.split('/').filter(Boolean));
    await rm(wordsOut, { recursive: true, force: true });
    await mkdir(wordsOut, { recursive: true });
    const made = { shards: 0, pages: 0, parts: 0, gzip: 0 };
    const words = this.#words;
    function* wordFiles(): Generator<readonly [string, string]> {
      for (const { key, shard, pages, parts } of words.shards()) {
        const files: Array<readonly [string, string]> = [[shardFile(key), JSON.stringify(shard)], ...[...pages].map(([name, list]) => [name, JSON.stringify(list)] as const)];
        if (parts) files.push([partsFile(key), JSON.stringify(parts)]);
        made.shards += 1;
        made.pages += pages.size;
        made.parts += parts ? 1 : 0;
        for (const file of files) {
          made.gzip += gzipSync(file[1]).byteLength;
          yield file;
        }
      }
    }
    await writeAll(wordsOut, wordFiles());
    const cards = this.#cards;
    const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(2);
    return (
      `${pages.size} pages, ${cards} cards in ${CARDS_PATH} (${kb(this.#bytes)} KB, gzip ${kb(gzipped)} KB, ` +
      `${kb(gzipped / cards)} KB a card, from every ${SAMPLE}th); ${CARD_INDEX_FILE} ${kb(Buffer.byteLength(index))} KB, gzip ` +
      `${kb(gzipSync(index).byteLength)} KB; ${pageFiles.length} files of page ends in pages/ (gzip ${kb(pageBytes)} KB, ${kb(pageBytes / pageFiles.length)} KB a file); ` +
      `${made.shards} word lists, ${made.pages} lists of pages and ${made.parts} of words some part lacks in ${WORDS_PATH} (gzip ${kb(made.gzip)} KB); ` +
      `what needs every part written in ${seconds(written)} s`
    );
  }
}

/**
 * Writes the index of `parts` (`writeIndexes`) and the cards and word lists of each part as soon as
 * Pagefind has written it, while Pagefind indexes the next part in its own process (the two stages one
 * after another took a core each, and left the other idle); then what needs every part. `onIndexed` is
 * told when the index is written and every part's cards are made, before what needs every part;
 * resolves to the cards' line (`CardsWriter.finish`). A fault in a part's cards is thrown once the index
 * is written.
 */
export async function writeIndexesAndCards(
  dist: string,
  parts: readonly (readonly SitePage[])[] | 'whole',
  { log, onIndexed }: { log?: IndexProgress['log']; onIndexed?: (list: SearchIndexes, at: number) => void } = {},
): Promise<{ list: SearchIndexes; cards: string }> {
  const cards = new CardsWriter(dist, parts === 'whole' ? 1 : parts.length);
  await cards.start();
  let carding: Promise<void> = Promise.resolve();
  const { list } = await writeIndexes(dist, parts, {
    ...(log && { log }),
    onPart: (part, folder) => {
      carding = carding.then(() => cards.addPart(part, folder));
      // Handled when awaited below; until then a failed part must not end the process unreported.
      carding.catch(() => {});
    },
  });
  const indexed = performance.now();
  await carding;
  onIndexed?.(list, indexed);
  return { list, cards: await cards.finish(list) };
}
