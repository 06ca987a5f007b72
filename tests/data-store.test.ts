/**
 * The document store the site reads (`data/documents/<id>.json` and `data/documents-index.json`,
 * written by `npm run ingest`, the first step of `npm test`) against the published `documents.json`:
 * every record once, its body once (`text` derived from the blocks gives the published text back), the
 * index without bodies; and the writer of the published arrays, which goes one element at a time.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonText, writeJsonArray } from '../scripts/lib/data-out.ts';
import { dataDir, DOCUMENT_STORE, readDataFile } from '../src/lib/render/data-dir.ts';
import { loadDocument, readDocumentIndex } from '../src/lib/render/document-store.ts';
import { deriveReadingText, readingText } from '../src/lib/render/reading-text.ts';
import { DocumentSchema, type Document } from '../src/schemas/index.ts';

let published: Document[];
const temporary: string[] = [];

beforeAll(async () => {
  published = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
});

afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

describe('the document store', () => {
  it('holds one file per published document, and nothing else', async () => {
    const files = (await readdir(join(dataDir(), DOCUMENT_STORE.dir))).sort();
    expect(files).toEqual(published.map((d) => `${d.id}.json`).sort());
  });

  it('keeps the body once: a stored record has blocks and no text', async () => {
    const raw = JSON.parse(await readFile(join(dataDir(), DOCUMENT_STORE.dir, 'pt-215.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(raw)).not.toContain('text');
    expect(Array.isArray(raw['blocks'])).toBe(true);
  });

  it('gives back every published record, its text derived from its blocks', async () => {
    const differ: string[] = [];
    for (const d of published) {
      if (!isDeepStrictEqual(await loadDocument(d.id), d)) differ.push(d.id);
    }
    expect(differ).toEqual([]);
    expect(published.every((d) => d.text === readingText(d.blocks))).toBe(true);
  });

  it('reads a record once for pages that ask for it at once', async () => {
    const id = published.at(-1)!.id;
    const [a, b, c, d] = await Promise.all([loadDocument(id), loadDocument(id), loadDocument(id), loadDocument(id)]);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(a).toBe(c);
  });

  it('indexes every document in the published order, without the body', async () => {
    const index = await readDocumentIndex();
    expect(index.map((d) => d.id)).toEqual(published.map((d) => d.id));
    expect(index.every((d) => !('blocks' in d) && !('text' in d))).toBe(true);
    const { text: _t, blocks: _b, ...first } = published[0]!;
    expect(index[0]).toEqual(first);
  });

  it('names the file and the fault of a damaged record, and of a missing one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-store-'));
    temporary.push(dir);
    const saved = process.env['EDITION_DATA'];
    process.env['EDITION_DATA'] = dir;
    try {
      await rm(join(dir, DOCUMENT_STORE.dir), { recursive: true, force: true });
      await mkdir(join(dir, DOCUMENT_STORE.dir));
      const { text: _t, ...stored } = published[0]!;
      // Read whole once (validated), then damaged: the change is seen, not taken on trust.
      await writeFile(join(dir, DOCUMENT_STORE.dir, `${stored.id}.json`), JSON.stringify(stored));
      expect((await loadDocument(stored.id)).id).toBe(stored.id);
      await writeFile(join(dir, DOCUMENT_STORE.dir, `${stored.id}.json`), JSON.stringify({ ...stored, number: 'один' }));
      await expect(loadDocument(stored.id)).rejects.toThrow(new RegExp(`${stored.id}\\.json is not a valid document record: .*number`, 's'));
      await writeFile(join(dir, DOCUMENT_STORE.dir, `${stored.id}.json`), JSON.stringify({ ...stored, id: 'pt-999' }));
      await expect(loadDocument(stored.id)).rejects.toThrow(/holds the record pt-999, not/);
      // Mended, the change is seen.
      await writeFile(join(dir, DOCUMENT_STORE.dir, `${stored.id}.json`), JSON.stringify({ ...stored, title: `${stored.title} ` }));
      expect((await loadDocument(stored.id)).title).toBe(`${stored.title} `);
      await expect(loadDocument('pt-998')).rejects.toThrow(/Document record not found: .*pt-998\.json/);
      await writeFile(join(dir, DOCUMENT_STORE.index), '[]\n');
      await expect(readDocumentIndex()).rejects.toThrow(/must list at least one document/);
    } finally {
      if (saved === undefined) delete process.env['EDITION_DATA'];
      else process.env['EDITION_DATA'] = saved;
    }
  });
});

describe("a record's text derived from its blocks, as the ingest holds its records", () => {
  const record = () => ({ id: 'x-1', text: '', blocks: [{ text: 'Первый абзац.' }, { text: 'Второй.' }], url: '/documents/x-1/' });

  it('reads as the blocks joined by a blank line, and follows a change made to a block', () => {
    const r = deriveReadingText(record());
    expect(r.text).toBe('Первый абзац.\n\nВторой.');
    r.blocks[1]!.text = 'Второй, исправленный.';
    expect(r.text).toBe('Первый абзац.\n\nВторой, исправленный.');
  });

  it('keeps its place among the keys: JSON and copies are those of a record that holds its text', () => {
    const held = { id: 'x-1', text: 'Первый абзац.\n\nВторой.', blocks: record().blocks, url: '/documents/x-1/' };
    const derived = deriveReadingText(record());
    expect(Object.keys(derived)).toEqual(['id', 'text', 'blocks', 'url']);
    expect(JSON.stringify(derived, null, 1)).toBe(JSON.stringify(held, null, 1));
    const copy = { ...derived };
    expect(Object.getOwnPropertyDescriptor(copy, 'text')).toMatchObject({ value: held.text, writable: true });
  });

  it('cannot be assigned: the body is changed through its blocks', () => {
    const r = deriveReadingText(record());
    expect(() => {
      r.text = 'другой текст';
    }).toThrow(TypeError);
    expect(r.text).toBe('Первый абзац.\n\nВторой.');
  });
});

describe('the published arrays, written one element at a time', () => {
  it('are byte for byte what JSON.stringify(value, null, 1) writes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-json-'));
    temporary.push(dir);
    const samples: unknown[][] = [[], [1], [{ a: [1, { b: 'в "кавычках"\n' }], c: null }, 'x', []], published.slice(0, 3)];
    for (const [i, value] of samples.entries()) {
      const path = join(dir, `${i}.json`);
      await writeJsonArray(path, value);
      expect(await readFile(path, 'utf8')).toBe(jsonText(value));
    }
  });

  it('wrote the published documents.json so', async () => {
    expect(await readDataFile('documents.json')).toBe(jsonText(published));
  });
});
