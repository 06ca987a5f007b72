/**
 * The «Как цитировать» block of a document's page and what its `<head>` tells Zotero and search
 * engines, computed from the document's citation record (src/lib/export/citation-record.ts), so
 * the page, the export files and the tests cite one and the same thing. Pure; the page renders it.
 *
 * The head follows what Zotero's Embedded Metadata translator reads (research note §2.3, §7.5): the
 * item type from `z.itemType` (`letter` for correspondence, else `manuscript`), the archive from
 * `z.archive`, the location in it from `DC.coverage`; no `citation_*` tag, since Highwire creators
 * replace the recipients and a `citation_*_title` overrides the item type, and no `og:type`
 * (`website` would make a web page of it). The JSON-LD is schema.org's `ArchiveComponent` (§7.6).
 */
import { ACCESS_DATE_PLACEHOLDER, gostArchival, gostPassage, gostPrinted, gostWeb, imprintNotes } from '../export/gost.ts';
import { chicagoNote } from '../export/chicago.ts';
import type { CitationRecord } from '../export/citation-record.ts';
import { documentFiles } from '../export/document-files.ts';
import { urls } from '../ids/urls.ts';
import { htmlDatetime } from '../edtf/label.ts';
import { EDITION } from './identity.ts';
import { capitalise } from '../lang/capitalise.ts';

/** One citation form with its copy button. */
export interface CitationForm {
  /** The element id the copy button names (`cite-archival`). */
  id: string;
  /** `Архивный подлинник (ГОСТ Р 7.0.5-2008)`. */
  label: string;
  text: string;
}

/** The web page's citation split around the access date, which the page script fills in. */
export interface WebCitation extends CitationForm {
  before: string;
  /** The placeholder shown without JavaScript: `ДД.ММ.ГГГГ`. */
  placeholder: string;
  after: string;
}

/** A file beside the page: for the download list and `<link rel="alternate">`. */
export interface DownloadLink {
  href: string;
  mime: string;
  label: string;
  description: string;
  /** The file's name, for the `download` attribute. */
  name: string;
}

/** A `<meta name content>` of the head. */
export interface MetaTag {
  name: string;
  content: string;
}

export interface CitationView {
  archival: CitationForm | null;
  printed: CitationForm;
  web: WebCitation;
  chicago: CitationForm;
  /**
   * A passage's citation around its anchor (`gostPassage`), for the page script to put together when a
   * reader cites a paragraph: the article carries it once, as `data-passage-before` and `-after`.
   */
  passage: { before: string; after: string };
  /** What a bracketed abbreviation of the imprint stands for and why it is there: `[Б. м.] — без места …`. */
  imprint: string[];
  downloads: DownloadLink[];
  /** Dublin Core and Zotero tags, in order. */
  meta: MetaTag[];
  /** The schema.org JSON-LD, serialised and safe inside `<script type="application/ld+json">`. */
  jsonLd: string;
}

/** A name `Фамилия И. О.` as Zotero and DC write creators: `Фамилия, И. О.`. */
const inverted = (p: CitationRecord['authors'][number]): string => (p.family && p.given ? `${p.family}, ${p.given}` : p.name);

/** The Dublin Core and Zotero tags of the head (research note §5.2, §7.5). */
function headMeta(record: CitationRecord): MetaTag[] {
  const original = record.original;
  const date = htmlDatetime(record.date.edtf);
  const tags: (MetaTag | null)[] = [
    { name: 'z.itemType', content: record.correspondence ? 'letter' : 'manuscript' },
    { name: 'DC.title', content: record.title },
    ...record.authors.map((a) => ({ name: 'DC.creator', content: inverted(a) })),
    date ? { name: 'DC.date', content: date } : null,
    // Zotero writes DC.type into the letter's or manuscript's Type; a Zotero type name here would repeat `letter`.
    record.genre ? { name: 'DC.type', content: capitalise(record.genre) } : null,
    { name: 'DC.language', content: 'ru' },
    // The legend in the punctuation of the search data (the printed legend may lack a stop: `Л. 50–53 Подлинник`).
    original ? { name: 'DC.source', content: [`${original.archive}. ${original.location}`, original.authenticity, original.method].filter(Boolean).join('. ') } : null,
    original?.location ? { name: 'DC.coverage', content: original.location } : null,
    original ? { name: 'z.archive', content: original.archive } : null,
    { name: 'DC.identifier', content: record.url },
    { name: 'DC.relation', content: gostPrinted(record) },
  ];
  return tags.filter((t): t is MetaTag => t !== null);
}

