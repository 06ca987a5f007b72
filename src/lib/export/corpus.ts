/**
 * The citation records of the whole corpus, made once: each document with its source, the persons
 * index and the pages it occupies in print (the record's `page` and `pageEnd`). The site's endpoints
 * (`site-exports.ts`), the tests and the scripts all start from here.
 */
import { PersonSchema, SourceTextSchema, type DocumentSummary, type Person, type Source } from '../../schemas/index.ts';
import { byId } from '../ids/ids.ts';
import type { SiteAddress } from '../ids/site-address.ts';
import { readDataFile } from '../render/data-dir.ts';
import { readDocumentIndex } from '../render/document-store.ts';
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

/**
 * The corpus as a process outside Astro reads it (scripts/beside-pages.ts): every document's summary from
 * the document store, the persons and the sources as the ingest wrote them (`data/persons.json`,
 * `data/sources.json`, from the same sidecars the site's content collections read), in the site's order
 * (`byId`, as src/lib/site/data.ts). Validated.
 */
export async function readCorpusInput(): Promise<CorpusInput> {
  return {
    documents: await readDocumentIndex(),
    persons: PersonSchema.array().parse(JSON.parse(await readDataFile('persons.json'))).sort(byId),
    sources: SourceTextSchema.array()
      .parse(JSON.parse(await readDataFile('sources.json')))
      .map((t) => t.source)
      .sort(byId),
  };
}
