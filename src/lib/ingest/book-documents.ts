/**
 * A program text of the book as a document: title, the group or person it speaks for, its date (from
 * the line under the title, the closing date line, or else its source line), its source line
 * (`published`), the body with headings and theses, and its footnotes. The editorial marks of the
 * book's editors (`<…>`, `[…]`, `[sic]`) stay in the text as printed.
 */
import type { Source } from '../../schemas/index.ts';
import { documentId } from '../ids/ids.ts';
import { bookBlocks } from './book-blocks.ts';
import { tieBookNotes } from './book-notes.ts';
import type { BookReading } from './book-reader.ts';
import { authorName, bookDate, BYLINE, isDateLine, SOURCE_LINE, type BookUnit } from './book-units.ts';
import type { BlockOptions } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';
import { draftDocument, type DraftDocument } from './draft.ts';
import type { FlowLine, TextLine } from './furniture.ts';
import type { PartyMention } from './title.ts';

const isText = (l: FlowLine | undefined): l is TextLine => l?.kind === 'text';

/** Genres of the titles (`Тезисы …`, `Из воззвания …`); a title that names none is a program text, as the book calls them all. */
const GENRES: Array<[RegExp, string]> = [
  [/^Тезисы\s/u, 'тезисы'],
  [/^(?:Из\s)?[Вв]оззвани[ея]\s/u, 'воззвание'],
  [/^Манифест\s/u, 'манифест'],
  [/^Обращение\s/u, 'обращение'],
];

/**
 * Authors of texts printed without a byline or signature that names them, as the book's own studies
 * name them; each is reported (`author-attributed`) with its evidence.
 */
const ATTRIBUTIONS: Array<{ title: RegExp; name: string; evidence: string }> = [
  {
    title: /^Рабочая оппозиция$/u,
    name: 'Коллонтай А. М.',
    evidence: 'брошюра «Рабочая оппозиция» — работа А. М. Коллонтай (так в исследованиях ч. I книги); в тексте её примечание подписано «А.К.»',
  },
  {
    title: /^Манифест Рабочей Группы/u,
    name: 'Мясников Г. И.',
    evidence: 'исследования ч. I книги называют Г. И. Мясникова автором и руководителем Рабочей группы; манифест подписан её бюро',
  },
];

/**
 * Dates of texts printed undated, as the book's own studies give them: `text` quotes the study, `evidence`
 * says where; each is reported (`date-attributed`) and shown with its basis (`study`).
 */
const DATE_ATTRIBUTIONS: Array<{ title: RegExp; edtf: string; text: string; evidence: string }> = [
  {
    title: /^Рабочая оппозиция$/u,
    edtf: '../1921-03',
    text: 'в брошюре «Рабочая оппозиция» (написанной к Х съезду РКП(б) в марте 1921 года)',
    evidence: 'исследование ч. I книги о дискуссии о профсоюзах: «в брошюре «Рабочая оппозиция» (написанной к Х съезду РКП(б) в марте 1921 года)»',
  },
];

const SIGNATORY = /(\p{Lu})\.\s?(\p{Lu}[\p{Ll}]+(?:-\p{Lu}\p{Ll}+)?)(?:\s\(([^)]+)\))?/gu;

export function programDocument(
  source: Source,
  book: BookReading,
  diagnostics: Diagnostics,
  options: Omit<BlockOptions, 'paragraphEnds'>,
  unit: BookUnit,
  number: number,
): DraftDocument {
  const id = documentId(source.siglum, number);
  const title = unit.title.map((l) => l.text).join(' ');
  const first = unit.title[0]!.no;
  const whole = book.flow.slice(unit.start + unit.title.length, unit.end);
  const texts = whole.filter(isText);
  const sourceLine = texts.slice(-2).find((l) => SOURCE_LINE.test(l.text));
  const body = whole.filter((l) => l !== sourceLine);
  const notes = tieBookNotes(body, book.notes.filter((n) => n.no > first && n.no < unit.lastLine), diagnostics, id);
  const blocks = bookBlocks(body, book.spaced, options).map((b) => ({ ...b, notes: b.notes.map((m) => ({ n: m.n, at: m.at })) }));
  const parties = partiesOf(title, texts, sourceLine?.text ?? null, diagnostics, { line: first, document: id });
  diagnostics.report('legend-none', first, 'a program text printed from a periodical or a brochure: no archive legend', { document: id });
  return draftDocument(source, {
    number,
    title,
    genre: GENRES.find(([re]) => re.test(title))?.[1] ?? 'программный текст',
    parties,
    ...dateOf(title, texts, sourceLine?.text ?? null, diagnostics, { line: first, document: id }),
    published: sourceLine ? [sourceLine.text] : [],
    notes: notes.list.map((n) => ({ n: n.mark, text: n.text, on: n.tied ? ('text' as const) : ('unplaced' as const) })),
    blocks,
    page: unit.title[0]!.page,
    span: { start: first, end: unit.lastLine - 1 },
  });
}

