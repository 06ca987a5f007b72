/**
 * The corpus files under `/data/` besides the ingest's JSON: the CSV, the CMIF of the correspondence,
 * the JSON Schemas, the citations of all documents in one file per format, and one zip of all of it
 * (with every document's TEI and a README). Made once per build from the corpus entries; the
 * endpoints serve them and the data page lists them with their sizes and samples. Pure apart from
 * the zip's compression (zlib, deterministic for one zlib: a fixed time on every entry).
 */
import { strToU8, Zip, type ZipInputFile } from 'fflate';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw } from 'node:zlib';
import type { Document } from '../../schemas/index.ts';
import type { StoredFile } from '../render/data-dir.ts';
import { absoluteUrl, type SiteAddress } from '../ids/site-address.ts';
import { urls } from '../ids/urls.ts';
import { EDITION } from '../site/identity.ts';
import { editionContact } from '../site/contact.ts';
import { biblatex } from './biblatex.ts';
import { cmifXml } from './cmif.ts';
import type { CorpusEntry } from './corpus.ts';
import { cslItems } from './csl-json.ts';
import { csvRow, documentsCsv } from './csv.ts';
import { DOCUMENT_FORMATS } from './document-files.ts';
import { documentsJsonSchema, personsJsonSchema } from './json-schema.ts';
import { ris } from './ris.ts';
import { zipReadme } from './zip-readme.ts';

/** A file of `/data/`. */
export interface CorpusFile {
  /** The file name under `/data/`. */
  name: string;
  mime: string;
  /** The format's name for a reader. */
  format: string;
  /** What it holds, in Russian. */
  description: string;
  content: string | Uint8Array;
}

/** The name of the zip of all data. */
export const ZIP_NAME = 'politburo-trotsky-data.zip';

/** What the files are made from besides the entries. */
export interface CorpusFilesInput {
  entries: readonly CorpusEntry[];
  /** The ingest's JSON files by name (`documents.json` …), byte for byte, for the zip (a `StoredFile` is read a piece at a time when added). */
  json: Readonly<Record<string, string | Uint8Array | StoredFile>>;
  /**
   * A document's whole record, for its TEI in the zip: the entries may hold summaries only, and the
   * records are read one at a time, so that the zip never needs every text at once.
   */
  fullDocument: (entry: CorpusEntry) => Document | Promise<Document>;
  /** When the data were made (`report.json`'s `generated`): the CMIF's timestamp and the zip entries' time. */
  updated: string | null;
  address?: SiteAddress;
}

/** A corpus file without its content. */
export type CorpusFileInfo = Omit<CorpusFile, 'content'>;

/** A corpus file of text (all but the zip). */
export type CorpusTextFile = CorpusFileInfo & { content: string };

/** Where the zip goes, a piece at a time, in order (`CorpusFilesOut.zip`). */
export interface ZipOut {
  write(piece: Uint8Array): Promise<void>;
  /** The zip is whole: `names` are its entries' names, in order. */
  end(names: readonly string[]): Promise<void>;
  /** The zip will not be finished (a fault while the files were made): let go of what is held open. */
  abort(): Promise<void>;
}

/** Where the corpus files go as they are made (`writeCorpusFiles`). */
export interface CorpusFilesOut {
  /** A file made whole, with its bytes (UTF-8, as the zip holds them): both can be let go once this resolves. */
  file(file: CorpusTextFile, bytes: Uint8Array): Promise<void>;
  /** The zip, begun first and given a piece at a time as its entries are added. */
  zip(info: CorpusFileInfo): ZipOut;
}

