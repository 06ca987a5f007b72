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
import { daysBetween, monthsBetween, yearsBetween } from '../edtf/calendar.ts';
import { dateSpan, placement, sortKey } from '../edtf/edtf.ts';
import { MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../lang/months.ts';

/** The longest run of days whose forms are each put into the index; a longer period gets its months. */
export const MAX_DAYS = 31;
/** The longest run of months whose forms are each put into the index; a longer period gets its years. */
export const MAX_MONTHS = 24;

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
  const span = dateSpan(edtf);
  return span ? monthsBetween(span.from, span.to) : [];
}

/**
 * The value of the `year` filter: the one year the browse pages file the document under
 * (`placement`: where the date starts, `1924-12~/1925-01~` → 1924), so that a year's count in the
 * filter is the count of its page under /dates/. A period search still finds every document that
 * may fall into it (the `month` filter covers every month of the date). Undated: none.
 */
export function filedYear(edtf: string | null): string[] {
  const year = placement(edtf).year;
  return year === null ? [] : [String(year)];
}

/** What an undated document sorts as: after every date, in each direction. */
export const UNDATED_ASC = '9999-12-31';
export const UNDATED_DESC = '0000-01-01';

/** Digits of the largest integer a document number can be (`Number.MAX_SAFE_INTEGER`). */
const NUMBER_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

/**
 * A document number as a tie-break that sorts as text in number order, whatever its length: padded to
 * the digits of the largest safe integer (`1000` after `999`, where a fixed four would fail at 10,000).
 */
export const numberKey = (n: number): string => String(n).padStart(NUMBER_DIGITS, '0');

/**
 * The sort keys of a document: `date` for `{ date: 'asc' }` and `date_desc` for
 * `{ date_desc: 'desc' }`. Both are the first day the date can mean (as the site's date order),
 * followed by a tie-break (`tie`, e.g. source and number) so that documents of one day keep their
 * order; an undated document gets a sentinel that puts it last in its key's direction, so that no
 * document drops out of a sorted search (Pagefind leaves out pages without the sort key).
 */
export function sortKeys(edtf: string | null, tie: string): { date: string; date_desc: string } {
  const first = sortKey(edtf);
  return {
    date: `${first ?? UNDATED_ASC} ${tie}`,
    date_desc: `${first ?? UNDATED_DESC} ${tie}`,
  };
}

