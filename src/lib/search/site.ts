/**
 * The search context of the whole edition, computed once per build from the site's data
 * (the `й`-forms of the corpus need every document, and the Russian dictionary's verdicts on them), and each
 * document's search record, which src/lib/site/document-parts.ts makes and
 * src/components/search-index.astro renders.
 *
 * `EDITION_SEARCH_SHORT_I=0` builds the index without the `й`-forms (for the measurement in
 * docs/search.md only).
 */
import { readFile } from 'node:fs/promises';
import { persons, shortIPrinted, sources } from '../site/data.ts';
import { dataPath, SHORT_I_WORDS } from '../render/data-dir.ts';
import { ShortIWordsSchema, type Document } from '../../schemas/index.ts';
import { searchContext, searchRecord, verdictsDictionary, type SearchContext, type SearchRecord } from './record.ts';

const withShortI = process.env['EDITION_SEARCH_SHORT_I'] !== '0';
/**
 * The words with `й` of every document, counted by the documents printing them, are all the `й`-forms are
 * made from (data.ts gathers them). What the Russian dictionary says of them the ingest wrote
 * (`data/short-i-words.json`): the pages' build reads no dictionary. Read here, it took some 3 s of every
 * build and, kept, was most of what the pages' build held for itself (live heap at ×10 330–355 →
 * 170–195 MB once it was let go; BENCHMARKS.md).
 */
async function editionContext(): Promise<SearchContext> {
  // Without the `й`-forms: none to make, so no corpus to make them from and no verdicts.
  if (!withShortI) return searchContext(new Map(), persons, sources);
  const file = dataPath(SHORT_I_WORDS);
  const verdicts = ShortIWordsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  return searchContext(shortIPrinted, persons, sources, verdictsDictionary(verdicts, file));
}

export const siteSearchContext: SearchContext = await editionContext();

/** A document's search record in this edition (made once per document: src/lib/site/document-parts.ts keeps it for its pages). */
export function siteSearchRecord(doc: Document): SearchRecord {
  return searchRecord(doc, siteSearchContext);
}
