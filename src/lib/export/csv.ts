/**
 * `documents.csv`: one row per document, for a spreadsheet or a statistics package — the number,
 * title, dates, genre, parties, the archival reference level by level, the page and the URL. RFC 4180:
 * comma-separated, every field quoted, quotes doubled, CR LF line ends, UTF-8 without a byte-order
 * mark. Several authors or addressees are joined by «; ». Pure.
 */
import type { CitationRecord } from './citation-record.ts';

/** The columns, in order: the header row. */
export const CSV_COLUMNS = [
  'id',
  'number',
  'title',
  'date_edtf',
  'date_printed',
  'genre',
  'authors',
  'addressees',
  'archive',
  'fond',
  'opis',
  'delo',
  'sheets',
  'page',
  'url',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The separator of several names in one field. */
export const CSV_LIST_SEPARATOR = '; ';

/** A row's values by column (empty string for what is not known). */
export function csvRow(r: CitationRecord, number: number, page: number | null): Record<CsvColumn, string> {
  const o = r.original;
  return {
    id: r.id,
    number: String(number),
    title: r.title,
    date_edtf: r.date.edtf ?? '',
    date_printed: r.date.printed,
    genre: r.genre ?? '',
    authors: r.authors.map((a) => a.name).join(CSV_LIST_SEPARATOR),
    addressees: r.addressees.map((a) => a.name).join(CSV_LIST_SEPARATOR),
    archive: o?.archive ?? '',
    fond: o?.fond ?? '',
    opis: o?.opis ?? '',
    delo: o?.delo ?? '',
    sheets: o?.sheets ?? '',
    page: page === null ? '' : String(page),
    url: r.url,
  };
}

const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** The CSV file of the rows, header first. */
export function documentsCsv(rows: readonly Record<CsvColumn, string>[]): string {
  const lines = [CSV_COLUMNS.map(quote).join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => quote(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
