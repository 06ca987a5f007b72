/**
 * The citation records of the whole corpus, made once: each document with its source, the persons
 * index and the pages it occupies in print (read from the sources, `printed-pages.ts`). The site's
 * endpoints (`site-exports.ts`), the tests and the scripts all start from here.
 */
import type { Document, Person, Source } from '../../schemas/index.ts';
import type { SiteAddress } from '../ids/site-address.ts';
import { citationRecord, type CitationRecord } from './citation-record.ts';
import { printedPages, type PageRange } from './printed-pages.ts';

/** What the exports are made from: the records of `data/` and the sources' sidecars. */
export interface CorpusInput {
  documents: readonly Document[];
  persons: readonly Person[];
  sources: readonly Source[];
  /** Where the source texts are (`content/sources`), for the page ranges. */
  sourcesDir: string;
  address?: SiteAddress;
}

/** A document with its citation record. */
export interface CorpusEntry {
  doc: Document;
  record: CitationRecord;
}

/** Every document with its citation record, in the order of `documents`. Throws when a document's source is unknown. */
export async function corpusEntries(input: CorpusInput): Promise<CorpusEntry[]> {
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const persons = new Map(input.persons.map((p) => [p.id, p]));
  const pagesBySource = new Map<string, Map<number, PageRange>>();
  for (const source of input.sources) {
    if (input.documents.some((d) => d.source === source.id)) pagesBySource.set(source.id, await printedPages(source, input.sourcesDir));
  }
  return input.documents.map((doc) => {
    const source = sourceById.get(doc.source);
    if (!source) throw new Error(`Document ${doc.id}: unknown source ${doc.source}`);
    const pages = pagesBySource.get(source.id)?.get(doc.number) ?? null;
    return { doc, record: citationRecord(doc, { source, persons, pages, ...(input.address ? { address: input.address } : {}) }) };
  });
}
