/**
 * The words the edition prints around its records, in one place: every page, component and the body
 * renderer take them from here, so a document is called the same everywhere (`№ 12`, «без даты»,
 * «Вид документа»). Dates themselves are labelled by `edtfLabel` (src/lib/edtf/label.ts). Pure.
 */
import type { Correction, Document, Source } from '../../schemas/index.ts';

/** The edition's name: the site's name in page titles, and the electronic publication in a citation. */
export const EDITION_TITLE = 'Политбюро и Лев Троцкий';

/**
 * `№ 12`: a document's number in its source, as the collection prints it in its headers; `nobreak`
 * joins sign and number with a no-break space where a line must not end after `№`.
 */
export function numberLabel(number: number | string, { nobreak = false } = {}): string {
  return `№${nobreak ? '\u00a0' : ' '}${number}`;
}

/** What stands for the date of an undated document inside a line (`№ 51. без даты`). */
export const UNDATED = 'без даты';

/** The same at the start of a line, a link or a breadcrumb (`Без даты — 3 документа`). */
export const UNDATED_TITLE = 'Без даты';

/**
 * How a document is named in a list: `№ 12` in a collection; the short title of its source for a
 * text that is a source of its own (it has no number worth citing); its own title for a program text
 * of the book, which prints them unnumbered.
 */
export function documentLabel(doc: Pick<Document, 'number'> & { title?: string }, source: Pick<Source, 'kind' | 'shortTitle'> | undefined): string {
  if (source?.kind === 'book') return doc.title ?? source.shortTitle;
  return source && source.kind !== 'document-collection' ? source.shortTitle : numberLabel(doc.number);
}

/** Said of a title the edition supplied because the printed one is lost (`[заголовок дан изданием]`). */
export const TITLE_SUPPLIED = 'заголовок дан изданием';

/** Said of a page number the edition counted (the OCR text has no running heads): `с. 17 (по подсчёту страниц)`. */
export const PAGE_COUNTED = 'по подсчёту страниц';

/** Where the date of a document was found (`date.source`), as its page says it. */
export const DATE_SOURCE_LABELS = {
  title: 'по заголовку',
  footnote: 'по примечанию составителя',
  text: 'по тексту документа',
  published: 'по месту публикации',
} as const;

/** Labels of the fields of a document's record, as its page lists them; `[singular, plural]` for parties. */
export const FIELD_LABELS = {
  date: 'Дата',
  place: 'Место',
  genre: 'Вид документа',
  authors: ['Автор', 'Авторы'],
  addressees: ['Адресат', 'Адресаты'],
  classification: 'Гриф',
  registration: 'Рег. номер',
  source: 'Источник',
} as const;

/** Labels of the record fields an editorial correction may change (`content/corrections.json`). */
export const CORRECTED_FIELD_LABELS: Readonly<Record<Correction['field'], string>> = {
  date: 'Дата',
  title: 'Заголовок',
  text: 'Текст',
  legend: 'Легенда',
};

/** The mark after a reading the edition corrected, and what a screen reader says for it. */
export const CORRECTION_MARK = { text: 'испр.', ariaLabel: 'испр. (исправление издания)' } as const;

/** What a screen reader says for a footnote marker: `Примечание 12`. */
export function noteMarkLabel(n: string): string {
  return `Примечание ${n}`;
}
