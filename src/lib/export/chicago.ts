/**
 * Citations for readers who write in English: the Chicago Manual's notes-bibliography style, with
 * Russian names and titles romanised by the Library of Congress system without diacritics
 * (`romanizeText`: `Politbiuro i Lev Trotskii`) and archival references in the form English-language
 * Russianists use (`RGANI, f. 3, op. 62, d. 182, ll. 50–53`). A document of the collection is cited
 * as a document published in a collection (CMOS 14.111–14.113), with its archival reference first; a
 * text printed in a periodical as an article. Titles stay in the original (romanised); the book
 * title would be set in italics, which plain text cannot show. Pure.
 */
import { edtfLabelEnglish } from '../edtf/label-en.ts';
import { splitName } from '../lang/names.ts';
import { romanizeText } from '../search/romanize.ts';
import type { CitationRecord, Party } from './citation-record.ts';
import { capitalise } from '../lang/capitalise.ts';

/** `L. D. Trotskii` (note) or `Trotskii, L. D.` (bibliography); a body's name romanised as it is. */
function personLatin(name: string, inverted: boolean): string {
  const { surname, initials } = splitName(romanizeText(name));
  if (!initials) return surname;
  return inverted ? `${surname}, ${initials}` : `${initials} ${surname}`;
}

const partyLatin = (p: Party, inverted: boolean): string => (p.body ? romanizeText(p.name) : personLatin(p.name, inverted));

/** `f. 3, op. 62, d. 182, ll. 50–53` (`l.` for one sheet, `ob.` for a verso). */
function archivalLocation(original: NonNullable<CitationRecord['original']>): string {
  const sheets = original.sheets && romanizeText(original.sheets).replace(/ ob\./g, 'ob.');
  return [
    original.fond && `f. ${romanizeText(original.fond)}`,
    original.opis && `op. ${romanizeText(original.opis)}`,
    original.delo && `d. ${romanizeText(original.delo)}`,
    sheets && `${/[–,;-]/.test(sheets) ? 'll.' : 'l.'} ${sheets}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The printed source's parts in Latin letters. */
function printedLatin(record: CitationRecord) {
  const { source, number, pages } = record.printed;
  const compilers = source.authors.map((a) => personLatin(a, false)).join(', ');
  const role = source.authorRole === 'editor' ? { note: 'ed.', bib: 'edited by' } : { note: 'comp.', bib: 'compiled by' };
  return {
    title: romanizeText(source.containerTitle ?? source.title),
    periodical: source.containerTitle !== null,
    issue: source.issue,
    year: source.issued ?? 'n.d.',
    responsibility: compilers && source.authorRole !== 'author' ? { note: `${role.note} ${compilers}`, bib: `${role.bib} ${compilers}` } : null,
    imprint: `${source.place ? romanizeText(source.place) : 'n.p.'}: ${source.publisher ? romanizeText(source.publisher) : 'n.p.'}, ${source.issued ?? 'n.d.'}`,
    locator: [number !== null && `no. ${number}`, pages && (pages.first === pages.last ? `${pages.first}` : `${pages.first}–${pages.last}`)]
      .filter(Boolean)
      .join(', '),
  };
}

const close = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * A title in quotation marks as Chicago sets them in English (6.9, 6.11): curly double quotes, the
 * comma or full stop that follows inside them, and a quotation within the title in single quotes —
 * the Russian «ёлочки» of a romanised title (`«Pravda»`) become `‘Pravda’`.
 */
const quoted = (title: string, end: ',' | '.'): string => {
  const inner = title.replace(/[«“„]/gu, '‘').replace(/[»”]/gu, '’').replace(/"([^"]*)"/gu, '‘$1’');
  return `“${end === '.' ? close(inner) : `${inner},`}”`;
};

/**
 * A footnote: `“Pis'mo L. D. Trotskogo M. M. Litvinovu … Rensomu,” 1 February 1923, RGANI, f. 3,
 * op. 62, d. 182, ll. 50–53, in Politbiuro i Lev Trotskii. …, comp. O. B. Mozokhin (n.p.: Sotsiosfera,
 * 2013), no. 1, 16–17, https://…/documents/pt-001/.`
 */
export function chicagoNote(record: CitationRecord): string {
  const title = romanizeText(record.title);
  const printed = printedLatin(record);
  if (printed.periodical) {
    const authors = record.authors.map((a) => partyLatin(a, false)).join(', ');
    const issue = printed.issue ? `, no. ${printed.issue}` : '';
    return close(`${authors ? `${authors}, ` : ''}${quoted(title, ',')} ${printed.title}${issue} (${printed.year}), ${record.url}`);
  }
  const parts = [
    quoted(title, ','),
    `${edtfLabelEnglish(record.date.edtf)},`,
    record.original ? `${romanizeText(record.original.archive)}, ${archivalLocation(record.original)},` : null,
    `in ${printed.title}${printed.responsibility ? `, ${printed.responsibility.note}` : ''} (${printed.imprint})${printed.locator ? `, ${printed.locator}` : ''},`,
    record.url,
  ];
  return close(parts.filter(Boolean).join(' '));
}

/**
 * A bibliography entry: `“Pis'mo … Rensomu.” 1 February 1923. RGANI, f. 3, op. 62, d. 182, ll. 50–53.
 * In Politbiuro i Lev Trotskii. …, compiled by O. B. Mozokhin, no. 1, 16–17. N.p.: Sotsiosfera, 2013.
 * https://…/documents/pt-001/.`
 */
export function chicagoBibliography(record: CitationRecord): string {
  const title = romanizeText(record.title);
  const printed = printedLatin(record);
  if (printed.periodical) {
    const authors = record.authors.map((a, i) => partyLatin(a, i === 0)).join(', ');
    const issue = printed.issue ? `, no. ${printed.issue}` : '';
    return close(`${authors ? `${close(authors)} ` : ''}${quoted(title, '.')} ${printed.title}${issue} (${printed.year}). ${record.url}`);
  }
  const imprint = capitalise(printed.imprint);
  const parts = [
    quoted(title, '.'),
    close(capitalise(edtfLabelEnglish(record.date.edtf))),
    record.original ? close(`${romanizeText(record.original.archive)}, ${archivalLocation(record.original)}`) : null,
    close(`In ${printed.title}${printed.responsibility ? `, ${printed.responsibility.bib}` : ''}${printed.locator ? `, ${printed.locator}` : ''}`),
    close(imprint),
    close(record.url),
  ];
  return parts.filter(Boolean).join(' ');
}
