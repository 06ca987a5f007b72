/**
 * The book's texts found from the page layer and what closes each text, not from line numbers. Every
 * study and program text begins a page with its title (one or two short lines); a title at the top of
 * a page is told from a section heading that happens to open a page by what surrounds it: a text
 * before it has closed (a publication line, a source line, a signature, a date line, endnotes), the
 * title runs over two lines, or a publication line or a byline follows it. Parts are the printed
 * «Часть I», «Часть III»; the program texts stand between the last study of Part I and «Часть III»
 * with no part heading of their own, so Part II is what lies between: the texts after the last one that
 * carries a study's marks (a publication line in parentheses, roman endnotes).
 */
import type { BookNote } from './book-reader.ts';
import { pad2 } from '../edtf/calendar.ts';
import { MONTH_WORD, monthNumber } from '../lang/months.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import type { FlowLine, TextLine } from './furniture.ts';

/** A publication line in parentheses: `(International Review, № 102, 2001)`, `(Из World Revolution no. 210, December 1997)`. */
export const PUBLICATION = /^\((?:Из )?[^()]*?(?:№|no\.)\s?\d[^()]*\)$/u;
/** A program text's source line: `«Коммунист», № 1, 20 апреля 1918 г.`, `Социалистический вестник (Берлин), 1923. № 3. С. 12-14.` */
export const SOURCE_LINE = /^(?:«[^»]+»|\p{Lu}[\p{L} ]+(?:\([\p{L}]+\))?),\s(?:№\s?\d+,\s.*\d{4}\sг\.|\d{4}\.\s№\s?\d+\..*)$/u;
/**
 * A date as the book prints it in publication lines and signatures, where the day is rarely given:
 * `20 апреля 1918 г.`, `январь 2005 г.`, `(International Review, № 99, 2000)` (the year alone).
 */
export function bookDate(text: string): ParsedDate | null {
  const full = parseDate(text);
  if (full && !/^\d{4}$/u.test(full.edtf)) return full;
  const month = new RegExp(String.raw`(?<![\p{L}])(${MONTH_WORD}),?\s+((?:1[89]|20)\d\d)`, 'iu').exec(text);
  const m = month ? monthNumber(month[1]!) : 0;
  if (month && m > 0) return { edtf: `${month[2]}-${pad2(m)}`, text: month[0] };
  if (full) return full;
  const year = /\b((?:1[89]|20)\d\d)\b/u.exec(text);
  return year ? { edtf: year[1]!, text: year[1]! } : null;
}

/** A byline or signature: `Ян Геббс`, `К.Д. Уорд`, `Г.И. Мясников`, `CDW`. */
export const BYLINE = /^(?:(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{1,3} \p{Lu}\p{Ll}+|[A-Z]{2,4})$/u;
/** A list of signatories: three or more `И. Фамилия,` in a line. */
const NAMES = /^(?:\p{Lu}\.\s?\p{Lu}[\p{L}-]+(?: \([^)]+\))?,\s){2,}/u;
const PART = /^Часть\s+([IVX]+)$/u;

/** A text of the book as found: its title lines and the flow lines it spans. */
export interface BookUnit {
  title: TextLine[];
  /** Index in the flow of the first title line, and one past the last line of the text. */
  start: number;
  end: number;
  /** The part heading as printed (`Часть I. Исследования`), `null` outside the printed parts. */
  part: string | null;
  /** Roman endnotes, the title note, or a publication line in parentheses mark a study of Part I. */
  studyMarks: boolean;
  /** The source line where the next text or part begins (the unit's notes are printed before it). */
  lastLine: number;
}

export interface BookLayout {
  units: BookUnit[];
  /** The printed parts, in order, with the flow index of their heading. */
  parts: Array<{ label: string; numeral: string; at: number; end: number }>;
}

const isText = (l: FlowLine | undefined): l is TextLine => l?.kind === 'text';

function titleLike(l: TextLine): boolean {
  return l.text.length <= 60 && !/[-,]$/u.test(l.text) && !/^\p{Ll}/u.test(l.text) && !isDateLine(l.text);
}

/** A line that is only a date (`1931 г.`, `Москва, февраль 1923 г.`, `Октябрь, 1930 г.`). */
export function isDateLine(text: string): boolean {
  const date = bookDate(text);
  return date !== null && text.replace(date.text, '').replace(/[\s,.()г]|Москва/gu, '').length === 0;
}

