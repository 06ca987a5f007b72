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
import { readRussianSpeller } from '../lang/spelling.ts';
import type { Document } from '../../schemas/index.ts';
import { searchContext, searchRecord, type SearchContext, type SearchRecord } from './record.ts';

const withShortI = process.env['EDITION_SEARCH_SHORT_I'] !== '0';
/**
 * The words with `й` of every document are all the `й`-forms are made from (data.ts gathers them). The
 * dictionary is read for them alone and let go once they are made: kept, it was most of what the pages'
 * build held for itself (live heap at ×10 330–355 → 170–195 MB, by the collector's traces while the pages
 * were made; BENCHMARKS.md).
 */
function editionContext(): SearchContext {
  // Without the `й`-forms: none to make, so no corpus to make them from and no dictionary.
  if (!withShortI) return searchContext([], persons, sources);
  const speller = readRussianSpeller();
  return searchContext(shortIWords, persons, sources, (form) => speller.correct(form));
}

export const siteSearchContext: SearchContext = editionContext();

/** A document's search record in this edition (made once per document: src/lib/site/document-parts.ts keeps it for its pages). */
export function siteSearchRecord(doc: Document): SearchRecord {
  return searchRecord(doc, siteSearchContext);
}
