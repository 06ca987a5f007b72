/**
 * The edition's URL scheme, in one place. URLs are derived from stable values (ids, archive
 * references, dates), never from array order, so a parser change does not move a page.
 *
 * | page | URL |
 * | --- | --- |
 * | home | `/` |
 * | document | `/documents/pt-001/` (the record's `url`) |
 * | a document's citation and text files | `/documents/pt-001/pt-001.csl.json`, `.ris`, `.bib`, `.tei.xml` |
 * | all documents | `/documents/`, from the second page of 100 on `/documents/page/2/` (`listPage`) |
 * | studies | `/studies/`, `/studies/lk-preface/` (the record's `url`) |
 * | by date | `/dates/`, `/dates/1923/`, `/dates/1923-02/`, undated: `/dates/undated/` |
 * | persons and bodies | `/persons/` (past 100 names `/persons/page/2/` …), `/persons/trockiy-l-d/` |
 * | archive | `/archive/`, `/archive/rgaspi/`, `/archive/rgaspi/17/`, `/archive/rgaspi/17/171/`, `/archive/rgaspi/17/171/25/` |
 * | genres | `/genres/`, `/genres/pismo/` |
 * | sources | `/sources/`, `/sources/politburo-i-trotsky-1923-1932/` |
 * | about, editorial principles | `/about/` |
 * | search | `/search/` |
 * | data | `/data/` (the downloads), `/data/documents.json`, `/data/persons.json`, `/data/report.json`, `/data/sources.json`, `/data/documents.csv`, `/data/correspondence.cmif.xml`, … |
 */
import { archiveSegment, genreSegment } from './ids.ts';

export const urls = {
  home: (): string => '/',
  documents: (): string => '/documents/',
  /**
   * Page `n` of a long list (`list` is the list's URL): the first page is the list itself, the others
   * `page/N/` under it — `/documents/page/2/`. `page` is never a document id (`siglum-number`) or any
   * other segment the edition makes, so the two never meet.
   */
  listPage: (list: string, n: number): string => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`no page ${n} of ${list}`);
    return n === 1 ? list : `${list}page/${n}/`;
  },
  document: (id: string): string => `/documents/${id}/`,
  /** A file of a document beside its page, named by the id so a download keeps it: `/documents/pt-001/pt-001.ris`. */
  documentFile: (id: string, extension: string): string => `/documents/${id}/${id}.${extension}`,
  studies: (): string => '/studies/',
  study: (id: string): string => `/studies/${id}/`,
  dates: (): string => '/dates/',
  year: (year: number | string): string => `/dates/${year}/`,
  month: (yearMonth: string): string => `/dates/${yearMonth}/`,
  undated: (): string => '/dates/undated/',
  persons: (): string => '/persons/',
  person: (id: string): string => `/persons/${id}/`,
  archives: (): string => '/archive/',
  archive: (archive: string): string => `/archive/${archiveSegment(archive)}/`,
  fond: (archive: string, fond: string): string => `/archive/${archiveSegment(archive)}/${archiveSegment(fond)}/`,
  opis: (archive: string, fond: string, opis: string): string =>
    `/archive/${archiveSegment(archive)}/${archiveSegment(fond)}/${archiveSegment(opis)}/`,
  delo: (archive: string, fond: string, opis: string, delo: string): string =>
    `/archive/${archiveSegment(archive)}/${archiveSegment(fond)}/${archiveSegment(opis)}/${archiveSegment(delo)}/`,
  genres: (): string => '/genres/',
  genre: (genre: string): string => `/genres/${genreSegment(genre)}/`,
  sources: (): string => '/sources/',
  source: (id: string): string => `/sources/${id}/`,
  about: (): string => '/about/',
  search: (): string => '/search/',
  dataPage: (): string => '/data/',
  data: (file: string): string => `/data/${file}`,
};
