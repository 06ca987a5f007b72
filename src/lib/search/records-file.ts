/**
 * Every document's search record (record.ts) in a file of lines, made by a process of its own while
 * Astro begins the pages' build (scripts/beside-pages.ts, started by `besidePages` in
 * astro.config.mjs), and read by the pages' build (src/lib/site/document-parts.ts) instead of making
 * them on its one thread. Making them needs every document read once for its words with `й` and then
 * again for its record: at ×10 some 8 s of the pages' build's 40 (BENCHMARKS.md), now on the other core.
 *
 * The file is written under another name and renamed when whole, so a reader sees it whole or not at
 * all; a process that fails leaves a file beside it saying so (`failedFile`), which the build's
 * integration writes, and the reader stops with what it says instead of waiting.
 */
import { existsSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import type { DocumentSummary, Person, Source } from '../../schemas/index.ts';
import { ShortIWordsSchema } from '../../schemas/index.ts';
import { loadDocument } from '../render/document-store.ts';
import { dataPath, SHORT_I_WORDS } from '../render/data-dir.ts';
import { documentWords, searchContext, searchRecord, verdictsDictionary, type SearchContext, type SearchRecord } from './record.ts';
import { documentsPrinting } from './short-i.ts';

/** The environment variable naming the file of search records of this build (set by the build's integration). */
export const SEARCH_RECORDS_ENV = 'EDITION_SEARCH_RECORDS';

/** The file's name in the folder of what is made beside the pages (scripts/beside-pages.ts). */
export const SEARCH_RECORDS_FILE = 'search-records.jsonl';

/** The file that says the records will not come, with why. */
export const failedFile = (file: string): string => `${file}.failed`;

/**
 * Whether the `й`-forms are made (`EDITION_SEARCH_SHORT_I=0` builds the index without them, for the
 * measurement in docs/search.md only).
 */
export const withShortI = (): boolean => process.env['EDITION_SEARCH_SHORT_I'] !== '0';

/**
 * The edition's search context: the words with `й` of every document, counted by the documents printing
 * them (`printedIn`), are all the `й`-forms are made from; what the Russian dictionary says of them the
 * ingest wrote (`data/short-i-words.json`), so no dictionary is read here.
 */
export async function editionContext(printedIn: () => ReadonlyMap<string, number>, persons: readonly Person[], sources: readonly Source[]): Promise<SearchContext> {
  // Without the `й`-forms: none to make, so no corpus to make them from and no verdicts.
  if (!withShortI()) return searchContext(new Map(), persons, sources);
  const file = dataPath(SHORT_I_WORDS);
  const verdicts = ShortIWordsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  return searchContext(printedIn(), persons, sources, verdictsDictionary(verdicts, file));
}

/**
 * Writes the search record of every document of `documents`, a line each (`{"id":…,"record":…}`) in
 * their order, into `file`: the documents are read twice, one at a time (their words with `й`, then their
 * records). Returns how many.
 */
export async function writeSearchRecords(
  file: string,
  input: { documents: readonly DocumentSummary[]; persons: readonly Person[]; sources: readonly Source[] },
): Promise<number> {
  const printed = new Map<string, number>();
  if (withShortI()) for (const d of input.documents) documentsPrinting([documentWords(await loadDocument(d.id))], printed);
  const ctx = await editionContext(() => printed, input.persons, input.sources);
  const part = `${file}.part`;
  const out = await open(part, 'w');
  try {
    for (const d of input.documents) {
      const record = searchRecord(await loadDocument(d.id), ctx);
      await out.write(`${JSON.stringify({ id: d.id, record })}\n`);
    }
  } finally {
    await out.close();
  }
  await rename(part, file);
  return input.documents.length;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The records of `file` by id, once it is whole: waits for it (or for its `failedFile`, then throws with
 * what that says). Throws on a line that is not a record.
 */
export async function readSearchRecords(file: string): Promise<Map<string, SearchRecord>> {
  for (;;) {
    if (existsSync(file)) break;
    if (existsSync(failedFile(file))) throw new Error(`search records: ${(await readFile(failedFile(file), 'utf8')).trim()}`);
    await wait(50);
  }
  const records = new Map<string, SearchRecord>();
  const lines = (await readFile(file, 'utf8')).split('\n');
  for (const [i, line] of lines.entries()) {
    if (line === '' && i === lines.length - 1) break;
    const entry: unknown = JSON.parse(line);
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
