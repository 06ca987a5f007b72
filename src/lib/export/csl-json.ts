/**
 * CSL-JSON (`application/vnd.citationstyles.csl+json`), the citation data Zotero, citeproc and
 * Pandoc read. An archival document gives two items, because a reader cites either:
 *
 * - the original: `personal_communication` (Zotero's `letter`) for a message with an addressee, else
 *   `manuscript`; with `archive`, `archive-place`, `archive_location`, `recipient`, `genre`, the date
 *   (`date-parts`, `circa` when approximate) and the edition's page as `URL`;
 * - its printed publication: a `chapter` of the collection with `container-title`, the compiler
 *   (`compiler`, not `editor`, which APA would print twice), `publisher`, `publisher-place`,
 *   `issued`, `page`, `chapter-number` (the document's number) and the original's date as `original-date`.
 *
 * A text known from print only (the 1931 platform) is the printed item alone: an article of the
 * periodical. «Подлинник. Машинопись» goes in `note`, not `medium` (APA prints `medium` twice).
 * Keys follow the CSL 1.0.2 schema (`csl-data.json`).
 */
import { EDITION } from '../site/identity.ts';
import { capitalise } from '../lang/capitalise.ts';
import { sourcePersonName, type CitationRecord, type Party } from './citation-record.ts';
import { cslDate, type CslDate } from './dates.ts';
import { publishedIn } from './gost.ts';

/** A CSL name: family and given for a person, `literal` for a body or a name of another form. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL-JSON item: the variables this edition writes. */
export interface CslItem {
  id: string;
  type: 'personal_communication' | 'manuscript' | 'chapter' | 'article-journal';
  language: string;
  title: string;
  author?: CslName[];
  recipient?: CslName[];
  compiler?: CslName[];
  editor?: CslName[];
  'container-author'?: CslName[];
  issued?: CslDate;
  'original-date'?: CslDate;
  genre?: string;
  archive?: string;
  'archive-place'?: string;
  archive_location?: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  page?: string;
  'chapter-number'?: string;
  issue?: string;
  URL?: string;
  note?: string;
  source?: string;
}

/** A party as a CSL name. */
function cslName(p: Party): CslName {
  return p.family ? { family: p.family, ...(p.given ? { given: p.given } : {}) } : { literal: p.name };
}

/** `Мозохин О. Б.` of a sidecar as a CSL name. */
function sourcePerson(name: string): CslName {
  return sourcePersonName(name) ?? { literal: name };
}

const names = (list: readonly Party[]): CslName[] | undefined => (list.length > 0 ? list.map(cslName) : undefined);

/** An item whose optional variables may be given as `undefined` (not known). */
type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops the variables whose value is `undefined`, so the JSON holds only what is known. */
function defined(item: Loose<CslItem>): CslItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as unknown as CslItem;
}

/** The printed item: a chapter of the collection, or an article of the periodical for a text printed there. */
function printedItem(record: CitationRecord, id: string): CslItem {
  const { source, number, pages } = record.printed;
  const date = cslDate(record.date.edtf);
  const issued = source.issued && /^\d{4}$/.test(source.issued) ? { 'date-parts': [[Number(source.issued)]] } : undefined;
  if (source.containerTitle) {
    return defined({
      id,
      type: 'article-journal',
      language: EDITION.language,
      title: record.title,
      author: names(record.authors),
      'container-title': source.containerTitle,
      issue: source.issue ?? undefined,
      issued,
      genre: record.genre ? capitalise(record.genre) : undefined,
      URL: record.url,
      source: EDITION.title,
    });
  }
  const people = source.authors.map(sourcePerson);
  return defined({
    id,
    type: 'chapter',
    language: EDITION.language,
    title: record.title,
    // A text printed only in the book (a program text) is its author's chapter, with the page's URL.
    author: record.original ? undefined : names(record.authors),
    'container-title': source.title,
    'container-author': source.authorRole === 'author' ? people : undefined,
    compiler: source.authorRole === 'compiler' ? people : undefined,
    editor: source.authorRole === 'editor' ? people : undefined,
    publisher: source.publisher ?? undefined,
    'publisher-place': source.place ?? undefined,
    issued,
    'original-date': date,
    page: pages ? (pages.first === pages.last ? `${pages.first}` : `${pages.first}–${pages.last}`) : undefined,
    'chapter-number': number !== null ? String(number) : undefined,
    archive: record.original?.archive,
    archive_location: record.original?.location,
    URL: record.original ? undefined : record.url,
  });
}

/**
 * The CSL-JSON items of a document: the original and the printed item (`<id>` and `<id>-print`), or
 * the printed item alone (`<id>`) for a text without an archival original.
 */
export function cslItems(record: CitationRecord): CslItem[] {
  const original = record.original;
  if (!original) return [printedItem(record, record.id)];
  const notes = [original.authenticity, original.method].filter(Boolean).map((n) => `${capitalise(n!)}.`);
  return [
    defined({
      id: record.id,
      type: record.correspondence ? 'personal_communication' : 'manuscript',
      language: EDITION.language,
      title: record.title,
      author: names(record.authors),
      recipient: names(record.addressees),
      issued: cslDate(record.date.edtf),
      genre: record.genre ? capitalise(record.genre) : undefined,
      archive: original.archive,
      'archive-place': original.info?.settlement,
      archive_location: original.location,
      URL: record.url,
      note: [...notes, `Опубл.: ${publishedIn(record.printed)}`].join(' ').replace(/\u00a0/g, ' '),
      source: EDITION.title,
    }),
    printedItem(record, `${record.id}-print`),
  ];
}

/** The file a document's CSL-JSON download holds: the items as a JSON array, two-space indented. */
export function cslJson(record: CitationRecord): string {
  return `${JSON.stringify(cslItems(record), null, 2)}\n`;
}
