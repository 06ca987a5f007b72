/**
 * Every document's search record (record.ts), made by a process of its own while Astro builds the
 * pages (scripts/beside-pages.ts, started by `besidePages` in astro.config.mjs), and read by the pages'
 * build (src/lib/site/document-parts.ts) instead of making them on its one thread: at ×10 they were some
 * 8 s of the pages' build's 40 (BENCHMARKS.md), now on the other core.
 *
 * The records go into a folder in files of `RECORDS_PER_FILE` documents in the document index's order
 * (`0.jsonl`, `1.jsonl`, …; a line `{"id":…,"record":…}` a document), each written under another name
 * and renamed when whole, so that the pages take the first records while the last are still being made,
 * and see a file whole or not at all. A process that fails leaves a file in the folder saying so
 * (`FAILED`, written by the build's integration), and a reader stops with what it says instead of waiting.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentSummary, Person, Source } from '../../schemas/index.ts';
import { ShortIWordsSchema } from '../../schemas/index.ts';
import { loadDocument } from '../render/document-store.ts';
import { dataPath, SHORT_I_WORDS } from '../render/data-dir.ts';
import { searchContext, searchRecord, verdictsDictionary, type SearchContext, type SearchRecord } from './record.ts';

/** The environment variable naming the folder of this build's search records (set by the build's integration). */
export const SEARCH_RECORDS_ENV = 'EDITION_SEARCH_RECORDS';

/** The folder's name in the folder of what is made beside the pages (scripts/beside-pages.ts). */
export const SEARCH_RECORDS_DIR = 'search-records';

/** The file in the folder that says the records will not come, with why. */
export const FAILED = 'failed.txt';

/** Documents a file: the pages wait at most for this many records to be made after the one they ask for. */
export const RECORDS_PER_FILE = 200;

const recordsFile = (dir: string, n: number): string => join(dir, `${n}.jsonl`);

/**
 * Whether the `й`-forms are made (`EDITION_SEARCH_SHORT_I=0` builds the index without them, for the
 * measurement in docs/search.md only).
 */
export const withShortI = (): boolean => process.env['EDITION_SEARCH_SHORT_I'] !== '0';

/**
 * The edition's search context: the words with `й` of every document, counted by the documents printing
 * them, are all the `й`-forms are made from; the ingest wrote them with what the Russian dictionary says of
 * each (`data/short-i-words.json`), so neither a dictionary nor every text is read here.
 */
export async function editionContext(persons: readonly Person[], sources: readonly Source[]): Promise<SearchContext> {
  // Without the `й`-forms: none to make, so no corpus to make them from and no verdicts.
  if (!withShortI()) return searchContext(new Map(), persons, sources);
  const file = dataPath(SHORT_I_WORDS);
  const parsed = ShortIWordsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid list of the words with й (run \`npm run ingest -- --out data\`): ${parsed.error.message}`);
  const words = parsed.data;
  return searchContext(new Map(Object.entries(words.documents)), persons, sources, verdictsDictionary(words, file));
}

/**
 * Writes the search record of every document of `documents` into the folder `dir`, in files of
 * `RECORDS_PER_FILE` in their order, the documents read one at a time. Returns how many.
 */
export async function writeSearchRecords(
  dir: string,
  input: { documents: readonly DocumentSummary[]; persons: readonly Person[]; sources: readonly Source[] },
): Promise<number> {
  const ctx = await editionContext(input.persons, input.sources);
  await mkdir(dir, { recursive: true });
  for (let n = 0; n * RECORDS_PER_FILE < input.documents.length; n++) {
    const file = recordsFile(dir, n);
    const out = await open(`${file}.part`, 'w');
    try {
      for (const d of input.documents.slice(n * RECORDS_PER_FILE, (n + 1) * RECORDS_PER_FILE)) {
        const record = searchRecord(await loadDocument(d.id), ctx);
        await out.write(`${JSON.stringify({ id: d.id, record })}\n`);
      }
    } finally {
      await out.close();
    }
    await rename(`${file}.part`, file);
  }
  return input.documents.length;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The records of one file by id, once it is whole: waits for it, or for `FAILED` (then throws with what that says). */
async function readRecords(dir: string, n: number): Promise<Map<string, SearchRecord>> {
  const file = recordsFile(dir, n);
  for (;;) {
    if (existsSync(file)) break;
    const failed = join(dir, FAILED);
    if (existsSync(failed)) throw new Error(`search records: ${(await readFile(failed, 'utf8')).trim()}`);
    await wait(20);
  }
  const records = new Map<string, SearchRecord>();
  const lines = (await readFile(file, 'utf8')).split('\n');
  for (const [i, line] of lines.entries()) {
    if (line === '' && i === lines.length - 1) break;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      entry = null;
    }
    if (
      typeof entry !== 'object' ||
      entry === null ||
      !('id' in entry) ||
      typeof entry.id !== 'string' ||
      !('record' in entry) ||
      typeof entry.record !== 'object' ||
      entry.record === null
    ) {
      throw new Error(`${file}:${i + 1}: not a search record`);
    }
    records.set(entry.id, entry.record as SearchRecord);
  }
  return records;
}

/**
 * The records of a folder (`writeSearchRecords`), each file read once when a record of it is first asked
 * for, and kept. `order` is the document index's ids, in the order the records were written.
 */
export class SearchRecordsReader {
  readonly #files = new Map<number, Promise<Map<string, SearchRecord>>>();
  readonly #positions: ReadonlyMap<string, number>;

  constructor(
    readonly dir: string,
    order: readonly string[],
  ) {
    this.#positions = new Map(order.map((id, i) => [id, i]));
  }

  /** A document's record; waits until its file is whole. Throws when the document or its record is missing, or the records failed. */
  async get(id: string): Promise<SearchRecord> {
    const position = this.#positions.get(id);
    if (position === undefined) throw new Error(`Document ${id}: not in the document index the search records were made from`);
    const n = Math.floor(position / RECORDS_PER_FILE);
    let file = this.#files.get(n);
    if (!file) this.#files.set(n, (file = readRecords(this.dir, n)));
    const record = (await file).get(id);
    if (!record) throw new Error(`Document ${id}: no search record in ${recordsFile(this.dir, n)}`);
    return record;
  }
}
