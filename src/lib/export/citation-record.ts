/**
 * The one typed record every citation and export of a document is made from: the three objects a
 * reader cites — the archival original (archive, fond, opis, delo, sheets), its printed publication
 * (the collection, the document's number and pages, or the periodical), and the edition's web page —
 * with the parties and the date. ГОСТ strings, Chicago, CSL-JSON, RIS, BibLaTeX, TEI, CMIF and CSV
 * all read this record, so the archive reference or the page range is computed once. Pure.
 */
import type { Document, DocumentSummary, Person, Source } from '../../schemas/index.ts';
import { dateText } from '../edtf/label.ts';
import { absoluteUrl, type SiteAddress } from '../ids/site-address.ts';
import { urls } from '../ids/urls.ts';
import { splitName } from '../lang/names.ts';

/** An author or addressee. */
export interface Party {
  /** The edition's form: `Троцкий Л. Д.`, `Политбюро ЦК ВКП(б)`. */
  name: string;
  id: string;
  /** An institution or body rather than a person. */
  body: boolean;
  /** For a person named `Фамилия И. О.`: `Троцкий` and `Л. Д.`; `null` for a body or a bare surname. */
  family: string | null;
  given: string | null;
  /** The form the title prints: `Л. Д. Троцкого`. */
  printed: string;
  /** The absolute URL of the party's page in the edition. */
  url: string;
}

/** An archive the legends name, with what a citation or a TEI `msIdentifier` needs besides its abbreviation. */
export interface ArchiveInfo {
  name: string;
  settlement: string;
  country: string;
}

/** The archives of the legends, by the abbreviation they print. */
const ARCHIVES: Readonly<Record<string, ArchiveInfo>> = {
  РГАНИ: { name: 'Российский государственный архив новейшей истории', settlement: 'Москва', country: 'Россия' },
  РГАСПИ: { name: 'Российский государственный архив социально-политической истории', settlement: 'Москва', country: 'Россия' },
};

/** The archival original, from the legend. */
export interface ArchivalOriginal {
  /** The abbreviation as printed: `РГАНИ`. */
  archive: string;
  /** Full name, place and country when the archive is known to {@link ARCHIVES}. */
  info: ArchiveInfo | null;
  fond: string | null;
  opis: string | null;
  delo: string | null;
  /** As printed, normalised by the ingest: `50–53`, `101 об.`, `83, 88–88 об.`. */
  sheets: string | null;
  /** The location inside the archive: `Ф. 3. Оп. 62. Д. 182. Л. 50–53` (plain spaces). */
  location: string;
  /** `Подлинник`, `Копия`, … */
  authenticity: string | null;
  /** `Машинопись`, `Рукопись`, … */
  method: string | null;
  /** The legend as printed. */
  legend: string;
}

/**
 * The pages of the printed collection a document occupies (`page`, `pageEnd` of its record): first and
 * last, equal for a document on one page; `reckoned` when they are counted from the page numbers that
 * survive rather than printed on those pages.
 */
export interface PageRange {
  first: number;
  last: number;
  reckoned: boolean;
}

/** The pages of a document's record, or `null` when its source gives none. */
export function pageRange(doc: Pick<Document, 'page' | 'pageEnd' | 'pageReckoned'>): PageRange | null {
  return doc.page === null ? null : { first: doc.page, last: doc.pageEnd ?? doc.page, reckoned: doc.pageReckoned };
}

/** The printed publication the edition's text comes from. */
export interface PrintedItem {
  source: Source;
  /** The document's number in a collection; `null` for a source that is one text. */
  number: number | null;
  /** The pages of the collection it occupies, when known. */
  pages: PageRange | null;
}

export interface CitationRecord {
  id: string;
  /** The title as the edition shows it (a supplied title in square brackets). */
  title: string;
  titleSupplied: boolean;
  /** The genre in the nominative, lower case as the records keep it: `письмо`. */
  genre: string | null;
  /**
   * A message from a sender to an addressee (a letter, telegram, memo or statement addressed to
   * someone): a `letter` item for Zotero, a `correspDesc` in TEI, an entry of the CMIF.
   */
  correspondence: boolean;
  authors: Party[];
  addressees: Party[];
  date: {
    edtf: string | null;
    /** As printed (empty when undated). */
    printed: string;
    /** For a reader, in Russian: `1 февраля 1923 г.`, `без даты`. */
    label: string;
  };
  place: string | null;
  original: ArchivalOriginal | null;
  printed: PrintedItem;
  /** Root-relative path of the page (`/documents/pt-001/`) and its absolute URL. */
  path: string;
  url: string;
}

