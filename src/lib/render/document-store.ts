/**
 * Reading the document store the ingest writes (`DOCUMENT_STORE` in data-dir.ts): the index of every
 * document without its body, and each document's whole record, one at a time. Both validated, so a
 * damaged or hand-edited file fails the build with its path and what is wrong, not a page later.
 */
import { readFile } from 'node:fs/promises';
import { DocumentSummarySchema, StoredDocumentSchema, type Document, type DocumentSummary } from '../../schemas/index.ts';
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

/** One document's whole record (`documents/<id>.json`), validated, with its reading `text` derived from its blocks. */
export async function loadDocument(id: string): Promise<Document> {
  const path = documentRecordPath(id);
  const parsed = StoredDocumentSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a valid document record: ${parsed.error.message}`);
  if (parsed.data.id !== id) throw new Error(`${path} holds the record ${parsed.data.id}, not ${id}`);
  return { ...parsed.data, text: readingText(parsed.data.blocks) };
}