/** The corpus files but the zip: what each is, and how it is made (when its turn comes). */
function corpusFileMakers(input: CorpusFilesInput): Array<CorpusFileInfo & { make: () => string }> {
  const { entries, address } = input;
  const records = entries.map((e) => e.record);
  const abs = (path: string) => absoluteUrl(path, address);
  return [
    {
      name: 'documents.csv',
      mime: 'text/csv; charset=utf-8',
      format: 'CSV (RFC 4180, UTF-8)',
      description: 'Таблица документов: номер, заголовок, даты (EDTF и как напечатана), вид, авторы, адресаты, архив, фонд, опись, дело, листы, страница, адрес.',
      make: () => documentsCsv(entries.map((e) => csvRow(e.record, e.doc.number, e.doc.page))),
    },
    {
      name: 'correspondence.cmif.xml',
      mime: 'application/xml; charset=utf-8',
      format: 'CMIF (TEI)',
      description: 'Переписка — письма, телеграммы, записки с автором и адресатом — в формате CMIF для correspSearch.',
      make: () => cmifXml(records, { fileUrl: abs(urls.data('correspondence.cmif.xml')), homeUrl: abs(urls.home()), updated: input.updated, contact: editionContact() }),
    },
    {
      name: 'documents.csl.json',
      mime: 'application/vnd.citationstyles.csl+json',
      format: 'CSL-JSON',
      description: 'Библиографические записи всех документов для Zotero и других менеджеров ссылок: подлинник и публикация.',
      make: () => `${JSON.stringify(records.flatMap(cslItems), null, 2)}\n`,
    },
    {
      name: 'documents.ris',
      mime: 'application/x-research-info-systems',
      format: 'RIS',
      description: 'Те же записи в RIS (по соглашению Zotero: архив в DB, шифр в AN, адресаты в A2).',
      make: () => records.map(ris).join('\r\n'),
    },
    {
      name: 'documents.bib',
      mime: 'application/x-bibtex; charset=utf-8',
      format: 'BibLaTeX',
      description: 'Те же записи в BibLaTeX (UTF-8, шифр в поле library).',
      make: () => records.map(biblatex).join('\n'),
    },
    {
      name: 'documents.schema.json',
      mime: 'application/schema+json',
      format: 'JSON Schema',
      description: 'Схема записей documents.json (JSON Schema 2020-12), порождённая из схем, которыми издание проверяет данные.',
      make: () => documentsJsonSchema(abs(urls.data('documents.schema.json'))),
    },
    {
      name: 'persons.schema.json',
      mime: 'application/schema+json',
      format: 'JSON Schema',
      description: 'Схема записей persons.json.',
      make: () => personsJsonSchema(abs(urls.data('persons.schema.json'))),
    },
  ];
}

/** What the zip is to a reader. */
const ZIP_INFO: CorpusFileInfo = {
  name: ZIP_NAME,
  mime: 'application/zip',
  format: 'ZIP',
  description: `Всё вместе: JSON, CSV, CMIF, CSL-JSON, RIS, BibLaTeX, схемы, TEI каждого документа (папка tei/) и README. ${EDITION.licence.name}.`,
};

/**
 * Makes the corpus files one at a time and gives each to `out` as soon as it is made (the zip last, a
 * piece at a time): each file is added to the zip and given away before the next is made, so a caller
 * that writes them out holds one file's content at a time and the zip's pieces only until written
 * (at ×100 the text files are 125 MB and the zip 300 MB: made together, and the zip joined into one
 * buffer beside its pieces, they were all held at once, beside the pages being built).
 */
export async function writeCorpusFiles(input: CorpusFilesInput, out: CorpusFilesOut): Promise<void> {
  const makers = corpusFileMakers(input);
  const zipOut = out.zip(ZIP_INFO);
  const zip = zipWriter(input, zipOut);
  try {
    await zip.add('README.md', zipReadme({ files: makers, jsonNames: Object.keys(input.json), documents: input.entries.length, updated: input.updated, address: input.address }));
    for (const [name, content] of Object.entries(input.json)) await zip.add(name, content);
    for (const { make, ...info } of makers) {
      const content = make();
      const bytes = strToU8(content);
      await zip.add(info.name, bytes);
      await out.file({ ...info, content }, bytes);
    }
    const tei = DOCUMENT_FORMATS.find((f) => f.extension === 'tei.xml')!;
    for (const e of input.entries) await zip.add(`tei/${e.doc.id}.xml`, tei.make(e.record, await input.fullDocument(e)));
    await zip.end();
  } catch (error) {
    await zipOut.abort().catch(() => {});
    throw error;
  }
}

/** The corpus files, the zip last, each with its whole content (the zip in one buffer). */
export async function corpusFiles(input: CorpusFilesInput): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  await writeCorpusFiles(input, {
    file: async (file) => {
      files.push(file);
    },
    zip: (info) => {
      const pieces: Uint8Array[] = [];
      return {
        write: async (piece) => {
          pieces.push(piece);
        },
        end: async () => {
          files.push({ ...info, content: joined(pieces) });
        },
        abort: async () => {},
      };
    },
  });
  return files;
}

/** Pieces of bytes as one buffer. */
function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const content = new Uint8Array(pieces.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of pieces) {
    content.set(c, at);
    at += c.length;
  }
  return content;
}