type At = { line: number; document: string };

/** The date under the title (`(декабрь 1927 г.)`), else the closing date line, else the source line's, else one the book's studies give. */
function dateOf(title: string, texts: TextLine[], sourceLine: string | null, diagnostics: Diagnostics, at: At): { date: DraftDocument['date']; place: string | null } {
  const under = texts.slice(0, 2).find((l) => /^\(.*\)$/u.test(l.text) && isDateLine(l.text));
  const closing = texts.slice(-8).filter((l) => isDateLine(l.text)).at(-1);
  const witness = under ?? closing;
  const parsed = witness ? bookDate(witness.text) : sourceLine ? bookDate(sourceLine) : null;
  const attributed = parsed ? undefined : DATE_ATTRIBUTIONS.find((a) => a.title.test(title));
  if (attributed) {
    const { edtf, evidence } = attributed;
    diagnostics.report('date-attributed', at.line, `${edtf}: ${evidence}`, { document: at.document, data: { edtf, evidence } });
    return { date: { edtf, text: attributed.text, source: 'study', basis: 'study' }, place: null };
  }
  if (!parsed) {
    diagnostics.report('date-missing', at.line, 'no date under the title, at the end or in a source line', { document: at.document });
    return { date: { edtf: null, text: '', source: null }, place: null };
  }
  const place = closing && witness === closing ? (/^(\p{Lu}\p{Ll}+),\s\p{Ll}/u.exec(closing.text)?.[1] ?? null) : null;
  return { date: { edtf: parsed.edtf, text: parsed.text, source: under ? 'title' : closing ? 'text' : 'publication' }, place };
}

/** Who speaks: a byline, the signing group, the signatories, the editors (`От редакции`), or an attribution. */
function partiesOf(title: string, texts: TextLine[], sourceLine: string | null, diagnostics: Diagnostics, at: At): PartyMention[] {
  const parties: PartyMention[] = [];
  const author = (name: string, printed: string, kind: PartyMention['kind']): void => {
    if (!parties.some((p) => p.name === name)) parties.push({ name, printed, kind, role: 'author' });
  };
  const byline = texts.slice(0, 3).find((l) => BYLINE.test(l.text));
  if (byline) author(authorName(byline.text), byline.text, 'person');
  const journal = sourceLine ? /^«([^»]+)»/u.exec(sourceLine)?.[1] : null;
  if (journal && /^От редакции\./u.test(texts[0]?.text ?? '')) author(`Редакция журнала «${journal}»`, 'От редакции', 'body');
  const tail = texts.slice(-8);
  for (const l of tail) {
    const group = /группа «([^»]+)»/u.exec(l.text);
    if (group && /^Центральная/u.test(l.text)) author(`Группа «${group[1]}»`, l.text, 'body');
  }
  const closing = tail.map((l) => l.text).join('\n');
  if (/Бюро\s+Рабочей\s+Группы/iu.test(closing.replace(/\n/g, ' '))) author('Рабочая группа РКП(б)', /Временное.*$/msu.exec(closing)?.[0].replace(/\n/g, ' ') ?? closing, 'body');
  // Signatories: the closing lines of initials and surnames, a surname broken over a line joined.
  const names = tail.filter((l) => (l.text.match(SIGNATORY) ?? []).length >= 3 || (tail.indexOf(l) > 0 && /,$|-$/u.test(tail[tail.indexOf(l) - 1]!.text) && SIGNATORY.test(l.text)));
  SIGNATORY.lastIndex = 0;
  if (names.length > 0) {
    const joined = names.map((l) => l.text).join('\n').replace(/-\n/gu, '').replace(/\n/gu, ' ');
    for (const m of joined.matchAll(SIGNATORY)) author(`${m[2]} ${m[1]}.`, m[0], 'person');
  }
  for (const a of ATTRIBUTIONS) {
    if (!a.title.test(title)) continue;
    author(a.name, a.name, 'person');
    diagnostics.report('author-attributed', at.line, `${a.name}: ${a.evidence}`, { document: at.document, data: { author: a.name, evidence: a.evidence } });
  }
  return parties;
}
