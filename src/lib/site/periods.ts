/**
 * Documents by period for the browse-by-date pages: grouped by the year and month each is filed under
 * (`placement` of src/lib/edtf), and why an undated document has no date. Pure functions: the pages
 * pass the documents in.
 */
import type { DocumentSummary } from '../../schemas/index.ts';
import { placement } from '../edtf/edtf.ts';

/** The documents of one year, by month, and those dated by the year only. */
export interface YearGroup {
  year: number;
  /** Months that have documents, in order; each month's documents in the order given. */
  months: { month: string; documents: DocumentSummary[] }[];
  /** Documents dated by the year only. */
  yearOnly: DocumentSummary[];
  /** All documents filed under the year. */
  count: number;
}

/** Documents grouped by year and month, keeping the order given (pass them in date order). */
export function groupByPeriod(documents: readonly DocumentSummary[]): { years: YearGroup[]; undated: DocumentSummary[] } {
  const years = new Map<number, { months: Map<string, DocumentSummary[]>; yearOnly: DocumentSummary[] }>();
  const undated: DocumentSummary[] = [];
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
export function undatedReason(doc: DocumentSummary, dateMissing: ReadonlySet<string>): string {
  if (/без\s+даты/i.test(doc.title)) return 'В заголовке сборника документ назван «без даты».';
  if (doc.titleSupplied) return 'Заголовок документа утрачен, а в тексте дата не найдена.';
  if (dateMissing.has(doc.id)) return 'Дата не найдена ни в заголовке, ни в примечаниях составителя, ни в тексте.';
  return 'Дата не установлена.';
}

