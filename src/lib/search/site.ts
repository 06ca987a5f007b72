/**
 * The search context of the whole edition, computed once per build from the site's data
 * (the `й`-forms of the corpus need every document, and the Russian dictionary). For
 * src/components/search-index.astro.
 *
 * `EDITION_SEARCH_SHORT_I=0` builds the index without the `й`-forms (for the measurement in
 * docs/search.md only).
 */
import { persons, shortIWords, sources } from '../site/data.ts';
import { isRussianWord } from '../lang/spelling.ts';
import type { Document } from '../../schemas/index.ts';
import { searchContext, searchRecord, type SearchContext, type SearchRecord } from './record.ts';

const withShortI = process.env['EDITION_SEARCH_SHORT_I'] !== '0';
// The words with `й` of every document are all the `й`-forms are made from (data.ts gathers them).
const context = searchContext(shortIWords, persons, sources, withShortI ? isRussianWord : undefined);

export const siteSearchContext: SearchContext = withShortI ? context : { ...context, shortI: new Map() };

let last: { doc: Document; record: SearchRecord } | null = null;

/**
 * A document's search record in this edition; the record of the document asked last is kept, so the
 * pages of a text in parts (each carries its sort keys and metadata) and the cut of its first part
 * share one.
 */
export function siteSearchRecord(doc: Document): SearchRecord {
  if (last?.doc !== doc) last = { doc, record: searchRecord(doc, siteSearchContext) };
  return last.record;
}