/**
 * The time written into each zip entry. The zip format stores a local date and time without a zone,
 * and fflate takes them from a Date's local fields: a Date whose local fields are the UTC fields of the
 * data's date gives the same bytes in every time zone. Without a date, the format's own epoch (1980).
 */
export function zipTime(updated: string | null): Date {
  const utc = new Date(updated ?? '1980-01-01T00:00:00Z');
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

/** How many entries are compressed at once, in Node's thread pool, while the next ones are made. */
const ZIP_WINDOW = 8;
const deflate = promisify(deflateRaw);

/** An entry's bytes deflated, in the pieces zlib gave them, with its size and CRC-32. */
interface Deflated {
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>[];
}

/** Bytes at hand, deflated at once (level 9). */
async function deflateBytes(bytes: Uint8Array): Promise<Deflated> {
  const out = await deflate(bytes, { level: 9 });
  return { size: bytes.length, crc: crc32(bytes), deflated: [new Uint8Array(out.buffer, out.byteOffset, out.byteLength) as Uint8Array<ArrayBuffer>] };
}

/**
 * Bytes read a piece at a time (a data file: the corpus's `documents.json`, 727 MB at ×100, was read whole
 * for the zip), deflated as they come: the same bytes as `deflateBytes` makes of them whole, since zlib
 * emits nothing that depends on how its input was handed to it until it is told to finish.
 */
async function deflatePieces(pieces: AsyncIterable<Uint8Array>): Promise<Deflated> {
  const zlib = createDeflateRaw({ level: 9 });
  const deflated: Uint8Array<ArrayBuffer>[] = [];
  zlib.on('data', (chunk: Buffer) => deflated.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) as Uint8Array<ArrayBuffer>));
  const ended = once(zlib, 'end');
  // A fault of zlib's while the pieces are written is thrown by the write that meets it; `ended` then waits unheard.
  ended.catch(() => {});
  let size = 0;
  let crc = 0;
  for await (const piece of pieces) {
    size += piece.length;
    crc = crc32(piece, crc);
    if (!zlib.write(piece)) await once(zlib, 'drain');
  }
  zlib.end();
  await ended;
  return { size, crc, deflated };
}

/**
 * The zip: the README, the ingest's JSON, the other corpus files and every document's TEI under `tei/`,
 * added entry by entry (`add`), each document's record read only while its TEI is made. Each entry is
 * deflated (level 9) by Node's zlib in its thread pool, a few at a time, so the compression uses every
 * core while the entries are made; fflate writes the container around the deflated bytes, in the order
 * the entries were given, and its bytes go to `out` as they come, so the zip is never held whole.
 */
function zipWriter(input: CorpusFilesInput, out: ZipOut): { add(name: string, content: string | Uint8Array | StoredFile): Promise<void>; end(): Promise<void> } {
  const mtime = zipTime(input.updated);
  const names: string[] = [];
  let pieces: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else pieces.push(chunk);
  });
  /** What fflate has given so far (an entry's header, bytes and descriptor), written out in order, at once. */
  const flush = async () => {
    if (failed) throw failed;
    const ready = pieces;
    pieces = [];
    if (ready.length > 0) await out.write(ready.length === 1 ? ready[0]! : joined(ready));
  };
  const compressing: Promise<ZipInputFile & Deflated>[] = [];
  const put = async ({ deflated, ...entry }: ZipInputFile & Deflated) => {
    // fflate keeps every entry it is given until the zip ends (for the zip's directory): it gets the
    // entry without its bytes, which go out as they come. Kept with their entries, the bytes stayed to
    // the zip's end (the pages' build's buffers reached 1,188 MB at ×100 with them, 512 MB without).
    zip.add(entry);
    const last = deflated.length - 1;
    if (last < 0) entry.ondata!(null, new Uint8Array(0), true);
    deflated.forEach((piece, i) => entry.ondata!(null, piece, i === last));
    await flush();
  };
  return {
    async add(name, content) {
      names.push(name);
      const made = typeof content === 'string' ? deflateBytes(strToU8(content)) : content instanceof Uint8Array ? deflateBytes(content) : deflatePieces(content.chunks());
      compressing.push(made.then((d) => ({ filename: name, compression: 8, mtime, ...d })));
      if (compressing.length >= ZIP_WINDOW) await put(await compressing.shift()!);
    },
    async end() {
      while (compressing.length > 0) await put(await compressing.shift()!);
      zip.end();
      await flush();
      await out.end(names);
    },
  };
}
