/** Parsing of dates as printed in the collection into EDTF, and the choice of a document's date. */
import type { Block, Document } from '../../schemas/index.ts';
import { pad2 as pad } from '../edtf/calendar.ts';
import { approximate, isPlainDay } from '../edtf/edtf.ts';
import { MONTH_WORD, monthNumber as monthOf } from '../lang/months.ts';
import { romanSum } from '../lang/roman.ts';
import type { Diagnostics } from './diagnostics.ts';

export interface ParsedDate {
  edtf: string;
  /** The substring of the input that was read as the date. */
  text: string;
  /** Set when `edtf` is inferred from the printed date (a draft dated by its publication). */
  basis?: Document['date']['basis'];
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 1900 + n : n;
}

/** Roman month numerals, also when typed with Cyrillic look-alikes (`П` for II, `УП` for VII, `Х` for X). */
export function romanMonth(raw: string): number | null {
  const latin = raw
    .toUpperCase()
    .replace(/Ш/g, 'III')
    .replace(/П/g, 'II')
    .replace(/[УV]/g, 'V')
    .replace(/[ХX]/g, 'X')
    .replace(/[І1lI|]/g, 'I');
  if (!/^[IVX]+$/.test(latin)) return null;
  const total = romanSum(latin);
  return total >= 1 && total <= 12 ? total : null;
}

