/**
 * The search context of the whole edition, computed once per build from the site's data
 * (the `й`-forms of the corpus need every document, and the Russian dictionary), and each
 * document's search record, which src/lib/site/document-parts.ts makes and
 * src/components/search-index.astro renders.
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

/** A document's search record in this edition (made once per document: src/lib/site/document-parts.ts keeps it for its pages). */
export function siteSearchRecord(doc: Document): SearchRecord {
  return searchRecord(doc, siteSearchContext);
}
