/**
 * The files published beside each document's page (`/documents/pt-001/pt-001.ris` …): which
 * formats, their extensions and MIME types (for the endpoints, the `<link rel="alternate">` of the
 * page and the data page), and what each holds. One list, so the endpoints, the page and the tests
 * cannot disagree on a format.
 */
import type { Document } from '../../schemas/index.ts';
import { urls } from '../ids/urls.ts';
import { biblatex } from './biblatex.ts';
import type { CitationRecord } from './citation-record.ts';
import { cslJson } from './csl-json.ts';
import { ris } from './ris.ts';
import { teiXml } from './tei.ts';

export interface DocumentFormat {
  /** The file's extension after the id: `pt-001.csl.json`. */
  extension: string;
  /** The MIME type the `<link rel="alternate">` announces. */
  mime: string;
  /** The format's name for a reader. */
  label: string;
  /** What it is for, in Russian. */
  description: string;
  /** The file of a document. */
  make: (record: CitationRecord, doc: Document) => string;
}

export const DOCUMENT_FORMATS = [
  {
    extension: 'csl.json',
    mime: 'application/vnd.citationstyles.csl+json',
    label: 'CSL-JSON',
    description: 'для Zotero, Pandoc и citeproc: подлинник (архив, шифр, адресаты, дата) и публикация в сборнике',
    make: (r) => cslJson(r),
  },
  {
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    label: 'RIS',
    description: 'для Zotero, EndNote, Mendeley: архив в DB, шифр в AN, адресаты в A2',
    make: (r) => ris(r),
  },
  {
    extension: 'bib',
    mime: 'application/x-bibtex',
    label: 'BibLaTeX',
    description: 'для biber (UTF-8, кириллица сохранена): шифр в поле library',
    make: (r) => biblatex(r),
  },
  {
    extension: 'tei.xml',
    mime: 'application/tei+xml',
    label: 'TEI P5',
    description: 'текст с примечаниями и исправлениями издания, архивное описание (msDesc), корреспонденция (correspDesc)',
    make: (r, doc) => teiXml(r, doc),
  },
] as const satisfies readonly DocumentFormat[];

/** A document's file of a format: its URL (root-relative) and the format. */
export function documentFiles(id: string): { url: string; format: DocumentFormat }[] {
  return DOCUMENT_FORMATS.map((format) => ({ url: urls.documentFile(id, format.extension), format }));
}