/** A line that closes a text: its publication or source line, a signature, a list of signatories, a date. */
export function isClosing(text: string): boolean {
  return PUBLICATION.test(text) || SOURCE_LINE.test(text) || BYLINE.test(text) || NAMES.test(text) || isDateLine(text);
}

/** The next text line after flow index `i`, and whether a blank line stands between. */
function nextText(flow: FlowLine[], i: number): { index: number; gap: boolean } | null {
  for (let k = i + 1; k < flow.length; k++) if (isText(flow[k])) return { index: k, gap: k > i + 1 };
  return null;
}

function previousText(flow: FlowLine[], i: number): TextLine | null {
  for (let k = i - 1; k >= 0; k--) if (isText(flow[k])) return flow[k] as TextLine;
  return null;
}

/** The title's lines: a second short line that goes straight on, unless it is a question (a heading of the text). */
function titleLines(flow: FlowLine[], i: number): TextLine[] {
  const first = flow[i] as TextLine;
  const next = flow[i + 1];
  // A second line that names the years (`1918-1930 гг.`) is part of the title, not a date line.
  if (isText(next) && (titleLike(next) || /^\d{4}[-–]\d{4} гг\.$/u.test(next.text) || (/^\p{Ll}/u.test(next.text) && next.text.length <= 60))) {
    if (!/[?!]$/u.test(next.text) && !PUBLICATION.test(next.text) && !PART.test(first.text)) return [first, next];
  }
  return [first];
}

/** Splits the flow into the book's texts and parts. */
export function layoutBook(flow: FlowLine[], notes: BookNote[]): BookLayout {
  const parts: BookLayout['parts'] = [];
  const starts: Array<{ index: number; title: TextLine[] }> = [];
  for (let i = 0; i < flow.length; i++) {
    const line = flow[i];
    if (!isText(line) || !line.pageStart) continue;
    const part = PART.exec(line.text);
    if (part) {
      const name = nextText(flow, i);
      const label = name ? `${line.text}. ${(flow[name.index] as TextLine).text}` : line.text;
      parts.push({ label, numeral: part[1]!, at: i, end: name ? name.index + 1 : i + 1 });
      continue;
    }
    if (!titleLike(line)) continue;
    const title = titleLines(flow, i);
    const previous = previousText(flow, i);
    const endnotes = notes.some((n) => n.kind !== 'footnote' && n.no > (previous?.no ?? 0) && n.no < line.no);
    const partName = parts.at(-1) ? (flow[parts.at(-1)!.end - 1] as TextLine) : null;
    const afterPart = previous !== null && previous === partName;
    const following = nextText(flow, i + title.length - 1);
    const followingText = following ? (flow[following.index] as TextLine).text : '';
    const opens =
      starts.length === 0 ||
      title.length === 2 ||
      endnotes ||
      afterPart ||
      (previous !== null && isClosing(previous.text)) ||
      PUBLICATION.test(followingText) ||
      BYLINE.test(followingText);
    if (!opens) continue;
    starts.push({ index: i, title });
  }
  const units: BookUnit[] = starts.map((s, k) => {
    const end = Math.min(starts[k + 1]?.index ?? flow.length, ...parts.filter((p) => p.at > s.index).map((p) => p.at));
    const part = parts.filter((p) => p.at < s.index).at(-1) ?? null;
    const first = s.title[0]!.no;
    const last = flow[end]?.no ?? Infinity;
    const texts = flow.slice(s.index, end).filter(isText);
    const studyMarks = notes.some((n) => n.kind !== 'footnote' && n.no > first && n.no < last) || texts.some((t) => PUBLICATION.test(t.text));
    return { title: s.title, start: s.index, end, part: part?.label ?? null, studyMarks, lastLine: last };
  });
  return { units, parts };
}

/** `Ян Геббс` → `Геббс Я.`, `К.Д. Уорд` → `Уорд К. Д.`; a signature that is not a person's name stays as printed. */
export function authorName(printed: string): string {
  const initials = /^((?:\p{Lu}\.\s?){1,2})(\p{Lu}\p{Ll}+)$/u.exec(printed);
  if (initials) return `${initials[2]} ${initials[1]!.replace(/\s/g, '').replace(/\./g, '. ').trim()}`;
  const full = /^(\p{Lu})\p{Ll}+ (\p{Lu}\p{Ll}+)$/u.exec(printed);
  if (full) return `${full[2]} ${full[1]}.`;
  return printed;
}
