/**
 * What the data page (`/data/`) shows: every download with its format, size, licence and the first
 * lines of what it holds, and the files published beside each document. The page only renders this
 * (`src/pages/data/index.astro`); tests/site-data-page-view.test.ts checks it. Pure.
 */
import { unzipSync } from 'fflate';
import { urls } from '../ids/urls.ts';
import type { CorpusEntry } from '../export/corpus.ts';
import type { Document } from '../../schemas/index.ts';
import type { StoredFile } from '../render/data-dir.ts';
import type { CorpusSamples, StoredCorpusFile } from '../export/stored-files.ts';
import type { CorpusFile } from '../export/corpus-files.ts';
import { DOCUMENT_FORMATS } from '../export/document-files.ts';
import { JSON_DESCRIPTIONS } from '../export/zip-readme.ts';
import { countDocuments, plural } from '../lang/plural.ts';
import { EDITION } from './identity.ts';

/** A download of the page. */
export interface DownloadView {
  name: string;
  href: string;
  format: string;
  /** `19,3 КБ`. */
  size: string;
  licence: string;
  description: string;
  /** The first lines, cut to a width; for the zip, the files it holds. */
  sample: string;
}

export interface DataPageView {
  title: string;
  description: string;
  licence: { name: string; url: string; statement: string };
  corpus: DownloadView[];
  /** The formats of every document, with the files of one document as the example. */
  perDocument: { example: { id: string; href: string }; formats: DownloadView[] };
}

const NB = '\u00a0';

/** A size as a reader reads it: `812 Б`, `19,3 КБ`, `7,2 МБ` (binary multiples, decimal comma). */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes}${NB}Б`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'КБ'] : [bytes / 1024 / 1024, 'МБ'];
  return `${value.toFixed(1).replace('.', ',')}${NB}${unit}`;
}

/** How much of a data file the sample reads: more than `sampleOf`'s lines can take. */
/** The first bytes of a file that its sample on the data page is taken from. */
export const SAMPLE_BYTES = 16 * 1024;

/** The first `lines` lines of a text, each cut at `width` characters. */
export function sampleOf(text: string, lines = 6, width = 96): string {
  const all = text.split(/\r?\n/);
  const shown = all.slice(0, lines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  return [...shown, ...(all.length > lines && all.slice(lines).some((l) => l !== '') ? ['…'] : [])].join('\n');
}

/** The names of the files a zip holds, without decompressing them. */
function zipListing(zip: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(zip, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

/** What the data page shows of a corpus file: its first lines, or the files a zip holds. */
export const corpusSample = (content: string | Uint8Array): string => (typeof content === 'string' ? sampleOf(content) : zipSample(zipListing(content)));

/** The samples of the corpus files as the build stores them, a file at a time (src/lib/export/stored-files.ts). */
export const corpusSamples: CorpusSamples = { text: (content) => sampleOf(content), zip: zipSample };

/** What the data page shows of a zip: the files it holds, by their names. */
function zipSample(names: readonly string[]): string {
  const tei = names.filter((n) => n.startsWith('tei/') && !n.endsWith('/')).map((n) => n.slice('tei/'.length));
  const other = names.filter((n) => !n.startsWith('tei/'));
  return [...other, `tei/ — ${tei.length} ${plural(tei.length, ['файл', 'файла', 'файлов'])}: ${tei.slice(0, 3).join(', ')}, …`].join('\n');
}

const bytesOf = (content: string | Uint8Array): number => (typeof content === 'string' ? new TextEncoder().encode(content).length : content.length);

/** A JSON file's size and its first bytes (all of it, or as the build keeps it: `StoredFile`). */
const jsonParts = (content: string | Uint8Array | StoredFile): { size: number; head: string | Uint8Array } =>
  typeof content === 'string' || content instanceof Uint8Array ? { size: bytesOf(content), head: content } : { size: content.size, head: content.head };

/** The data page from the corpus files, the ingest's JSON (by name) and one document whose files stand as the example. */
export function dataPageView(input: {
  files: readonly (CorpusFile | StoredCorpusFile)[];
  json: Readonly<Record<string, string | Uint8Array | StoredFile>>;
  example: CorpusEntry<Document>;
  documents: number;
}): DataPageView {
  const licence = EDITION.licence.name;
  const json: DownloadView[] = Object.entries(input.json).map(([name, content]) => {
    const { size, head } = jsonParts(content);
    return {
      name,
      href: urls.data(name),
      format: 'JSON',
      size: sizeLabel(size),
      licence,
      description: `${(JSON_DESCRIPTIONS[name] ?? 'данные издания').replace(/^./, (c) => c.toUpperCase())}.`,
      // The sample needs the first lines only: a corpus's file may be longer than a string can be.
      sample: sampleOf(typeof head === 'string' ? head : new TextDecoder().decode(head.subarray(0, SAMPLE_BYTES), { stream: true })),
    };
  });
  const corpus: DownloadView[] = input.files.map((f) => ({
    name: f.name,
    href: urls.data(f.name),
    format: f.format,
    size: sizeLabel('content' in f ? bytesOf(f.content) : f.size),
    licence,
    description: f.description,
    sample: 'content' in f ? corpusSample(f.content) : f.sample,
  }));
  const { record, doc } = input.example;
  const formats = DOCUMENT_FORMATS.map((format) => {
    const text = format.make(record, doc);
    const href = urls.documentFile(doc.id, format.extension);
    return { name: href.split('/').pop()!, href, format: format.label, size: sizeLabel(bytesOf(text)), licence, description: format.description, sample: sampleOf(text) };
  });
  return {
    title: 'Данные',
    description: `Данные издания для загрузки: ${countDocuments(input.documents)} в JSON, CSV, TEI, CMIF, CSL-JSON, RIS и BibLaTeX, со схемами и архивом всех файлов.`,
    licence: { name: licence, url: EDITION.licence.url, statement: EDITION.licence.statement },
    corpus: [...json, ...corpus],
    perDocument: { example: { id: doc.id, href: urls.document(doc.id) }, formats },
  };
}
