/** What the data page shows (src/lib/site/data-page-view.ts): every download with format, size, licence and a sample. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storedFile } from '../src/lib/render/data-dir.ts';
import { storeCorpusFiles, storedNames, STORED_LIST } from '../src/lib/export/stored-files.ts';
import { corpusFiles, writeCorpusFiles, ZIP_NAME } from '../src/lib/export/corpus-files.ts';
import { plural } from '../src/lib/lang/plural.ts';
import { corpusSamples, dataPageView, sampleOf, sizeLabel } from '../src/lib/site/data-page-view.ts';
import { byId, entries, TEST_ADDRESS } from './export-corpus.ts';

describe('sizes and samples', () => {
  it.each([
    [812, '812 Б'],
    [1024, '1,0 КБ'],
    [19_772, '19,3 КБ'],
    [7_499_345, '7,2 МБ'],
  ])('%i bytes → %s', (bytes, label) => {
    expect(sizeLabel(bytes).replace(/\u00a0/g, ' ')).toBe(label);
  });

  it('shows the first lines, cut to a width, and says when more follows', () => {
    expect(sampleOf('a\nb\nc', 2)).toBe('a\nb\n…');
    expect(sampleOf('a\nb\n', 2)).toBe('a\nb');
    expect(sampleOf('x'.repeat(10), 6, 5)).toBe('xxxx…');
  });
});

describe('the data page', async () => {
  const corpus = await entries();
  const json = { 'documents.json': '[\n  {}\n]\n' };
  const files = await corpusFiles({ entries: corpus, json, updated: '2026-11-30T12:00:00.000Z', address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) });
  const view = dataPageView({ files, json, example: corpus[0]!, documents: corpus.length });

  it('lists the JSON, every corpus file and the zip, with their links under /data/', () => {
    expect(view.corpus.map((f) => f.href)).toEqual(['/data/documents.json', ...files.map((f) => `/data/${f.name}`)]);
    expect(view.corpus.every((f) => f.size !== '' && f.licence === 'CC BY 4.0' && f.sample !== '' && f.format !== '')).toBe(true);
  });

  it('samples the zip by the files it holds', () => {
    const zip = view.corpus.find((f) => f.name === ZIP_NAME)!;
    expect(zip.sample).toContain('README.md');
    expect(zip.sample).toContain(`tei/ — ${corpus.length} ${plural(corpus.length, ['файл', 'файла', 'файлов'])}: pt-001.xml`);
  });

  it('shows the files of one document as the example of every format', () => {
    expect(view.perDocument.example).toEqual({ id: 'pt-001', href: '/documents/pt-001/' });
    expect(view.perDocument.formats.map((f) => f.href)).toEqual([
      '/documents/pt-001/pt-001.csl.json',
      '/documents/pt-001/pt-001.ris',
      '/documents/pt-001/pt-001.bib',
      '/documents/pt-001/pt-001.tei.xml',
    ]);
    expect(view.perDocument.formats[1]!.sample.startsWith('TY  - PCOMM')).toBe(true);
  });
});

describe('a JSON file the build keeps as its size and first bytes', async () => {
  const corpus = await entries();
  const text = `[\n${Array.from({ length: 3000 }, (_, i) => `  {"id": "д-${i}"}`).join(',\n')}\n]\n`;
  const bytes = new TextEncoder().encode(text);
  const dir = await mkdtemp(join(tmpdir(), 'edition-stored-'));
  const path = join(dir, 'documents.json');
  await writeFile(path, bytes);
  const stored = await storedFile(path, 1024);
  await rm(dir, { recursive: true });

  it('has the file’s size and first bytes, and reads the rest only when asked', async () => {
    expect(stored.size).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(50_000);
    expect(stored.head).toEqual(bytes.subarray(0, 1024));
    await expect(Array.fromAsync(stored.chunks()), 'read after the file is gone: it is read when asked, not kept').rejects.toThrow(/ENOENT/);
  });

  it('makes the same data page and the same zip as the file’s bytes', async () => {
    const dir2 = await mkdtemp(join(tmpdir(), 'edition-stored-'));
    await writeFile(join(dir2, 'documents.json'), bytes);
    const again = await storedFile(join(dir2, 'documents.json'), 16 * 1024);
    const make = (json: Parameters<typeof corpusFiles>[0]['json']) =>
      corpusFiles({ entries: corpus, json, updated: '2026-11-30T12:00:00.000Z', address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) });
    const fromBytes = await make({ 'documents.json': bytes });
    const fromStored = await make({ 'documents.json': again });
    await rm(dir2, { recursive: true });
    const zip = (files: typeof fromBytes) => files.find((f) => f.name === ZIP_NAME)!.content as Uint8Array;
    expect(unzipSync(zip(fromStored))['documents.json']).toEqual(bytes);
    expect(zip(fromStored)).toEqual(zip(fromBytes));
    const view = (json: Parameters<typeof dataPageView>[0]['json'], files: typeof fromBytes) => dataPageView({ files, json, example: corpus[0]!, documents: corpus.length });
    expect(view({ 'documents.json': again }, fromStored)).toEqual(view({ 'documents.json': bytes }, fromBytes));
  });
});

describe('the corpus files as the build keeps them: stored, read back when their pages are written', async () => {
  const corpus = await entries();
  const json = { 'documents.json': '[\n  {}\n]\n' };
  const input: Parameters<typeof corpusFiles>[0] = { entries: corpus, json, updated: '2026-11-30T12:00:00.000Z', address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) };
  const files = await corpusFiles(input);
  const dir = await mkdtemp(join(tmpdir(), 'edition-stored-'));
  const stored = await storeCorpusFiles(input, corpusSamples, dir);

  it('gives back every file byte for byte, with its size', async () => {
    expect(stored.map((f) => f.name)).toEqual(files.map((f) => f.name));
    for (const [i, f] of files.entries()) {
      const bytes = typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content;
      expect(await stored[i]!.read(), f.name).toEqual(new Uint8Array(bytes));
      expect(stored[i]!.size).toBe(bytes.length);
      expect(stored[i]).not.toHaveProperty('content');
    }
  });

  it('writes the zip as it is made: its first bytes before the last document is read', async () => {
    const events: string[] = [];
    let zipBytes = 0;
    await writeCorpusFiles(
      { ...input, fullDocument: (e) => (events.push('document'), byId(e.doc.id)) },
      {
        file: async (f) => void events.push(`file ${f.name}`),
        zip: () => ({
          write: async (piece) => {
            zipBytes += piece.byteLength;
            events.push('zip');
          },
          end: async () => void events.push('zip end'),
          abort: async () => void events.push('zip abort'),
        }),
      },
    );
    expect(events.filter((e) => e === 'document')).toHaveLength(corpus.length);
    expect(events.indexOf('zip'), 'a piece of the zip written before the last document is read').toBeLessThan(events.lastIndexOf('document'));
    expect(events.at(-1)).toBe('zip end');
    expect(zipBytes).toBe((files.find((f) => f.name === ZIP_NAME)!.content as Uint8Array).byteLength);
    // Each text file is given away before the TEI of the documents are made.
    expect(events.findLastIndex((e) => e.startsWith('file '))).toBeLessThan(events.indexOf('document'));
  });

  it('lets the zip go when a fault stops the files half-way, and fails', async () => {
    const events: string[] = [];
    const made = writeCorpusFiles(
      { ...input, fullDocument: () => Promise.reject(new Error('a fault made on purpose')) },
      {
        file: async () => {},
        zip: () => ({ write: async () => {}, end: async () => void events.push('zip end'), abort: async () => void events.push('zip abort') }),
      },
    );
    await expect(made).rejects.toThrow('a fault made on purpose');
    expect(events).toEqual(['zip abort']);
  });

  it('lists the files when all are written, and a folder without the list, or short of a file it lists, is refused', async () => {
    expect(await storedNames(dir)).toEqual(files.map((f) => f.name));
    const partial = await mkdtemp(join(tmpdir(), 'edition-stored-partial-'));
    try {
      await writeFile(join(partial, 'documents.csv'), 'a,b\n');
      await expect(storedNames(partial)).rejects.toThrow(/were not all stored/);
      await writeFile(join(partial, STORED_LIST), JSON.stringify(['documents.csv', ZIP_NAME]));
      await expect(storedNames(partial)).rejects.toThrow(`${ZIP_NAME} listed as stored, not there`);
      await writeFile(join(partial, STORED_LIST), JSON.stringify(['../documents.csv']));
      await expect(storedNames(partial)).rejects.toThrow(/not a list of stored files' names/);
    } finally {
      await rm(partial, { recursive: true });
    }
  });

  it('makes the same data page as the files in memory', async () => {
    const view = (list: Parameters<typeof dataPageView>[0]['files']) => dataPageView({ files: list, json, example: corpus[0]!, documents: corpus.length });
    expect(view(stored)).toEqual(view(files));
    expect(view(stored).corpus.find((f) => f.name === ZIP_NAME)!.sample).toContain('tei/');
    await rm(dir, { recursive: true });
  });
});