/** What a record is made from besides the document: its source, the persons index, the site's address. */
export interface CitationContext {
  source: Source;
  /** Persons and bodies by id (from `persons.json`): whether a party is a body. */
  persons: ReadonlyMap<string, Pick<Person, 'kind'>>;
  address?: SiteAddress;
}

/**
 * Genres of a message sent by someone to someone: letters, telegrams and ciphered telegrams, memos
 * and statements addressed to a body. Protocols and their extracts, resolutions, reports without an
 * addressee, speeches, articles and exchanges of several letters (`переписка`) are not.
 */
export const CORRESPONDENCE_GENRES: ReadonlySet<string> = new Set([
  'письмо',
  'расшифрованное письмо',
  'телеграмма',
  'шифртелеграмма',
  'шифровка',
  'записка',
  'докладная записка',
  'информационное сообщение',
  'заявление',
  'донесение',
  'меморандум',
]);

/** A person's name as family name and initials (`Троцкий Л. Д.`); `null` when it is not of that form. */
const PERSON_NAME = /^(\S+) ((?:\p{Lu}\.\s?)+)$/u;

function party(ref: Document['authors'][number], context: CitationContext): Party {
  // A group (`немецкие коммунисты`) is cited as a body is: by its name as it stands, never split into family and given names.
  const body = (context.persons.get(ref.id)?.kind ?? 'person') !== 'person';
  const person = body ? null : PERSON_NAME.exec(ref.name);
  const { surname, initials } = splitName(ref.name);
  return {
    name: ref.name,
    id: ref.id,
    body,
    family: person ? surname : body ? null : ref.name,
    given: person ? initials : null,
    printed: ref.printed,
    url: absoluteUrl(urls.person(ref.id), context.address),
  };
}

/** `Ф. 3. Оп. 62. Д. 182. Л. 50–53`, the levels the legend gives. */
export function archiveLocation(legend: Pick<ArchivalOriginal, 'fond' | 'opis' | 'delo' | 'sheets'>, space = ' '): string {
  return [
    legend.fond && `Ф.${space}${legend.fond}`,
    legend.opis && `Оп.${space}${legend.opis}`,
    legend.delo && `Д.${space}${legend.delo}`,
    legend.sheets && `Л.${space}${legend.sheets}`,
  ]
    .filter(Boolean)
    .join('. ');
}

function original(legend: Document['legend']): ArchivalOriginal | null {
  if (!legend?.archive) return null;
  const parts = { fond: legend.fond, opis: legend.opis, delo: legend.delo, sheets: legend.sheets };
  return {
    archive: legend.archive,
    info: ARCHIVES[legend.archive] ?? null,
    ...parts,
    location: archiveLocation(parts),
    authenticity: legend.authenticity,
    method: legend.method,
    legend: legend.text,
  };
}

/** The title as shown: a title the edition supplied stands in square brackets. */
export function shownTitle(doc: Pick<Document, 'title' | 'titleSupplied'>): string {
  return doc.titleSupplied && !doc.title.startsWith('[') ? `[${doc.title}]` : doc.title;
}

/** The citation record of `doc`. */
export function citationRecord(doc: DocumentSummary, context: CitationContext): CitationRecord {
  return {
    id: doc.id,
    title: shownTitle(doc),
    titleSupplied: doc.titleSupplied,
    genre: doc.genre,
    correspondence: doc.genre !== null && CORRESPONDENCE_GENRES.has(doc.genre),
    authors: doc.authors.map((a) => party(a, context)),
    addressees: doc.addressees.map((a) => party(a, context)),
    date: { edtf: doc.date.edtf, printed: doc.date.text, label: dateText(doc.date.edtf) },
    place: doc.place,
    original: original(doc.legend),
    printed: {
      source: context.source,
      // Only the collection numbers its documents; the book prints its program texts unnumbered.
      number: context.source.kind === 'document-collection' ? doc.number : null,
      pages: pageRange(doc),
    },
    path: doc.url,
    url: absoluteUrl(doc.url, context.address),
  };
}

/**
 * A sidecar's author or compiler as family name and initials (`Мозохин О. Б.`), or `null` for a body
 * (`Интернациональное коммунистическое течение`), which the formats write whole.
 */
export function sourcePersonName(name: string): { family: string; given: string } | null {
  const m = /^(\S+) ((?:\p{Lu}\.\s?)+)$/u.exec(name);
  return m ? { family: m[1]!, given: m[2]!.trim() } : null;
}
