/**
 * The citation records of the whole corpus, made once: each document with its source, the persons
 * index and the pages it occupies in print (the record's `page` and `pageEnd`). The site's endpoints
 * (`site-exports.ts`), the tests and the scripts all start from here.
 */
import type { DocumentSummary, Person, Source } from '../../schemas/index.ts';
import type { SiteAddress } from '../ids/site-address.ts';
import { citationRecord, type CitationRecord } from './citation-record.ts';

/** What the exports are made from: the records of `data/` and the sources' sidecars. */
export interface CorpusInput<D extends DocumentSummary = DocumentSummary> {
  documents: readonly D[];
  persons: readonly Person[];
  sources: readonly Source[];
  address?: SiteAddress;
}

/** A document (its summary, or its whole record) with its citation record. */
export interface CorpusEntry<D extends DocumentSummary = DocumentSummary> {
  doc: D;
  record: CitationRecord;
}

/** Every document with its citation record, in the order of `documents`. Throws when a document's source is unknown. */
export function corpusEntries<D extends DocumentSummary>(input: CorpusInput<D>): CorpusEntry<D>[] {
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  const persons = new Map(input.persons.map((p) => [p.id, p]));
  return input.documents.map((doc) => {
    const source = sourceById.get(doc.source);
    if (!source) throw new Error(`Document ${doc.id}: unknown source ${doc.source}`);
    return { doc, record: citationRecord(doc, { source, persons, ...(input.address ? { address: input.address } : {}) }) };
  });
}
