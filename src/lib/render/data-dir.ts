import { createReadStream, existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

/** The files the ingest writes and the site republishes (`/data/<name>`). */
export const DATA_FILES = ['documents.json', 'persons.json', 'report.json', 'sources.json', 'studies.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/**
 * What the site reads of the documents instead of the published `documents.json`: every record in a file
 * of its own, its body once (`documents/<id>.json`), and the index of them all without bodies and notes
 * (`documents-index.json`, in the published file's order). The build never holds every text at once.
 */
export const DOCUMENT_STORE = { dir: 'documents', index: 'documents-index.json' } as const;

/**
 * What the Russian dictionary says of the documents' words with `й` (`ShortIWordsSchema`), written by the
 * ingest, which reads the dictionary anyway, so that the pages' build reads none. Not republished.
 */
export const SHORT_I_WORDS = 'short-i-words.json';

/**
 * The folder holding the ingest output, from `EDITION_DATA` (default `data`).
 * Relative to the project root when given relative (the build runs from the root).
 */
export function dataDir(): string {
  const dir = process.env['EDITION_DATA'] || 'data';
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

/** Absolute path of a data file; throws with a useful message when it is missing. */
export function dataPath(name: DataFile | typeof DOCUMENT_STORE.index | typeof SHORT_I_WORDS): string {
  const path = join(dataDir(), name);
  if (!existsSync(path)) {
    throw new Error(`Data file not found: ${path}. Run \`npm run ingest -- --out data\` or set EDITION_DATA`);
  }
  return path;
}

/** The raw text of a data file, byte for byte as the ingest wrote it. */
export function readDataFile(name: DataFile): Promise<string> {
  return readFile(dataPath(name), 'utf8');
}

/** Absolute path of a stored document record (`documents/<id>.json`); throws when it is missing. */
export function documentRecordPath(id: string): string {
  const path = join(dataDir(), DOCUMENT_STORE.dir, `${id}.json`);
  if (!existsSync(path)) {
    throw new Error(`Document record not found: ${path}. Run \`npm run ingest -- --out data\` or set EDITION_DATA`);
  }
  return path;
}

/**
 * A data file as the build keeps it: its size and first bytes, read whole only when asked (`read`).
 * The corpus's `documents.json` is 700 MB at a hundred times this edition: held for the whole build,
 * it was the largest thing the pages' build held.
 */
export interface StoredFile {
  size: number;
  /** The first bytes (at most the `head` asked for). */
  head: Uint8Array;
  /** Its bytes again, a piece at a time (`STORED_CHUNK` bytes), read when asked (the zip). */
  chunks(): AsyncIterable<Uint8Array>;
}

/** The pieces `StoredFile.chunks` reads: the corpus's `documents.json` was read whole into the zip, 727 MB at ×100. */
export const STORED_CHUNK = 1024 * 1024;

/** A data file's size and its first `head` bytes; its bytes read again, in pieces, by `chunks`. */
export async function storedFile(path: string, head: number): Promise<StoredFile> {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    const buffer = new Uint8Array(Math.min(head, size));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return {
      size,
      head: buffer.subarray(0, bytesRead),
      chunks: () => createReadStream(path, { highWaterMark: STORED_CHUNK }),
    };
  } finally {
    await file.close();
  }
}
