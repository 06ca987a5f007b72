/**
 * Documents by period: where a document is filed in the browse-by-date pages, how months and
 * EDTF dates read in Russian, and why an undated document has no date. Pure functions: the
 * pages pass the documents in.
 */
import type { Document } from '../../schemas/index.ts';
import { MONTHS_NOMINATIVE } from '../lang/months.ts';



const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Where a document is filed: the year and month its date starts in (`month` is `yyyy-mm`). */
export interface Placement {
  /** `null` when undated (or when not even the year is known). */
  year: number | null;
  /** `null` when undated or dated by the year only. */
  month: string | null;
}

/** One end of an EDTF date, qualifiers (`~ ? %`) dropped; `null` for an open or unknown end. */
function endpoint(part: string | undefined): string | null {
  const value = part?.replace(/[~?%]/g, '').trim();
  return value && value !== '..' ? value : null;
}

/**
 * The year and month where an EDTF date starts. A range or an approximate date goes under
 * the month where it starts (`1924-12~/1925-01~` → December 1924); a date known to the year
 * only has no month; a season (`1925-21`) or an unspecified month (`1925-XX`) counts as
 * the year only. An interval with an open start is filed by its end.
 */
export function placement(edtf: string | null): Placement {
  if (edtf === null) return { year: null, month: null };
  const parts = edtf.split('/');
  const start = endpoint(parts[0]) ?? endpoint(parts[parts.length - 1]);
  const m = start?.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!m) return { year: null, month: null };
  const year = Number(m[1]);
  const month = m[2] !== undefined && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null;
  return { year, month };
}

/** `1923-10` → `Октябрь 1923`. */
export function monthLabel(yearMonth: string): string {
  const [y, m] = yearMonth.split('-');
  const name = MONTHS_NOMINATIVE[Number(m) - 1];
  if (!name || !y) throw new RangeError(`Not a year and month: ${yearMonth}`);
  return `${capitalise(name)} ${y}`;
}

/** Every month from `from` to `to` inclusive (`yyyy-mm`). */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [toY, toM] = to.split('-').map(Number) as [number, number];
  while (y < toY || (y === toY && m <= toM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** The documents of one year, by month, and those dated by the year only. */
export interface YearGroup {
  year: number;
  /** Months that have documents, in order; each month's documents in the order given. */
  months: { month: string; documents: Document[] }[];
  /** Documents dated by the year only. */
  yearOnly: Document[];
  /** All documents filed under the year. */
  count: number;
}

/** Documents grouped by year and month, keeping the order given (pass them in date order). */
export function groupByPeriod(documents: readonly Document[]): { years: YearGroup[]; undated: Document[] } {
  const years = new Map<number, { months: Map<string, Document[]>; yearOnly: Document[] }>();
  const undated: Document[] = [];
  for (const doc of documents) {
    const { year, month } = placement(doc.date.edtf);
    if (year === null) {
      undated.push(doc);
      continue;
    }
    let group = years.get(year);
    if (!group) years.set(year, (group = { months: new Map(), yearOnly: [] }));
    if (month === null) group.yearOnly.push(doc);
    else group.months.set(month, [...(group.months.get(month) ?? []), doc]);
  }
  return {
    years: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, g]) => {
        const months = [...g.months.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([month, docs]) => ({ month, documents: docs }));
        const count = g.yearOnly.length + months.reduce((n, m) => n + m.documents.length, 0);
        return { year, months, yearOnly: g.yearOnly, count };
      }),
    undated,
  };
}

/**
 * Why a document has no date, in Russian, for the list of undated documents.
 * `dateMissing`: ids of documents the ingest reported with `date-missing`.
 */
export function undatedReason(doc: Document, dateMissing: ReadonlySet<string>): string {
  if (/без\s+даты/i.test(doc.title)) return 'В заголовке сборника документ назван «без даты».';
  if (doc.titleSupplied) return 'Заголовок документа утрачен, а в тексте дата не найдена.';
  if (dateMissing.has(doc.id)) return 'Дата не найдена ни в заголовке, ни в примечаниях составителя, ни в тексте.';
  return 'Дата не установлена.';
}

