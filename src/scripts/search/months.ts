/**
 * The period of a search, month by month. The index files each dated document under the months its
 * date covers (`month` filter, values `YYYY-MM`); a period from–to becomes an OR over those values.
 */
import { monthsBetween } from '../../lib/edtf/calendar.ts';
import { isYearMonth as isMonth, monthLabel as edtfMonthLabel } from '../../lib/lang/months.ts';

/** `1926-03` → `март 1926`; in the genitive, `марта 1926` (for «с марта 1926»). */
export const monthLabel = (value: string, genitive = false): string =>
  edtfMonthLabel(value, genitive ? 'genitive' : 'nominative');

/** Every month from the first to the last of `values` (`YYYY-MM`), by year: the choices of the period. */
export function monthsByYear(values: Iterable<string>): Map<string, string[]> {
  const months = [...values].filter(isMonth).sort();
  const years = new Map<string, string[]>();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return years;
  for (const month of monthsBetween(first, last)) {
    const year = month.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), month]);
  }
  return years;
}

/**
 * The indexed months inside a period. Either end may be open; ends given in the wrong order are
 * swapped (a reader who picks «с декабря по март» means the months between).
 */
export function monthsInRange(indexed: Iterable<string>, from: string | null, to: string | null): string[] {
  let start = from ?? '0000-00';
  let end = to ?? '9999-99';
  if (start > end) [start, end] = [end, start];
  return [...indexed].filter((m) => isMonth(m) && m >= start && m <= end).sort();
}

/** The period in words for the status line: `март 1926 — декабрь 1927`, `с марта 1926`, `по декабрь 1927`. */
export function periodLabel(from: string | null, to: string | null): string {
  if (from && to) {
    const [a, b] = from <= to ? [from, to] : [to, from];
    return a === b ? monthLabel(a) : `${monthLabel(a)} — ${monthLabel(b)}`;
  }
  if (from) return `с ${monthLabel(from, true)}`;
  if (to) return `по ${monthLabel(to)}`;
  return '';
}
