/**
 * Reading the document store the ingest writes (`DOCUMENT_STORE` in data-dir.ts): the index of every
 * document without its body, and each document's whole record, one at a time. Both validated, so a
 * damaged or hand-edited file fails the build with its path and what is wrong, not a page later.
 */
import { open, readFile } from 'node:fs/promises';
import { DocumentSummarySchema, StoredDocumentSchema, type Document, type DocumentSummary, type StoredDocument } from '../../schemas/index.ts';
import { dataPath, documentRecordPath, DOCUMENT_STORE } from './data-dir.ts';
import { readingText } from './reading-text.ts';

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
 * The record read last, as long as its file is unchanged: the build asks for one document several times in a
 * row (its four files, its parts), and it is parsed once. Records are read, never changed, by the pages.
 */
let last: { path: string; seen: string; doc: Document } | null = null;

/** One document's whole record (`documents/<id>.json`), validated, with its reading `text` derived from its blocks. */
export async function loadDocument(id: string): Promise<Document> {
  const path = documentRecordPath(id);
  const handle = await open(path);
  try {
    const { size, mtimeMs } = await handle.stat();
    const seen = `${size} ${mtimeMs}`;
    if (last?.path === path && last.seen === seen) return last.doc;
    const raw: unknown = JSON.parse(await handle.readFile('utf8'));
    let record: StoredDocument;
    if (validated.get(path) === seen) record = raw as StoredDocument;
    else {
      const parsed = StoredDocumentSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${path} is not a valid document record: ${parsed.error.message}`);
      record = parsed.data;
    }
    if (record.id !== id) throw new Error(`${path} holds the record ${record.id}, not ${id}`);
    validated.set(path, seen);
    last = { path, seen, doc: { ...record, text: readingText(record.blocks) } };
    return last.doc;
  } finally {
    await handle.close();
  }
}
