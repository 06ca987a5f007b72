/**
 * A document as TEI P5 (`application/tei+xml`), valid against `tei_all` (checked with jing in
 * tests/export-xml.test.ts):
 *
 * - `fileDesc`: the title, the compiler of the printed source, the edition (`respStmt xml:id="edition"`,
 *   whom the corrections' `@resp` names), the publication statement with the page's URL and the
 *   licence; `sourceDesc` with the printed source (`bibl`: the document's number and pages) and the
 *   archival original (`msDesc/msIdentifier`: country, settlement, repository, one `idno` per level —
 *   fond, opis, delo; `msItem/locus` for the sheets; authenticity and the legend as notes;
 *   `handNote` for the reproduction method);
 * - `profileDesc`: the date (`creation/date`, W3C attributes and, where they lose something, the EDTF
 *   string in `when-custom` with the `<calendar>` declaring EDTF), `correspDesc` for a message (sender,
 *   addressees, date), the language and the genre;
 * - `text`: see tei-text.ts.
 */
import type { Document } from '../../schemas/index.ts';
import { EDITION } from '../site/identity.ts';
import { capitalise } from '../lang/capitalise.ts';
import type { CitationRecord, Party } from './citation-record.ts';
import { EDTF_CALENDAR_ID, teiDateAttributes } from './dates.ts';
import { teiText } from './tei-text.ts';
import { el, serializeXml, type XmlElement } from './xml.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** Where a reader's tools find the schema the file declares (the TEI Consortium's current `tei_all`). */
const TEI_ALL_URL = 'https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng';

/** The `xml-model` instruction that names a RELAX NG schema. */
export const xmlModel = (href: string) => ({
  target: 'xml-model',
  data: `href="${href}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"`,
});

/** A person as `persName`, a body as `orgName`, pointing to its page in the edition. */
function partyName(p: Party, attrs: Record<string, string> = {}): XmlElement {
  return el(p.body ? 'orgName' : 'persName', { ref: p.url, ...attrs }, p.name);
}

/** `from`/`to` of a `<locus>` for plain sheet numbers (`50–53`, `12 об.` → `12v`); none for a list of ranges. */
function locusRange(sheets: string): { from?: string; to?: string } {
  const m = /^(\d+)( об\.)?(?:–(\d+)( об\.)?)?$/.exec(sheets);
  if (!m) return {};
  const from = `${m[1]}${m[2] ? 'v' : ''}`;
  return { from, to: m[3] ? `${m[3]}${m[4] ? 'v' : ''}` : from };
}

function msDesc(r: CitationRecord): XmlElement | null {
  const o = r.original;
  if (!o) return null;
  const repository = o.info ? `${o.info.name} (${o.archive})` : o.archive;
  return el(
    'msDesc',
    {},
    el(
      'msIdentifier',
      {},
      o.info && el('country', {}, o.info.country),
      o.info && el('settlement', {}, o.info.settlement),
      el('repository', {}, repository),
      o.fond && el('idno', { type: 'fond' }, o.fond),
      o.opis && el('idno', { type: 'opis' }, o.opis),
      o.delo && el('idno', { type: 'delo' }, o.delo),
    ),
    el(
      'msContents',
      {},
      el(
        'msItem',
        {},
        o.sheets && el('locus', locusRange(o.sheets), `Л. ${o.sheets}`),
        r.authors.map((a) => el('author', {}, partyName(a))),
        el('title', {}, r.title),
        el('textLang', { mainLang: EDITION.language }, 'русский'),
        o.authenticity && el('note', { type: 'authenticity' }, o.authenticity),
        el('note', { type: 'legend' }, o.legend),
      ),
    ),
    o.method && el('physDesc', {}, el('handDesc', {}, el('handNote', {}, o.method))),
  );
}

/** The printed source, with the document's place in it. */
function printedBibl(r: CitationRecord): XmlElement {
  const { source, number, pages } = r.printed;
  const year = source.issued && el('date', /^\d{4}$/.test(source.issued) ? { when: source.issued } : {}, source.issued);
  if (source.containerTitle) {
    return el(
      'bibl',
      { type: 'print' },
      r.authors.map((a) => el('author', {}, partyName(a))),
      el('title', { level: 'a' }, r.title),
      el('title', { level: 'j' }, source.containerTitle),
      source.issue && el('biblScope', { unit: 'issue', n: source.issue }, `№ ${source.issue}`),
      year,
    );
  }
  return el(
    'bibl',
    { type: 'print' },
    el('title', { level: 'a' }, r.title),
    el('title', { level: 'm' }, source.title),
    source.authors.map((a) => el(source.authorRole === 'author' ? 'author' : 'editor', source.authorRole === 'author' ? {} : { role: source.authorRole }, a)),
    source.place && el('pubPlace', {}, source.place),
    source.publisher && el('publisher', {}, source.publisher),
    year,
    number !== null && el('biblScope', { unit: 'document', n: number }, `№ ${number}`),
    pages && el('biblScope', { unit: 'page', from: pages.first, to: pages.last }, pages.first === pages.last ? `С. ${pages.first}` : `С. ${pages.first}–${pages.last}`),
  );
}

function dateElement(r: CitationRecord): XmlElement | null {
  const attrs = teiDateAttributes(r.date.edtf);
  return attrs && el('date', attrs, r.date.label);
}

/** `correspDesc` of a message: who sent it (and when), who received it. */
function correspDesc(r: CitationRecord): XmlElement | null {
  if (!r.correspondence || (r.authors.length === 0 && r.addressees.length === 0)) return null;
  return el(
    'correspDesc',
    { ref: r.url },
    el('correspAction', { type: 'sent' }, r.authors.length > 0 ? r.authors.map((a) => partyName(a)) : el('persName', {}, 'Unknown'), dateElement(r)),
    r.addressees.length > 0 && el('correspAction', { type: 'received' }, r.addressees.map((a) => partyName(a))),
  );
}

/** The TEI document of `doc`, whose citation record is `r`. */
function teiDocument(r: CitationRecord, doc: Document): XmlElement {
  const { source } = r.printed;
  const { text } = teiText(doc, r.title);
  const date = dateElement(r);
  const custom = date !== null && 'datingMethod' in date.attrs;
  const header = el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      el(
        'titleStmt',
        {},
        el('title', {}, r.title),
        source.authorRole === 'author' ? null : source.authors.map((a) => el('editor', { role: source.authorRole }, a)),
        el('respStmt', { 'xml:id': 'edition' }, el('resp', {}, `${EDITION.kind}: разметка, исправления`), el('name', {}, EDITION.title)),
      ),
      el(
        'publicationStmt',
        {},
        el('publisher', {}, EDITION.publisher),
        el('idno', { type: 'URI' }, r.url),
        el('date', { when: EDITION.year }, String(EDITION.year)),
        el('availability', {}, el('licence', { target: EDITION.licence.url }, EDITION.licence.statement)),
      ),
      el('sourceDesc', {}, printedBibl(r), msDesc(r)),
    ),
    el(
      'profileDesc',
      {},
      custom &&
        el(
          'calendarDesc',
          {},
          el('calendar', { 'xml:id': EDTF_CALENDAR_ID }, el('p', {}, 'EDTF (ISO 8601-2), ', el('ref', { target: 'https://www.loc.gov/standards/datetime/' }, 'Library of Congress'))),
        ),
      el('creation', {}, date ?? 'Без даты.', r.place ? el('placeName', {}, r.place) : null),
      correspDesc(r),
      el('langUsage', {}, el('language', { ident: EDITION.language }, 'русский')),
      r.genre && el('textClass', {}, el('keywords', {}, el('term', { type: 'genre' }, capitalise(r.genre)))),
    ),
  );
  return el('TEI', { xmlns: TEI_NS, 'xml:id': r.id, 'xml:lang': EDITION.language }, header, text);
}

/** The TEI file of a document, declaring `tei_all` for validating editors. */
export function teiXml(r: CitationRecord, doc: Document): string {
  return serializeXml(teiDocument(r, doc), [xmlModel(TEI_ALL_URL)]);
}
