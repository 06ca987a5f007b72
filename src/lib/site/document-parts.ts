/**
 * A document's whole record and the views of its page, one per part (`documentViews`), for the page
 * route and its `getStaticPaths`. The build makes them in two passes: `partCount` cuts every text first
 * (the routes need the number of parts) and keeps only where each is cut; `documentParts` then reads the
 * record again and makes its views, for one document at a time (its parts are made one after another).
 * The build holds one text at a time, never the corpus.
 */
import type { Document } from '../../schemas/index.ts';
import { recordById } from '../export/site-exports.ts';
import { indexOnlyLines } from '../search/record.ts';
import { siteSearchRecord } from '../search/site.ts';
import { crossLinks, loadDocument, neighbours, personById, sourceById } from './data.ts';
import { documentCut, documentViews, type DocumentContext, type DocumentCut, type DocumentView } from './document-view.ts';
import { pageAssetsSize } from './page-assets.ts';
import { textBudget } from './parts.ts';

const known = new Set(personById.keys());
const budget = textBudget(pageAssetsSize());

/** Where each document's text is cut, by id: made by `partCount`, used by `documentParts`. */
const cuts = new Map<string, DocumentCut>();
let last: { doc: Document; views: DocumentView[] } | null = null;

function context(doc: Document, cut?: DocumentCut): DocumentContext {
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
    ...(cut ? { cut } : { lead: indexOnlyLines(siteSearchRecord(doc)).join('\n') }),
  };
}

/** How many parts a document's page has (its text cut and the cut kept). */
export async function partCount(id: string): Promise<number> {
  const doc = await loadDocument(id);
  const cut = documentCut(doc, context(doc));
  cuts.set(id, cut);
  return cut.ranges.length;
}

/** A document's record and the views of its parts; the document asked last is kept. */
export async function documentParts(id: string): Promise<{ doc: Document; views: DocumentView[] }> {
  if (last?.doc.id === id) return last;
  const doc = await loadDocument(id);
  const cut = cuts.get(id) ?? documentCut(doc, context(doc));
  last = { doc, views: documentViews(doc, context(doc, cut)) };
  return last;
}