function day(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Unglues `октября1923`, folds dashes and doubled `г. г.` so that one grammar reads all forms. */
export function normaliseDateText(s: string): string {
  return s
    .replace(/(?<![\p{L}])[IІl](?=\d{3}(?!\d))/gu, '1')
    .replace(/([а-яё])(\d)/gi, '$1 $2')
    .replace(/(\d)([а-яё]{3,})/gi, '$1 $2')
    .replace(/\s*[–—−]\s*/g, ' – ')
    .replace(/(\d)\s*-\s*(\d)/g, '$1 – $2')
    .replace(new RegExp(`(${MONTH_WORD})\\s*-\\s*(?=${MONTH_WORD})`, 'giu'), '$1 – ')
    .replace(/(г\.\s*){2,}/g, 'г. ')
    .replace(/\s+/g, ' ');
}

/** `конец декабря 1924 г. – начало января 1925 г.`: an editor's approximate dating. */
const VAGUE = new RegExp(
  String.raw`(конец|начало|середина|первая половина|вторая половина) (${MONTH_WORD}) (\d{4})(?: г\.)?(?: – (конец|начало|середина|первая половина|вторая половина)? ?(${MONTH_WORD}) (\d{4}))?`,
  'iu',
);

const VERBAL = new RegExp(
  // 1: day, 2: day range end, 3: month, 4: day after dash, 5: month after dash, 6: year after dash-month?, 7: year
  `(?:(\\d{1,2})(?: – (\\d{1,2}))? )?(${MONTH_WORD})(?: (\\d{4}))?(?: – (?:(\\d{1,2}) )?(${MONTH_WORD}))?(?: (\\d{4}))?`,
  'iu',
);
const NUMERIC = /(?<![\d.])(\d{1,2})\s?[./]\s?([0-9]{1,2}|[IVXІПШУХl1]{1,4})\s?[./-]\s?(\d{4}|\d{2})(?![\d])/u;

/**
 * Finds the first date in a string and returns it as EDTF, or null when none is recognised.
 * Reads `1 февраля 1923 г.`, `9–10 января 1928 г.`, `30 ноября – 1 декабря 1927 г.`,
 * `апреля 1925 г.`, `ноября – декабря 1930 г.`, `декабря 1924 – января 1925 г.`,
 * `17.П.1925`, `25.УП.28`, `1.02.23`, `3/II-1923`, and a bare `1925 г.`.
 */
export function parseDate(input: string): ParsedDate | null {
  const s = normaliseDateText(input);
  const vague = VAGUE.exec(s);
  if (vague) {
    const [text, , m1, y1, , m2, y2] = vague;
    const start = `${y1}-${pad(monthOf(m1!))}~`;
    const edtf = m2 && y2 ? `${start}/${y2}-${pad(monthOf(m2))}~` : start;
    return { edtf, text: printed(input, text.trim()) };
  }
  const v = VERBAL.exec(s);
  if (v) {
    const [text, d1, d2, m1w, y1, d3, m2w, y2] = v;
    const year = y2 ?? y1;
    if (year && /^1[89]\d\d$/.test(year)) {
      const yEnd = Number(year);
      const yStart = y1 && y2 ? Number(y1) : yEnd;
      const m1 = monthOf(m1w!);
      const m2 = m2w ? monthOf(m2w) : null;
      let edtf: string | null = null;
      if (m2 !== null) {
        const start = d1 ? day(yStart, m1, Number(d1)) : `${yStart}-${pad(m1)}`;
        const end = d3 ? day(yEnd, m2, Number(d3)) : d1 ? null : `${yEnd}-${pad(m2)}`;
        if (start && end) edtf = `${start}/${end}`;
        else if (start && !d3 && d1) edtf = null;
      } else if (d1 && d2) {
        const a = day(yEnd, m1, Number(d1));
        const b = day(yEnd, m1, Number(d2));
        if (a && b) edtf = `${a}/${b}`;
      } else if (d1) {
        edtf = day(yEnd, m1, Number(d1));
      } else {
        edtf = `${yEnd}-${pad(m1)}`;
      }
      if (edtf) return { edtf, text: printed(input, text.trim()) };
    }
  }
  const n = NUMERIC.exec(s);
  if (n) {
    const [text, d, mRaw, y] = n;
    const m = /^\d+$/.test(mRaw!) ? Number(mRaw) : romanMonth(mRaw!);
    const year = fullYear(y!);
    if (m && year >= 1900 && year < 1950) {
      const edtf = day(year, m, Number(d));
      if (edtf) return { edtf, text: printed(input, text) };
    }
  }
  const yearOnly = /(?<!\d)(19[1-4]\d)(?: – (19[1-4]\d))? ?(?:гг?\.|год)/u.exec(s);
  if (yearOnly) {
    const [text, a, b] = yearOnly;
    return { edtf: b ? `${a}/${b}` : a!, text: printed(input, text) };
  }
  return null;
}

/** Finds in the printed string the span that normalised to `normal`, so `text` shows the date as printed. */
function printed(input: string, normal: string): string {
  const pattern = normal
    .split('')
    .map((ch) => {
      if (ch === ' ') return '\\s*';
      if (ch === '–') return '[–—−-]';
      if (ch === '1') return '[1IІl]';
      return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  const m = new RegExp(pattern, 'iu').exec(input);
  return m ? m[0].trim() : normal;
}

/** What a document offers for its date, in the order the edition trusts it. */
export interface DateWitnesses {
  /** The date the title prints, and whether it says «без даты». */
  title: { date: ParsedDate | null; undated: boolean };
  /** The texts of the editor's footnotes on the title. */
  titleNotes: string[];
  /** The body, whose last dated line may date it. */
  blocks: readonly Block[];
  /** The printed title was lost: the text is then read even when the (supplied) title has no date. */
  titleLost: boolean;
}

/** Where a document is, for the diagnostics about its date. */
export interface DocumentPlace {
  /** Source line of the document's header. */
  line: number;
  number: number;
  /** The document's id. */
  document: string;
}

const APPROXIMATE_NOTE = /(приблизительно|предположительно|около|ориентировочно|не ранее|не позднее)/iu;

/**
 * The document's date: the title's, else the editor's footnote on the title (approximate when the
 * editor says so), else the last dated line of the text, unless the title says «без даты». A title's
 * day that the text's closing date contradicts is reported (`date-differs`), as is no date at all.
 */
export function chooseDate(witnesses: DateWitnesses, diagnostics: Diagnostics, at: DocumentPlace): Document['date'] {
  const { title, blocks } = witnesses;
  const date: Document['date'] = title.date
    ? { edtf: title.date.edtf, text: title.date.text, source: 'title', ...(title.date.basis ? { basis: title.date.basis } : {}) }
    : untitledDate(witnesses);
  if (date.source === 'title' && isPlainDay(date.edtf)) {
    const signed = closingDate(blocks);
    if (signed && signed.edtf !== date.edtf) {
      diagnostics.report('date-differs', at.line, `№ ${at.number}: the title dates ${date.edtf}, the text closes with «${signed.text}» (${signed.edtf}); check for a misprint`, {
        document: at.document,
        data: { title: date.edtf, closing: signed.text, closingEdtf: signed.edtf },
      });
    }
  }
  if (!date.edtf && !title.undated) diagnostics.report('date-missing', at.line, `№ ${at.number}: no date found in title, notes or text`, { document: at.document });
  if (title.undated && !date.edtf) date.text = 'без даты';
  return date;
}

/** The date of a document whose title prints none: the editor's footnote, or the text. */
function untitledDate({ title, titleNotes, blocks, titleLost }: DateWitnesses): Document['date'] {
  const note = titleNotes.find((text) => parseDate(text));
  if (note) {
    const d = parseDate(note)!;
    return { edtf: APPROXIMATE_NOTE.test(note) ? approximate(d.edtf) : d.edtf, text: d.text, source: 'footnote' };
  }
  if (!title.undated || titleLost) {
    const dated = [...blocks].reverse().find((b) => b.kind === 'line' && /^\S{0,3}\d/.test(b.text) && parseDate(b.text));
    if (dated) {
      const d = parseDate(dated.text)!;
      return { edtf: d.edtf, text: d.text, source: 'text' };
    }
  }
  return { edtf: null, text: '', source: null };
}

/** The date line that closes a document's text (a signature date), if it is among its last lines. */
function closingDate(blocks: readonly Block[]): ParsedDate | null {
  for (const b of blocks.slice(-4).reverse()) {
    if (b.kind !== 'line' || b.text.length > 30) continue;
    const d = parseDate(b.text);
    if (d && isPlainDay(d.edtf)) return d;
  }
  return null;
}
