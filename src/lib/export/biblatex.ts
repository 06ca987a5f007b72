/**
 * BibLaTeX (`application/x-bibtex`), for biber and other UTF-8 toolchains: Cyrillic is written as it
 * is (citation.js's BibTeX output strips it), and the archival location goes in `library`, the field
 * biblatex keeps for «a library name and a call number». An archival document gives two entries: the
 * original (`@letter` for a message with an addressee, else `@unpublished`, as Zotero exports a
 * manuscript) and the printed `@incollection` with the compiler as `editor` of `editortype =
 * {compiler}`; a text known from print only is an `@article`. Dates are EDTF, which biblatex's `date`
 * fields read (ISO 8601-2, level 1). Values are escaped for LaTeX; an en dash stays a character. Pure.
 */
import { capitalise } from '../lang/capitalise.ts';
import { sourcePersonName, type CitationRecord, type Party } from './citation-record.ts';
import { publishedIn } from './gost.ts';

/** The characters LaTeX treats as commands, escaped: `&` → `\&`, `~` → `\textasciitilde{}`, … */
export function latexEscape(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${c}`;
    }
  });
}

/** A name list: `Троцкий, Л. Д. and {Политбюро ЦК ВКП(б)}` (a body in braces, so it is not split into names). */
const nameList = (parties: readonly Party[]): string =>
  parties.map((p) => (p.family && p.given ? `${latexEscape(p.family)}, ${latexEscape(p.given)}` : `{${latexEscape(p.name)}}`)).join(' and ');

/** `Мозохин О. Б.` of a sidecar as `Мозохин, О. Б.`; a body in braces, whole. */
const sourceName = (name: string): string => {
  const person = sourcePersonName(name);
  return person ? latexEscape(`${person.family}, ${person.given}`) : `{${latexEscape(name)}}`;
};

type Field = [name: string, value: string | null | undefined, raw?: boolean];

/** One entry; values escaped unless given as raw (name lists are escaped as they are built). */
function entry(type: string, key: string, fields: Field[]): string {
  const body = fields
    .filter((f): f is [string, string, boolean?] => typeof f[1] === 'string' && f[1] !== '')
    .map(([name, value, raw]) => `  ${name.padEnd(10)} = {${raw ? value : latexEscape(value.replace(/\s+/g, ' ').trim())}},`);
  return [`@${type}{${key},`, ...body, '}', ''].join('\n');
}

function printedEntry(r: CitationRecord, key: string): string {
  const { source, number, pages } = r.printed;
  const common: Field[] = [['langid', 'russian']];
  if (source.containerTitle) {
    return entry('article', key, [
      ['author', nameList(r.authors), true],
      ['title', r.title],
      ['journaltitle', source.containerTitle],
      ['number', source.issue],
      ['date', source.issued],
      ['url', r.url, true],
      ...common,
    ]);
  }
  const people = source.authors.map(sourceName).join(' and ');
  return entry('incollection', key, [
    // A text the book prints without an archival original (a program text) is its author's contribution.
    ['author', r.original ? null : nameList(r.authors), true],
    ['title', r.title],
    ['booktitle', source.title],
    [source.authorRole === 'author' ? 'bookauthor' : 'editor', people, true],
    ['editortype', source.authorRole === 'compiler' ? 'compiler' : null],
    ['publisher', source.publisher],
    ['location', source.place],
    ['date', source.issued],
    ['pages', pages ? (pages.first === pages.last ? `${pages.first}` : `${pages.first}–${pages.last}`) : null],
    ['origdate', r.date.edtf],
    ['note', number !== null ? `Док. № ${number}` : null],
    ['library', r.original ? `${r.original.archive}. ${r.original.location}` : null],
    ['url', r.original ? null : r.url, true],
    ...common,
  ]);
}

/** The BibLaTeX file of a document: the original's entry (key `<id>`) and the printed one (`<id>-print`). */
export function biblatex(r: CitationRecord): string {
  const original = r.original;
  if (!original) return printedEntry(r, r.id);
  const notes = [original.authenticity, original.method].filter(Boolean).map((n) => `${capitalise(n!)}.`);
  return [
    entry(r.correspondence ? 'letter' : 'unpublished', r.id, [
      ['author', nameList(r.authors), true],
      ['title', r.title],
      ['date', r.date.edtf],
      ['type', r.genre ? capitalise(r.genre) : null],
      ['library', `${original.archive}. ${original.location}`],
      ['addendum', [...notes, `Опубл.: ${publishedIn(r.printed)}`].join(' ')],
      ['url', r.url, true],
      ['langid', 'russian'],
    ]),
    printedEntry(r, `${r.id}-print`),
  ].join('\n');
}
