/**
 * The corpus files of `/data/` (src/lib/export/corpus-files.ts): the CSV read back by a real CSV
 * parser (`csv-parse`) and compared with `documents.json`; the JSON Schemas against the records; the
 * zip opened (`fflate`) and its files compared with what the exports make.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, ZIP_NAME, zipTime, type CorpusFile } from '../src/lib/export/corpus-files.ts';
import type { CorpusEntry } from '../src/lib/export/corpus.ts';
import { CSV_COLUMNS, CSV_LIST_SEPARATOR } from '../src/lib/export/csv.ts';
import { dataPath, readDataFile, STORED_CHUNK, storedFile } from '../src/lib/render/data-dir.ts';
import { byId, documents, entries, TEST_ADDRESS } from './export-corpus.ts';
import type { Document } from '../src/schemas/index.ts';

const UPDATED = '2026-11-30T12:00:00.000Z';
let corpus: CorpusEntry<Document>[];
let files: CorpusFile[];
let json: Record<string, string>;
const file = (name: string): CorpusFile => files.find((f) => f.name === name)!;
const text = (name: string): string => file(name).content as string;

beforeAll(async () => {
  corpus = await entries();
  json = { 'documents.json': await readDataFile('documents.json'), 'persons.json': await readDataFile('persons.json') };
  files = await corpusFiles({ entries: corpus, json, updated: UPDATED, address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) });
});

describe('documents.csv', () => {
  it('reads back, one row per document, with the columns of the header', () => {
    const rows = parseCsv(text('documents.csv'), { columns: true, bom: false }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(documents.length);
  });

  it('gives each document’s fields as documents.json has them', () => {
    const rows = parseCsv(text('documents.csv'), { columns: true }) as Record<string, string>[];
    const differ: string[] = [];
    documents.forEach((d, i) => {
      const row = rows[i]!;
      const expected: Record<string, string> = {
        id: d.id,
        number: String(d.number),
        date_edtf: d.date.edtf ?? '',
        date_printed: d.date.text,
        genre: d.genre ?? '',
        authors: d.authors.map((a) => a.name).join(CSV_LIST_SEPARATOR),
        addressees: d.addressees.map((a) => a.name).join(CSV_LIST_SEPARATOR),
        archive: d.legend?.archive ?? '',
        fond: d.legend?.fond ?? '',
        opis: d.legend?.opis ?? '',
        delo: d.legend?.delo ?? '',
        sheets: d.legend?.sheets ?? '',
        page: d.page === null ? '' : String(d.page),
        url: `https://edition.test/trotsky${d.url}`,
      };
      for (const [key, value] of Object.entries(expected)) if (row[key] !== value) differ.push(`${d.id}.${key}: ${row[key]} ≠ ${value}`);
      if (row['title'] !== d.title && row['title'] !== `[${d.title}]`) differ.push(`${d.id}.title: ${row['title']}`);
    });
    expect(differ.slice(0, 20)).toEqual([]);
  });

  it('quotes every field and ends lines with CR LF', () => {
    expect(text('documents.csv').startsWith('"id","number","title",')).toBe(true);
    expect(text('documents.csv').split('\r\n').at(-1)).toBe('');
  });
});

describe('the JSON Schemas', () => {
  it('describe every field of every record, and require what every record has', () => {
    const schema = JSON.parse(text('documents.schema.json')) as { $id: string; type: string; items: { properties: Record<string, unknown>; required: string[] } };
    expect(schema.$id).toBe('https://edition.test/trotsky/data/documents.schema.json');
    expect(schema.type).toBe('array');
    const records = JSON.parse(json['documents.json']!) as Record<string, unknown>[];
    const keys = Object.keys(schema.items.properties).sort();
    expect(records.filter((r) => JSON.stringify(Object.keys(r).sort()) !== JSON.stringify(keys)).map((r) => r['id'])).toEqual([]);
    expect(schema.items.required.sort()).toEqual(keys);
    expect(JSON.parse(text('persons.schema.json')).items.required).toContain('kind');
  });
});

describe(`the zip (${ZIP_NAME})`, () => {
  it('holds the README, the JSON, every corpus file and the TEI of every document', () => {
    const zip = unzipSync(file(ZIP_NAME).content as Uint8Array);
    const names = Object.keys(zip);
    const expected = ['README.md', 'documents.json', 'persons.json', ...files.filter((f) => f.name !== ZIP_NAME).map((f) => f.name)];
    expect(names.filter((n) => !n.startsWith('tei/')).sort()).toEqual(expected.sort());
    expect(names.filter((n) => n.startsWith('tei/') && n !== 'tei/')).toHaveLength(corpus.length);
    expect(strFromU8(zip['documents.csv']!)).toBe(text('documents.csv'));
    expect(strFromU8(zip['documents.json']!)).toBe(json['documents.json']);
    expect(strFromU8(zip['tei/pt-001.xml']!)).toContain('<idno type="URI">https://edition.test/trotsky/documents/pt-001/</idno>');
    const readme = strFromU8(zip['README.md']!);
    for (const name of expected.filter((n) => n !== 'README.md')) expect(readme).toContain(`\`${name}\``);
    expect(readme).toContain('CC BY 4.0');
  });

  it('is the same bytes when made again from the same data', async () => {
    const again = await corpusFiles({ entries: corpus, json, updated: UPDATED, address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) });
    expect(again.find((f) => f.name === ZIP_NAME)!.content).toEqual(file(ZIP_NAME).content);
  });

  it('is the same bytes when the data files are read from disk a piece at a time, as the build reads them', async () => {
    const stored = Object.fromEntries(
      await Promise.all(Object.keys(json).map(async (name) => [name, await storedFile(dataPath(name as 'documents.json' | 'persons.json'), 64)] as const)),
    );
    // documents.json is read in several pieces: the deflated bytes do not depend on where the pieces end.
    expect(stored['documents.json']!.size).toBeGreaterThan(3 * STORED_CHUNK);
    const pieces: number[] = [];
    for await (const piece of stored['documents.json']!.chunks()) pieces.push(piece.length);
    expect(pieces.length).toBeGreaterThan(3);
    const fromDisk = await corpusFiles({ entries: corpus, json: stored, updated: UPDATED, address: TEST_ADDRESS, fullDocument: (e) => byId(e.doc.id) });
    expect(fromDisk.find((f) => f.name === ZIP_NAME)!.content).toEqual(file(ZIP_NAME).content);
    expect(strFromU8(unzipSync(fromDisk.find((f) => f.name === ZIP_NAME)!.content as Uint8Array)['documents.json']!)).toBe(json['documents.json']);
  });
});

describe('the time of the zip entries', () => {
  it('gives the same zip in every time zone (the zip stores local time without a zone)', () => {
    const saved = process.env['TZ'];
    const zipIn = (tz: string): Uint8Array => {
      process.env['TZ'] = tz;
      return zipSync({ 'a.txt': strToU8('а') }, { mtime: zipTime('2026-11-30T23:30:00Z') });
    };
    try {
      const utc = zipIn('UTC');
      expect(zipIn('Pacific/Kiritimati')).toEqual(utc);
      expect(zipIn('America/Los_Angeles')).toEqual(utc);
      // The control: the data's date as a plain Date is written in local time and moves with the zone.
      process.env['TZ'] = 'UTC';
      const plain = zipSync({ 'a.txt': strToU8('а') }, { mtime: new Date('2026-11-30T23:30:00Z') });
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(zipSync({ 'a.txt': strToU8('а') }, { mtime: new Date('2026-11-30T23:30:00Z') })).not.toEqual(plain);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
