import type { DocumentDate } from '../../schemas/index.ts';
import { MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../lang/months.ts';

/** Russian plural: `plural(3, ['документ', 'документа', 'документов'])` → `документа`. */
export function plural(count: number, forms: readonly [string, string, string]): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** `3 документа`. */
export function countDocuments(count: number): string {
  return `${count} ${plural(count, ['документ', 'документа', 'документов'])}`;
}

/**
 * A value for `<time datetime>` when the EDTF date is a plain year, month or day
 * (intervals and uncertain dates have no HTML equivalent); otherwise `null`.
 */
export function htmlDatetime(date: DocumentDate): string | null {
  return date.edtf !== null && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.edtf) ? date.edtf : null;
}

/** Labels of where a date was found. */
export const DATE_SOURCE_LABELS = {
  title: 'по заголовку',
  footnote: 'по примечанию составителя',
  text: 'по тексту документа',
} as const;

const SEASONS = { 21: ['весна', 'весны'], 22: ['лето', 'лета'], 23: ['осень', 'осени'], 24: ['зима', 'зимы'] } as const;

interface EdtfPart {
  year: string;
  month: number | null;
  day: number | null;
  approximate: boolean;
  uncertain: boolean;
}

/** One side of an EDTF date (`1924-12~`), or `null` for forms a reader's label does not cover (`19XX`). */
function edtfPart(value: string): EdtfPart | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/.exec(value);
  if (!m || !m[1]) return null;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && !(month >= 1 && month <= 12) && !(month in SEASONS && day === null)) return null;
  const q = m[4] ?? '';
  return { year: m[1], month, day, approximate: q === '~' || q === '%', uncertain: q === '?' || q === '%' };
}

/** `genitive` after a preposition (`не ранее декабря`); an approximate month is always genitive (`ок. декабря`). */
function partLabel(p: EdtfPart, genitive = false): string {
  const approx = p.approximate ? 'ок. ' : '';
  const doubt = p.uncertain ? ' (?)' : '';
  if (p.month !== null && p.month > 12) {
    const [nominative, genitiveForm] = SEASONS[p.month as keyof typeof SEASONS];
    return `${approx}${p.approximate || genitive ? genitiveForm : nominative} ${p.year} г.${doubt}`;
  }
  const month = p.month === null ? null : p.month - 1;
  let label: string;
  if (month === null) label = `${p.year} г.`;
  else if (p.day === null) label = `${(p.approximate || genitive ? MONTHS_GENITIVE : MONTHS_NOMINATIVE)[month]} ${p.year} г.`;
  else label = `${p.day} ${MONTHS_GENITIVE[month]} ${p.year} г.`;
  return `${approx}${label}${doubt}`;
}

/**
 * A reader's form of an EDTF date (levels 0–1), in Russian: `1923-09-02` → `2 сентября 1923 г.`,
 * `1925-04` → `апрель 1925 г.`, `1924-12~` → `ок. декабря 1924 г.`, `1928-01-09/1928-01-10` →
 * `9–10 января 1928 г.`, `1928-02-12/..` → `не ранее 12 февраля 1928 г.`. Forms it does not cover
 * (unspecified digits, negative years) come back unchanged.
 */
export function edtfLabel(edtf: string): string {
  const [start = '', end, ...rest] = edtf.split('/');
  if (rest.length > 0) return edtf;
  if (end === undefined) {
    const p = edtfPart(start);
    return p ? partLabel(p) : edtf;
  }
  const open = (s: string) => s === '' || s === '..';
  if (open(start) && open(end)) return edtf;
  if (open(end)) {
    const p = edtfPart(start);
    return p ? `не ранее ${partLabel(p, true)}` : edtf;
  }
  if (open(start)) {
    const p = edtfPart(end);
    return p ? `не позднее ${partLabel(p, true)}` : edtf;
  }
  const a = edtfPart(start);
  const b = edtfPart(end);
  if (!a || !b) return edtf;
  const plain = !a.approximate && !a.uncertain && !b.approximate && !b.uncertain;
  if (plain && a.year === b.year && a.month !== null && b.month !== null && a.month <= 12 && b.month <= 12) {
    // Days of one month: `9–10 января 1928 г.`; months of one year: `октябрь — ноябрь 1930 г.`
    if (a.day !== null && b.day !== null && a.month === b.month) {
      return `${a.day}–${b.day} ${MONTHS_GENITIVE[a.month - 1]} ${a.year} г.`;
    }
    if (a.day === null && b.day === null) {
      return `${MONTHS_NOMINATIVE[a.month - 1]} — ${MONTHS_NOMINATIVE[b.month - 1]} ${a.year} г.`;
    }
  }
  return `${partLabel(a)} — ${partLabel(b)}`;
}

/** A piece of a title for display; `nowrap` pieces must stay on one line. */
export interface TextRun {
  text: string;
  nowrap: boolean;
}

/**
 * Split a title into runs so that initials stay with their surname (`Г. Е. Зиновьеву`, `И.Т.Смилги`),
 * `№` with its number and a year with `г.`: as Russian typography asks, without changing a character
 * (no no-break spaces are put into the text, so what a reader copies is what was printed).
 */
export function keepTogether(text: string): TextRun[] {
  const pattern = /(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?|№\s\d+|\d+\s(?:гг?\.)/gu;
  const runs: TextRun[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > from) runs.push({ text: text.slice(from, m.index), nowrap: false });
    runs.push({ text: m[0], nowrap: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), nowrap: false });
  return runs;
}
