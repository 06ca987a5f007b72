/**
 * A document's whole record and the views of its page, one per part (`documentViews`), for the page
 * route and its `getStaticPaths` alike. The document asked last is kept: its parts are made one after
 * another, and the build holds one text at a time, never the corpus.
 */
import type { Document } from '../../schemas/index.ts';
import { recordById } from '../export/site-exports.ts';
import { indexOnlyLines, searchRecord } from '../search/record.ts';
import { siteSearchContext } from '../search/site.ts';
import { crossLinks, loadDocument, neighbours, personById, sourceById } from './data.ts';
import { documentViews, type DocumentView } from './document-view.ts';
import { pageAssetsSize } from './page-assets.ts';
import { textBudget } from './parts.ts';

const known = new Set(personById.keys());
const budget = textBudget(pageAssetsSize());

let last: { doc: Document; views: DocumentView[] } | null = null;

export async function documentParts(id: string): Promise<{ doc: Document; views: DocumentView[] }> {
  if (last?.doc.id === id) return last;
  const doc = await loadDocument(id);
  /** The citation record the export files beside the page are made from, so the page cites what they hold. */
  const record = recordById.get(doc.id);
  if (!record) throw new Error(`Document ${doc.id}: no citation record`);
  const views = documentViews(doc, {
    source: sourceById.get(doc.source),
    neighbours: neighbours(doc),
    known,
    record,
    sources: sourceById,
    crossLinks,
    textBudget: budget,
    lead: indexOnlyLines(searchRecord(doc, siteSearchContext)).join('\n'),
  });
  last = { doc, views };
  return last;
}
