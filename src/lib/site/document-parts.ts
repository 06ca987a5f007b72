/**
 * A document's whole record and the views of its page, one per part (`documentViews`), for the page
 * route and its `getStaticPaths`. The build makes them in two passes: `partCounts` cuts every text first
 * (the routes need the number of parts), a few at a time, and keeps where each is cut; the document's
 * search record (needed to measure what part 1 carries besides its text, and given to the page's index) is
 * read from the files a process beside the build makes (src/lib/search/records-file.ts), or, without them (the
 * dev server), made here once per document. `documentParts` then reads the record again and makes its
 * views, for one document at a time (its parts are made one after another). The build holds a few texts
 * at a time, never the corpus; it holds every document's search record.
 */
import type { Document } from '../../schemas/index.ts';
import type { SearchRecord } from '../search/record.ts';
import { recordById } from '../export/site-exports.ts';
import { indexOnlyLines } from '../search/record.ts';
import { siteSearchRecord } from '../search/site.ts';
import { SEARCH_RECORDS_ENV, SearchRecordsReader } from '../search/records-file.ts';
import { crossLinks, documents, loadDocument, neighbours, personById, sourceById } from './data.ts';
import { documentCut, documentCutAsync, documentViews, type DocumentContext, type DocumentCut, type DocumentView } from './document-view.ts';
import { pageAssetsSize } from './page-assets.ts';
import { textBudget } from './parts.ts';
import { Recent } from '../render/recent.ts';
import { eachAtOnce } from '../render/at-once.ts';

const known = new Set(personById.keys());
const budget = textBudget(pageAssetsSize());

/** Where each document's text is cut, by id: made by `partCounts`, used by `documentParts`. */
const cuts = new Map<string, DocumentCut>();
/**
 * The search records a build's process beside the pages makes (src/lib/search/records-file.ts), in the
 * document index's order; without them (the dev server), each record is made here when first asked for.
 */
const given = process.env[SEARCH_RECORDS_ENV];
const reader = given ? new SearchRecordsReader(given, documents.map((d) => d.id)) : null;
/** The records made here, by id: made by `partCounts`, kept for `documentParts`. */
const made = new Map<string, SearchRecord>();

/** What a document's pages are made of. */
export interface DocumentPages {
  doc: Document;
  views: DocumentView[];
  /** What the index is given beyond the text (src/components/search-index.astro). */
  search: SearchRecord;
}

/** The pages of the documents asked last (their parts come one after another, a few at a time). */
const recent = new Recent<string, Promise<DocumentPages>>(8);

async function context(doc: Document, cut?: DocumentCut): Promise<DocumentContext> {
  /** The citation record the export files beside the page are made from, so the page cites what they hold. */
  const record = recordById.get(doc.id);
  if (!record) throw new Error(`Document ${doc.id}: no citation record`);
  return {
    source: sourceById.get(doc.source),
    neighbours: neighbours(doc),
    known,
    record,
    sources: sourceById,
    crossLinks,
    textBudget: budget,
    // What part 1 carries besides its text is needed only to cut it.
    ...(cut ? { cut } : { lead: indexOnlyLines(await searchRecordOf(doc)).join('\n') }),
  };
}

/** A document's search record: the one the process beside the build made, else the one made here before, else made now. */
async function searchRecordOf(doc: Document): Promise<SearchRecord> {
  if (reader) return reader.get(doc.id);
  let record = made.get(doc.id);
  if (!record) made.set(doc.id, (record = await siteSearchRecord(doc)));
  return record;
}

/** How many parts a document's page has (its text cut and the cut kept). */
async function partCount(id: string): Promise<number> {
  const doc = await loadDocument(id);
  const cut = await documentCutAsync(doc, await context(doc));
  cuts.set(id, cut);
  return cut.ranges.length;
}

/**
 * Documents cut at once by `partCounts`: while one waits for zlib to measure its text (gzip -9, in Node's
 * thread pool, on the other core), the next is read, rendered and given its search record.
 */
const CUTTING = 4;

/** `partCount` of every document of `ids`, in their order, a few at a time (`CUTTING`); the build fails with the first fault. */
export function partCounts(ids: readonly string[]): Promise<number[]> {
  return eachAtOnce(ids, CUTTING, partCount);
}

/** A document's record, the views of its parts and its search record; the documents asked last are kept. */
export function documentParts(id: string): Promise<DocumentPages> {
  return recent.get(id, async () => {
    const doc = await loadDocument(id);
    const cut = cuts.get(id) ?? documentCut(doc, await context(doc));
    const search = await searchRecordOf(doc);
    return { doc, views: documentViews(doc, await context(doc, cut)), search };
  });
}
