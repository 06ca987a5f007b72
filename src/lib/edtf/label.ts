/** EDTF dates as a reader reads them, in Russian: `1923-09-02` → `2 сентября 1923 г.`, undated → «без даты». */
import { MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../lang/months.ts';
import { UNDATED } from '../render/labels.ts';
import { isPart, readEdtf, type EdtfPart } from './edtf.ts';

const SEASONS = { 21: ['весна', 'весны'], 22: ['лето', 'лета'], 23: ['осень', 'осени'], 24: ['зима', 'зимы'] } as const;


/** `genitive` after a preposition (`не ранее декабря`); an approximate month is always genitive (`ок. декабря`). */
function partLabel(p: EdtfPart, genitive = false): string {
  const approx = p.approximate ? 'ок. ' : '';
  const doubt = p.uncertain ? ' (?)' : '';
  if (p.season !== null) {
    const [nominative, genitiveForm] = SEASONS[p.season as keyof typeof SEASONS];
    return `${approx}${p.approximate || genitive ? genitiveForm : nominative} ${p.year} г.${doubt}`;
  }
  let label: string;
  if (p.month === null) label = `${p.year} г.`;
  else if (p.day === null) label = `${(p.approximate || genitive ? MONTHS_GENITIVE : MONTHS_NOMINATIVE)[p.month - 1]} ${p.year} г.`;
  else label = `${p.day} ${MONTHS_GENITIVE[p.month - 1]} ${p.year} г.`;
  return `${approx}${label}${doubt}`;
}

/**
 * A reader's form of an EDTF date (levels 0–1), in Russian: `1923-09-02` → `2 сентября 1923 г.`,
 * `1925-04` → `апрель 1925 г.`, `1924-12~` → `ок. декабря 1924 г.`, `1928-01-09/1928-01-10` →
 * `9–10 января 1928 г.`, `1928-02-12/..` → `не ранее 12 февраля 1928 г.`, `../1924-11-02` → `не позднее
 * 2 ноября 1924 г.`. Forms it does not read (negative years, sets) come back unchanged.
 */
export function edtfLabel(edtf: string): string {
  const value = readEdtf(edtf);
  if (!value) return edtf;
  const { start, end } = value;
  if (end === null) return isPart(start) ? partLabel(start) : edtf;
  if (start === 'open' && end === 'open') return edtf;
  if (end === 'open') return isPart(start) ? `не ранее ${partLabel(start, true)}` : edtf;
  if (start === 'open') return isPart(end) ? `не позднее ${partLabel(end, true)}` : edtf;
  if (!isPart(start) || !isPart(end)) return edtf;
  const a = start;
  const b = end;
  const plain = !a.approximate && !a.uncertain && !b.approximate && !b.uncertain;
  if (plain && a.year === b.year && a.month !== null && b.month !== null) {
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

/**
 * A value for `<time datetime>` when the EDTF date is a plain year, month or day
 * (intervals, seasons and uncertain dates have no HTML equivalent); otherwise `null`.
 */
export function htmlDatetime(edtf: string | null): string | null {
  return edtf !== null && /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(edtf) ? edtf : null;
}

/** A document's date for a reader: the label of its EDTF date, or «без даты». */
export function dateText(edtf: string | null): string {
  return edtf ? edtfLabel(edtf) : UNDATED;
}