/**
 * A path of the edition at the record's own address (the record's URL without its path), so the
 * graph agrees with the record's URLs whatever address the record was made at.
 */
function at(record: CitationRecord, path: string): string {
  return `${record.url.slice(0, record.url.length - record.path.length)}${path}`;
}

/** The schema.org graph: the document as `ArchiveComponent` (and `Message` when it is one), its page and its book. */
export function jsonLd(record: CitationRecord): Record<string, unknown> {
  const original = record.original;
  const person = (p: CitationRecord['authors'][number]) => ({ '@type': p.body ? 'Organization' : 'Person', '@id': `${p.url}#person`, name: p.name, url: p.url });
  const book = `${at(record, urls.source(record.printed.source.id))}#source`;
  // schema.org dates are ISO 8601: a plain day, month or year; an approximate date or a range keeps only its EDTF.
  const date = htmlDatetime(record.date.edtf);
  const item: Record<string, unknown> = {
    '@type': record.correspondence ? ['Message', 'ArchiveComponent'] : ['CreativeWork', 'ArchiveComponent'],
    '@id': `${record.url}#document`,
    name: record.title,
    inLanguage: 'ru',
    ...(record.genre ? { genre: record.genre } : {}),
    ...(record.authors.length > 0 ? { author: record.authors.map(person) } : {}),
    // `recipient` is a property of Message, not of CreativeWork.
    ...(record.correspondence && record.addressees.length > 0 ? { recipient: record.addressees.map(person) } : {}),
    ...(date ? { dateCreated: date } : {}),
    ...(record.date.edtf ? { temporalCoverage: record.date.edtf } : {}),
    ...(original
      ? {
          holdingArchive: {
            '@type': 'ArchiveOrganization',
            name: original.info?.name ?? original.archive,
            alternateName: original.archive,
            ...(original.info ? { address: { '@type': 'PostalAddress', addressLocality: original.info.settlement, addressCountry: 'RU' } } : {}),
          },
          itemLocation: original.location,
          identifier: { '@type': 'PropertyValue', propertyID: 'archival-reference', value: `${original.archive}. ${original.location}` },
        }
      : {}),
    subjectOf: { '@id': record.url },
    isPartOf: { '@id': book },
  };
  const source = record.printed.source;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': record.url, url: record.url, name: record.title, inLanguage: 'ru', mainEntity: { '@id': `${record.url}#document` }, isPartOf: { '@type': 'WebSite', name: EDITION.title, url: at(record, urls.home()) } },
      item,
      { '@type': source.containerTitle ? 'PublicationIssue' : 'Book', '@id': book, name: source.containerTitle ?? source.title, ...(source.authors.length > 0 && source.authorRole !== 'author' ? { editor: source.authors.map((name) => ({ '@type': 'Person', name })) } : {}), ...(source.issued ? { datePublished: source.issued } : {}) },
    ],
  };
}

/** JSON for a `<script>` element: `<` escaped, so no `</script>` can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** What the page shows to cite `record`, and what its head carries. */
export function citationView(record: CitationRecord): CitationView {
  const archival = gostArchival(record);
  const web = gostWeb(record);
  const cut = web.lastIndexOf(ACCESS_DATE_PLACEHOLDER);
  return {
    archival: archival === null ? null : { id: 'cite-archival', label: 'Архивный подлинник (ГОСТ Р 7.0.5-2008)', text: archival },
    printed: { id: 'cite-printed', label: 'Печатная публикация (ГОСТ Р 7.0.5-2008)', text: gostPrinted(record) },
    web: {
      id: 'cite-web',
      label: 'Эта страница (ГОСТ Р 7.0.100-2018)',
      text: web,
      before: web.slice(0, cut),
      placeholder: ACCESS_DATE_PLACEHOLDER,
      after: web.slice(cut + ACCESS_DATE_PLACEHOLDER.length),
    },
    chicago: { id: 'cite-chicago', label: 'In English (Chicago, notes)', text: chicagoNote(record) },
    passage: gostPassage(record),
    imprint: imprintNotes(record.printed.source),
    downloads: documentFiles(record.id).map(({ url, format }) => ({
      href: url,
      mime: format.mime,
      label: format.label,
      description: format.description,
      name: url.slice(url.lastIndexOf('/') + 1),
    })),
    meta: headMeta(record),
    jsonLd: scriptJson(jsonLd(record)),
  };
}
