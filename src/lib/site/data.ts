/**
 * The edition's data for the pages, loaded once per build and indexed, so pages never call
 * `getCollection` in a loop. Import the maps and lists from here.
 */
import { getCollection } from 'astro:content';
import { compareDates } from '../edtf/edtf.ts';
import { byId } from '../ids/ids.ts';
import { groupByPeriod } from './periods.ts';
import type { Document, DocumentSummary, Person, Source, Study } from '../../schemas/index.ts';
import { crossLinkIndex } from './cross-links.ts';
import { loadDocument, readDocumentIndex } from '../render/document-store.ts';
import { marksInBody } from './report-view.ts';

/**
 * Every document without its body (`documents-index.json`), validated: what the lists, indexes and
 * cross-links need. A page that shows a text reads its record with `loadDocument`.
 */
export const documents: DocumentSummary[] = await readDocumentIndex();
export { loadDocument };

/** Every document's whole record in index order, one at a time (for what needs every text once). */
export async function* eachDocument(): AsyncGenerator<Document> {
  for (const d of documents) yield await loadDocument(d.id);
}

/**
 * The note marks of each document's body, by id (the report of missing notes), gathered in one pass over
 * the records, each read and let go.
 */
export const noteMarks: ReadonlyMap<string, readonly string[]> = await (async () => {
  const marks = new Map<string, string[]>();
  for await (const doc of eachDocument()) marks.set(doc.id, marksInBody(doc));
  return marks;
})();
// In id order (`byId`), which the content layer's store also keeps, said here so that the order is the
// edition's own: a document's search record lists the persons its text names in this order, and the
// process that makes the records beside the pages (scripts/beside-pages.ts) reads the same persons from `data/`.
export const persons: Person[] = (await getCollection('persons')).map((e) => e.data).sort(byId);
export const sources: Source[] = (await getCollection('sources')).map((e) => e.data).sort(byId);
export const studies: Study[] = (await getCollection('studies')).map((e) => e.data).sort(byId);

export const documentById = new Map(documents.map((d) => [d.id, d]));
export const personById = new Map(persons.map((p) => [p.id, p]));
export const sourceById = new Map(sources.map((s) => [s.id, s]));

/** What the texts' archive references, program titles and names are linked to (`cross-links.ts`). */
export const crossLinks = crossLinkIndex(documents, persons);

/** All documents in date order; undated ones last, each group in source and number order. */
export const byDate: DocumentSummary[] = [...documents].sort(
  (a, b) =>
    compareDates(a.date.edtf, b.date.edtf) ||
    (a.source === b.source ? a.number - b.number : a.source < b.source ? -1 : 1),
);

/**
 * The years the dated documents span (`1918–1932`): the site's header, footer and home page say it,
 * so that a text added from another year is not left outside the edition's own name for itself.
 */
export const yearSpan: string = ((): string => {
  const { years } = groupByPeriod(byDate);
  return years.length > 0 ? `${years[0]!.year}–${years.at(-1)!.year}` : '';
})();

/** Documents of each source in their printed order. */
export const bySource = new Map<string, DocumentSummary[]>(
  sources.map((s) => [s.id, documents.filter((d) => d.source === s.id).sort((a, b) => a.number - b.number)]),
);

/** Each list's positions by id, made once: a search per page would make the build quadratic in the documents. */
const positions = new Map<DocumentSummary[], Map<string, number>>(
  [byDate, ...bySource.values()].map((list) => [list, new Map(list.map((d, i) => [d.id, i]))]),
);

/** Studies of each source in their printed order. */
export const studiesBySource = new Map<string, Study[]>(
  sources.map((s) => [s.id, studies.filter((t) => t.source === s.id).sort((a, b) => a.number - b.number)]),
);

/** The neighbours of a document in its source and in date order, for previous/next links. */
export function neighbours(doc: DocumentSummary): {
  inSource: { prev: DocumentSummary | null; next: DocumentSummary | null };
  inDate: { prev: DocumentSummary | null; next: DocumentSummary | null };
} {
  const around = (list: DocumentSummary[]) => {
    const i = positions.get(list)?.get(doc.id) ?? -1;
    return { prev: i < 0 ? null : (list[i - 1] ?? null), next: i < 0 ? null : (list[i + 1] ?? null) };
  };
  return { inSource: around(bySource.get(doc.source) ?? []), inDate: around(byDate) };
}
