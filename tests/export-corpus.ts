/**
 * The corpus of `data/` (written by `npm run ingest`, the first step of `npm test`) as the export
 * tests read it: the records, persons and sources, and every document's citation record made at the
 * address `https://edition.test/trotsky/`, so that the exports are also tested under a sub-path.
 */
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { citationRecord, type CitationRecord, type PageRange } from '../src/lib/export/citation-record.ts';
import { corpusEntries, type CorpusEntry } from '../src/lib/export/corpus.ts';
import { parseSiteAddress } from '../src/lib/ids/site-address.ts';
import { DocumentSchema, PersonSchema, SourceTextSchema, type Document, type Person, type Source } from '../src/schemas/index.ts';

/** The address the tests build URLs at. */
export const TEST_ADDRESS = parseSiteAddress('https://edition.test/trotsky/');

export const documents: Document[] = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
export const persons: Person[] = PersonSchema.array().parse(JSON.parse(await readDataFile('persons.json')));
export const sources: Source[] = SourceTextSchema.array().parse(JSON.parse(await readDataFile('sources.json'))).map((t) => t.source);

let cached: CorpusEntry<Document>[] | undefined;

/** Every document with its citation record (page ranges from the records). */
export async function entries(): Promise<CorpusEntry<Document>[]> {
  cached ??= corpusEntries({ documents, persons, sources, address: TEST_ADDRESS });
  return cached;
}

export function byId(id: string): Document {
  const doc = documents.find((d) => d.id === id);
  if (!doc) throw new Error(`no record ${id} in data/documents.json`);
  return doc;
}

/** The citation record of a document with the pages given, none by default (the page reckoning has its own test). */
export function record(id: string, pages: Omit<PageRange, 'reckoned'> | null = null): CitationRecord {
  const doc = byId(id);
  const source = sources.find((s) => s.id === doc.source)!;
  const r = citationRecord(doc, { source, persons: new Map(persons.map((p) => [p.id, p])), address: TEST_ADDRESS });
  return { ...r, printed: { ...r.printed, pages: pages && { ...pages, reckoned: true } } };
}
