/**
 * Writing the ingest's output folder: the published JSON files, and the document store the site reads
 * (`DOCUMENT_STORE`: a file per record with the body once, and the index of them all).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../../src/schemas/index.ts';
import { DOCUMENT_STORE } from '../../src/lib/render/data-dir.ts';

/** `JSON.stringify(value, null, 1)` and a newline, as every published file is written. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

/**
 * An array written as `jsonText` writes it, byte for byte, one element at a time: a corpus a hundred
 * times larger than today's would not fit in one string.
 */
export async function writeJsonArray(path: string, items: readonly unknown[]): Promise<void> {
  const out = createWriteStream(path);
  const put = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  if (items.length === 0) await put('[]\n');
  else {
    await put('[\n');
    for (const [i, item] of items.entries()) {
      // The element as it stands inside the array: `[item]` with its brackets cut off keeps the indent.
      const inner = JSON.stringify([item], null, 1).slice(2, -2);
      await put(i < items.length - 1 ? `${inner},\n` : `${inner}\n`);
    }
    await put(']\n');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * The record without the keys `left`, in its own order. Not by `{ text, ...rest } = d`, which reads `text`: a
 * record's `text` is joined from its blocks each time it is read (src/lib/render/reading-text.ts), some 360 MB
 * of strings at ×100 made only to be dropped, twice, at the ingest's fullest moment.
 */
function without<K extends keyof Document>(d: Document, left: readonly K[]): Omit<Document, K> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(d)) if (!(left as readonly string[]).includes(key)) out[key] = d[key as keyof Document];
  return out as Omit<Document, K>;
}

/** The body kept once: a stored record has no `text` (derived from `blocks` when read). */
const stored = (d: Document): Omit<Document, 'text'> => without(d, ['text']);

/** What the lists need of a record: everything but the body. */
const summary = (d: Document): Omit<Document, 'text' | 'blocks'> => without(d, ['text', 'blocks']);

/** The document store under `out`, replaced whole, so that no record of an earlier run is left behind. */
export async function writeDocumentStore(out: string, documents: readonly Document[]): Promise<void> {
  const dir = join(out, DOCUMENT_STORE.dir);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // A few at a time: tens of thousands of small files, without as many open handles.
  const BATCH = 64;
  for (let i = 0; i < documents.length; i += BATCH) {
    await Promise.all(documents.slice(i, i + BATCH).map((d) => writeFile(join(dir, `${d.id}.json`), JSON.stringify(stored(d)))));
  }
  await writeJsonArray(join(out, DOCUMENT_STORE.index), documents.map(summary));
}
