/**
 * The correspondence of the edition as CMIF (Correspondence Metadata Interchange Format, TEI
 * Correspondence SIG, v1), the file correspSearch harvests: one `correspDesc` per message — a
 * letter, telegram, memo or statement (`CORRESPONDENCE_GENRES`) that names both a sender and an
 * addressee; protocols, reports without an addressee and articles are left out. Each `correspDesc`
 * points to the document's page (`@ref`), its number (`@key`) and the edition's `bibl` (`@source`).
 * Persons and bodies point to their pages in the edition (`@ref`; no authority ids are invented).
 * Dates take only CMIF's W3C forms (`when`, or `notBefore`/`notAfter`); an undated message has no
 * `<date>`. Valid against `cmi-customization.rng` (tests/export-xml.test.ts).
 */
import { EDITION, CMIF_LICENCE_TEXT } from '../site/identity.ts';
import type { Contact } from '../site/contact.ts';
import type { CitationRecord, Party } from './citation-record.ts';
import { cmifDateAttributes } from './dates.ts';
import { printedSource } from './gost.ts';
import { el, serializeXml, type XmlElement } from './xml.ts';
import { TEI_NS, xmlModel } from './tei.ts';

/** Where CMIF's RELAX NG schema is published (the `xml-model` of its templates). */
const CMIF_SCHEMA_URL = 'https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/schema/cmi-customization.rng';

/**
 * The `xml:id` of the edition's `bibl`: a UUID made once and kept, as CMIF asks («Should contain a
 * UUID … have to begin with a letter»), so a harvester sees the same source on every update.
 */
export const CMIF_BIBL_ID = 'fed45cb8-d7f7-4947-936a-b06f49cbff94';

/** A message CMIF can describe: a correspondence genre with at least one sender and one addressee. */
export const inCmif = (r: CitationRecord): boolean => r.correspondence && r.authors.length > 0 && r.addressees.length > 0;

const name = (p: Party): XmlElement => el(p.body ? 'orgName' : 'persName', { ref: p.url }, p.name);

function correspDesc(r: CitationRecord): XmlElement {
  const date = cmifDateAttributes(r.date.edtf);
  return el(
    'correspDesc',
    { key: r.printed.number ?? undefined, ref: r.url, source: `#${CMIF_BIBL_ID}` },
    el('correspAction', { type: 'sent' }, r.authors.map(name), date && el('date', date)),
    el('correspAction', { type: 'received' }, r.addressees.map(name)),
  );
}

/** What the file header needs besides the records: its own URL, the edition's home page, the time of the data. */
export interface CmifContext {
  /** The absolute URL the file is published at. */
  fileUrl: string;
  /** The edition's home page. */
  homeUrl: string;
  /** When the data were last made (`report.json`'s `generated`): the file's timestamp. */
  updated: string | null;
  /** Who answers for the file (`EDITION_CONTACT`, src/lib/site/contact.ts), or `null` when no one is named. */
  contact: Contact | null;
}

/** Said in `editor` when no contact is named: correspSearch requires the element, and no person is invented for it. */
export const NO_CONTACT = 'ответственный за файл не назван';

/**
 * The file's `editor`, its contact person as CMIF asks («If available with an e-mail address in
 * `editor/email`»): `<editor><persName>…</persName><email>…</email></editor>`; without a contact, the
 * edition's name and {@link NO_CONTACT}.
 */
function editor(contact: Contact | null): XmlElement {
  if (!contact) return el('editor', {}, `${EDITION.publisher}: ${NO_CONTACT}`);
  return el('editor', {}, el('persName', {}, contact.name), contact.email && el('email', {}, contact.email));
}

/** The CMIF file of the messages among `records`. */
export function cmifXml(records: readonly CitationRecord[], context: CmifContext): string {
  const messages = records.filter(inCmif);
  const basedOn = EDITION.basedOn;
  const bibl = `${EDITION.title} : ${EDITION.kind}. URL: ${context.homeUrl} (по изданию: ${printedSource(basedOn)})`;
  const tei = el(
    'TEI',
    { xmlns: TEI_NS },
    el(
      'teiHeader',
      {},
      el(
        'fileDesc',
        {},
        el('titleStmt', {}, el('title', {}, `${EDITION.title}: переписка (CMIF)`), editor(context.contact)),
        el(
          'publicationStmt',
          {},
          el('publisher', {}, el('ref', { target: context.homeUrl }, EDITION.publisher)),
          el('idno', { type: 'url' }, context.fileUrl),
          context.updated ? el('date', { when: context.updated }) : el('date', {}, 'дата неизвестна'),
          el('availability', {}, el('licence', { target: EDITION.licence.url }, CMIF_LICENCE_TEXT)),
        ),
        el('sourceDesc', {}, el('bibl', { type: 'hybrid', 'xml:id': CMIF_BIBL_ID }, bibl)),
      ),
      el('profileDesc', {}, messages.map(correspDesc)),
    ),
    el('text', {}, el('body', {}, el('p', {}))),
  );
  return serializeXml(tei, [xmlModel(CMIF_SCHEMA_URL)]);
}
