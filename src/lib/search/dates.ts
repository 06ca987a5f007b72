/**
 * A document's date for search, from its EDTF value (`date.edtf`):
 * - the forms in which readers type a date (`15 сентября 1927`, `15.09.1927`, `1927-09-15`,
 *   `сентябрь 1927`, `09.1927`, `1927`), put into the index-only text of the page;
 * - the months and years it covers, for the `month` and `year` filters (Pagefind has no range
 *   filter: a period is an OR over month values);
 * - the sort keys, with undated documents last in both directions.
 *
 * See docs/search.md.
 */
import { edtfBounds } from '../ingest/dates.ts';
import { MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../lang/months.ts';


/** The longest run of days whose forms are each put into the index; a longer period gets its months. */
export const MAX_DAYS = 31;
/** The longest run of months whose forms are each put into the index; a longer period gets its years. */
export const MAX_MONTHS = 24;

type Precision = 'day' | 'month' | 'year';

/** A date period: first and last day (`YYYY-MM-DD`), and how precisely its ends are known. */
export interface DateSpan {
  from: string;
  to: string;
  precision: Precision;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isOpen = (side: string | undefined): boolean => side === undefined || side === '' || side === '..';

/** Precision of one side of an EDTF value; a season (`1924-21`) counts as its year. */
function precisionOf(side: string): Precision | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(side.replace(/[~?%]/g, ''));
  if (!m) return null;
  if (m[3]) return 'day';
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? 'month' : 'year';
  return 'year';
}

/** A side with a season or an out-of-range month read as its year: `1924-21` → `1924`. */
const plain = (side: string): string => {
  const s = side.replace(/[~?%]/g, '');
  return precisionOf(s) === 'year' ? s.slice(0, 4) : s;
};

/**
 * The period an EDTF date stands for. An open interval (`1928-02-12/..`) is read as its known
 * end: the date says «not before 12 February 1928», and only that day is known. `null` for a value
 * without a four-digit year.
 */
export function dateSpan(edtf: string): DateSpan | null {
  const [start = '', end, ...rest] = edtf.split('/');
  if (rest.length > 0) return null;
  const sides = (end === undefined ? [start] : [start, end]).filter((s) => !isOpen(s)).map(plain);
  const precisions = sides.map(precisionOf);
  if (sides.length === 0 || precisions.some((p) => p === null)) return null;
  const order: Precision[] = ['year', 'month', 'day'];
  const precision = order[Math.min(...precisions.map((p) => order.indexOf(p!)))]!;
  const { min } = edtfBounds(sides[0]!);
  const { max } = edtfBounds(sides[sides.length - 1]!);
  return min <= max ? { from: min, to: max, precision } : { from: max, to: min, precision };
}

/** Every day from `from` to `to` inclusive, as `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  while (d <= last) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Every month from `from` to `to` inclusive (days or months), as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${pad(m)}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Every year from `from` to `to` inclusive, as `YYYY`. */
export function yearsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(String(y));
  return out;
}

/** `1927-09-05` → `5 сентября 1927`, `05.09.1927`, `5.09.1927`, `5.9.1927`, `1927-09-05`, `05.09.27`. */
export function dayForms(day: string): string[] {
  const [y = '', mm = '', dd = ''] = day.split('-');
  const m = Number(mm);
  const d = Number(dd);
  return [
    ...new Set([
      `${d} ${MONTHS_GENITIVE[m - 1]} ${y}`,
      `${dd}.${mm}.${y}`,
      `${d}.${mm}.${y}`,
      `${d}.${m}.${y}`,
      `${y}-${mm}-${dd}`,
      `${dd}.${mm}.${y.slice(2)}`,
    ]),
  ];
}

/** `1927-09` → `сентябрь 1927`, `09.1927`, `1927-09` (the genitive `сентября` stems alike). */
export function monthForms(month: string): string[] {
  const [y = '', mm = ''] = month.split('-');
  return [`${MONTHS_NOMINATIVE[Number(mm) - 1]} ${y}`, `${mm}.${y}`, `${y}-${mm}`];
}

/**
 * The forms of a date as readers type them, for the index-only text: each day of a period of up
 * to {@link MAX_DAYS} days, else each month (up to {@link MAX_MONTHS}), and the years. A date
 * known to the month gets its months and years; a date known to the year, its years.
 */
export function dateForms(edtf: string | null): string[] {
  if (!edtf) return [];
  const span = dateSpan(edtf);
  if (!span) return [];
  const out: string[] = [];
  const days = span.precision === 'day' ? daysBetween(span.from, span.to) : [];
  if (days.length > 0 && days.length <= MAX_DAYS) out.push(...days.flatMap(dayForms));
  const months = span.precision === 'year' ? [] : monthsBetween(span.from, span.to);
  if (months.length <= MAX_MONTHS) out.push(...months.flatMap(monthForms));
  out.push(...yearsBetween(span.from, span.to));
  return [...new Set(out)];
}

/**
 * The values of the `month` filter: every month the date covers (`YYYY-MM`), a date known to the
 * year included (`1924` → all twelve months of 1924), so that a period filter (an OR over months)
 * finds every document that may fall into it. Undated: none.
 */
export function monthValues(edtf: string | null): string[] {
  const span = edtf ? dateSpan(edtf) : null;
  return span ? monthsBetween(span.from, span.to) : [];
}

/** The values of the `year` filter: every year the date covers. Undated: none. */
export function yearValues(edtf: string | null): string[] {
  const span = edtf ? dateSpan(edtf) : null;
  return span ? yearsBetween(span.from, span.to) : [];
}

/** What an undated document sorts as: after every date, in each direction. */
export const UNDATED_ASC = '9999-12-31';
export const UNDATED_DESC = '0000-01-01';

/**
 * The sort keys of a document: `date` for `{ date: 'asc' }` and `date_desc` for
 * `{ date_desc: 'desc' }`. Both are the first day the date can mean (as the site's date order),
 * followed by a tie-break (`tie`, e.g. source and number) so that documents of one day keep their
 * order; an undated document gets a sentinel that puts it last in its key's direction, so that no
 * document drops out of a sorted search (Pagefind leaves out pages without the sort key).
 */
export function sortKeys(edtf: string | null, tie: string): { date: string; date_desc: string } {
  const span = edtf ? dateSpan(edtf) : null;
  const first = span?.from;
  return {
    date: `${first ?? UNDATED_ASC} ${tie}`,
    date_desc: `${first ?? UNDATED_DESC} ${tie}`,
  };
}

export { MONTHS_GENITIVE, MONTHS_NOMINATIVE };
