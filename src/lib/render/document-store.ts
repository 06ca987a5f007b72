/**
 * Reading the document store the ingest writes (`DOCUMENT_STORE` in data-dir.ts): the index of every
 * document without its body, and each document's whole record, one at a time. Both validated, so a
 * damaged or hand-edited file fails the build with its path and what is wrong, not a page later.
 */
import { readFile, stat } from 'node:fs/promises';
import { DocumentSummarySchema, StoredDocumentSchema, type Document, type DocumentSummary, type StoredDocument } from '../../schemas/index.ts';
import { dataPath, documentRecordPath, DOCUMENT_STORE } from './data-dir.ts';
import { readingText } from './reading-text.ts';
import { Recent } from './recent.ts';

/** Every document's summary, in the published file's order; throws when the index is invalid or empty. */
export async function readDocumentIndex(): Promise<DocumentSummary[]> {
  const path = dataPath(DOCUMENT_STORE.index);
  const parsed = DocumentSummarySchema.array().safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a valid document index: ${parsed.error.message}`);
  if (parsed.data.length === 0) throw new Error(`${path} must list at least one document`);
  return parsed.data;
}

/**
 * The files validated by this process, with their size and time: a build reads a record several times (its
 * page, its files, the zip), and the schema is checked the first time only, unless the file has changed since.
 */
const validated = new Map<string, string>();

/**
 * The records read last, by path, as long as their file is unchanged: the build asks for one document several
 * times in a row (its four files, its parts, a few pages at a time), and it is parsed once. Records are read,
 * never changed, by the pages.
 */
const recent = new Recent<string, Promise<Document>>(8);

/** One document's whole record (`documents/<id>.json`), validated, with its reading `text` derived from its blocks. */
export async function loadDocument(id: string): Promise<Document> {
  const path = documentRecordPath(id);
  const { size, mtimeMs } = await stat(path);
  const key = `${path} ${size} ${mtimeMs}`;
  const doc = recent.get(key, () => readDocument(id, path, key));
  // A failed read is not kept: the next ask reads the file again and reports it again.
  doc.catch(() => recent.delete(key));
  return doc;
}

async function readDocument(id: string, path: string, seen: string): Promise<Document> {
  const raw: unknown = JSON.parse(await readFile(path, 'utf8'));
  let record: StoredDocument;
  if (validated.get(path) === seen) record = raw as StoredDocument;
  else {
    const parsed = StoredDocumentSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${path} is not a valid document record: ${parsed.error.message}`);
    record = parsed.data;
  }
  if (record.id !== id) throw new Error(`${path} holds the record ${record.id}, not ${id}`);
  validated.set(path, seen);
  return { ...record, text: readingText(record.blocks) };
}
