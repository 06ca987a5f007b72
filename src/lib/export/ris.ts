/**
 * RIS (`application/x-research-info-systems`) by Zotero's reading of the tags (its RIS translator),
 * the one round trip of archival data that can be checked: `DB` the archive, `AN` the location in
 * it, `A2` a letter's recipients, `M3` the letter's type, `DA` the date (`YYYY/MM/DD/`). The location
 * is also written as `AV`, the Reference Manager tag other readers (citation-js among them) take for
 * it; Zotero reads `AV` as the same field and keeps one value. An archival document gives two
 * records (the original — `PCOMM`, Zotero's letter, or `MANSCPT` — and the printed `CHAP`), a text
 * known from print only one (`JOUR`). Lines end with CR LF, as the format prescribes; UTF-8.
 */
import { EDITION } from '../site/identity.ts';
import { capitalise } from '../lang/capitalise.ts';
import { sourcePersonName, type CitationRecord, type Party } from './citation-record.ts';
import { risDate } from './dates.ts';
import { publishedIn } from './gost.ts';

type Line = [tag: string, value: string | null | undefined];

/** `Троцкий, Л. Д.` (family, given), or the name of a body as it is. */
const risName = (p: Party): string => (p.family && p.given ? `${p.family}, ${p.given}` : p.name);

/** `Мозохин О. Б.` of a sidecar as `Мозохин, О. Б.`. */
const sourceName = (name: string): string => {
  const person = sourcePersonName(name);
  return person ? `${person.family}, ${person.given}` : name;
};

/** One record: `TY` first, `ER` last, empty values left out; values on one line. */
function record(lines: Line[]): string {
  const body = lines
    .filter((l): l is [string, string] => typeof l[1] === 'string' && l[1].trim() !== '')
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
  return [...body, 'ER  - ', ''].join('\r\n');
}

/** The date and the year lines, and the date in words when `DA` cannot say it all (an interval, a qualifier). */
function dateLines(edtf: string | null, label: string): { lines: Line[]; note: string | null } {
  const date = risDate(edtf);
  if (!date) return { lines: [], note: null };
  const exact = edtf !== null && /^\d{4}(-\d{2}){0,2}$/.test(edtf);
  return { lines: [['DA', date.da], ['PY', String(date.year)]], note: exact ? null : `Дата: ${label} (EDTF: ${edtf}).` };
}

function printedRecord(r: CitationRecord): string {
  const { source, number, pages } = r.printed;
  if (source.containerTitle) {
    return record([
      ['TY', 'JOUR'],
      ['TI', r.title],
      ...r.authors.map((a): Line => ['AU', risName(a)]),
      ['T2', source.containerTitle],
      ['IS', source.issue],
      ['PY', source.issued],
      ['LA', EDITION.language],
      ['UR', r.url],
    ]);
  }
  // A text printed only in the book is its author's chapter; the book's own author is then the editor's place (A2).
  const own = r.original ? [] : r.authors.map((a): Line => ['AU', risName(a)]);
  const role = source.authorRole === 'author' && own.length === 0 ? 'AU' : 'A2';
  return record([
    ['TY', 'CHAP'],
    ['TI', r.title],
    ...own,
    ['T2', source.title],
    ...source.authors.map((a): Line => [role, sourceName(a)]),
    ['PB', source.publisher],
    ['CY', source.place],
    ['PY', source.issued],
    ['SP', pages ? String(pages.first) : null],
    ['EP', pages && pages.last !== pages.first ? String(pages.last) : null],
    ['DB', r.original?.archive],
    ['AN', r.original?.location],
    ['AV', r.original?.location],
    ['LA', EDITION.language],
    ['N1', number !== null ? `Док. № ${number}.` : null],
    ['UR', r.original ? null : r.url],
  ]);
}

/** The RIS file of a document: the original's record (when it has one) and the printed one. */
export function ris(r: CitationRecord): string {
  const original = r.original;
  if (!original) return printedRecord(r);
  const { lines: dates, note: dateNote } = dateLines(r.date.edtf, r.date.label);
  const letter = r.correspondence;
  const notes = [
    dateNote,
    !letter && r.addressees.length > 0 ? `Адресаты: ${r.addressees.map((a) => a.name).join('; ')}.` : null,
    [original.authenticity, original.method].filter(Boolean).map((n) => `${capitalise(n!)}.`).join(' '),
    `Опубл.: ${publishedIn(r.printed)}`,
  ];
  return [
    record([
      ['TY', letter ? 'PCOMM' : 'MANSCPT'],
      ['TI', r.title],
      ...r.authors.map((a): Line => ['AU', risName(a)]),
      ...(letter ? r.addressees.map((a): Line => ['A2', risName(a)]) : []),
      ...dates,
      ['M3', r.genre ? capitalise(r.genre) : null],
      ['DB', original.archive],
      ['AN', original.location],
      ['AV', original.location],
      ['LA', EDITION.language],
      ['UR', r.url],
      ['N1', notes.filter(Boolean).join(' ')],
    ]),
    printedRecord(r),
  ].join('\r\n');
}
