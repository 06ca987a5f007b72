/**
 * EDTF dates in English words, for the citations written for English-language readers (Chicago):
 * `1923-02-01` → `1 February 1923`, `1924-12~` → `ca. December 1924`, `1928-01-09/1928-01-10` →
 * `9–10 January 1928`, `1928-02-12/..` → `not before 12 February 1928`, undated → `n.d.`. The
 * Russian labels are in `label.ts`; both read the value through `readEdtf`.
 */
import { isPart, readEdtf, type EdtfPart } from './edtf.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<number, string> = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' };

/** What Chicago writes for a document without a date. */
const NO_DATE = 'n.d.';


function partLabel(p: EdtfPart): string {
  const approx = p.approximate ? 'ca. ' : '';
  const doubt = p.uncertain ? '?' : '';
  const label =
    p.season !== null
      ? `${SEASONS[p.season] ?? 'season'} ${p.year}`
      : p.month === null
        ? `${p.year}`
        : p.day === null
          ? `${MONTHS[p.month - 1]} ${p.year}`
          : `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
  return `${approx}${label}${doubt}`;
}

/** An EDTF date (levels 0–1) in English; `n.d.` when undated; forms it does not read come back unchanged. */
export function edtfLabelEnglish(edtf: string | null): string {
  if (edtf === null) return NO_DATE;
  const value = readEdtf(edtf);
  if (!value) return edtf;
  const { start, end } = value;
  if (end === null) return isPart(start) ? partLabel(start) : edtf;
  if (end === 'open' && isPart(start)) return `not before ${partLabel(start)}`;
  if (start === 'open' && isPart(end)) return `not after ${partLabel(end)}`;
  if (!isPart(start) || !isPart(end)) return edtf;
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.year === end.year && start.month !== null && start.month === end.month && start.day !== null && end.day !== null) {
    return `${start.day}–${end.day} ${MONTHS[start.month - 1]} ${start.year}`;
  }
  return `${partLabel(start)}–${partLabel(end)}`;
}
