import type { DocumentDate } from '../../schemas/index.ts';

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

/** The first year of an EDTF date, for filters and sorting; `null` when undated. */
export function edtfYear(date: DocumentDate): string | null {
  return date.edtf?.match(/\d{4}/)?.[0] ?? null;
}

/** Labels of where a date was found. */
export const DATE_SOURCE_LABELS = {
  title: 'по заголовку',
  footnote: 'по примечанию составителя',
  text: 'по тексту документа',
} as const;

/** A sortable key of an EDTF date (its start, qualifiers dropped), e.g. `1924-12` for `1924-12~/1925-01~`. */
export function edtfSortKey(date: DocumentDate): string | null {
  const start = date.edtf?.split('/')[0]?.replace(/[~?%]/g, '');
  return start && /^\d{4}/.test(start) ? start : null;
}
