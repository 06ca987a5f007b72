/**
 * Each document's search record as the pages' build makes it when no file of records is given (the dev
 * server; a build gets them from a process beside it: records-file.ts), which src/lib/site/document-parts.ts
 * keeps and src/components/search-index.astro renders. The search context of the whole edition is made
 * once, on the first record asked for (the `й`-forms of the corpus need every document, and the Russian
 * dictionary's verdicts on them).
 */
import { persons, sources } from '../site/data.ts';
import type { Document } from '../../schemas/index.ts';
import { searchRecord, type SearchContext, type SearchRecord } from './record.ts';
import { editionContext } from './records-file.ts';

let context: Promise<SearchContext> | undefined;

/** A document's search record in this edition (made once per document: src/lib/site/document-parts.ts keeps it for its pages). */
export async function siteSearchRecord(doc: Document): Promise<SearchRecord> {
  context ??= editionContext(persons, sources);
  return searchRecord(doc, await context);
}
