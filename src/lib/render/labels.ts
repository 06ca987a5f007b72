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

/**
 * A document's title as a list or a link names it: `№ 12. Письмо …` in a collection; the title alone for
 * a text that is a source of its own (its «№ 1» would read as the collection's document № 1).
 */
export function numberedTitle(doc: Pick<Document, 'number' | 'title'>, source: Pick<Source, 'kind'> | undefined): string {
  return source && source.kind !== 'document-collection' ? doc.title : `${numberLabel(doc.number)}. ${doc.title}`;
}

/** Said of a title the edition supplied because the printed one is lost (`[заголовок дан изданием]`). */
export const TITLE_SUPPLIED = 'заголовок дан изданием';

/**
 * The pages of a document in the printed collection as a reader sees them: `465–468` and, when they are
 * reckoned from the few page numbers the OCR kept rather than printed on those pages, the note
 * `расчётные` (`расчётная` for one page); `null` when the source gives no pages.
 */
export function pagesLabel(doc: Pick<Document, 'page' | 'pageEnd' | 'pageReckoned'>): { pages: string; note: string | null } | null {
  if (doc.page === null) return null;
  const one = doc.pageEnd === null || doc.pageEnd === doc.page;
  return { pages: one ? `${doc.page}` : `${doc.page}–${doc.pageEnd}`, note: doc.pageReckoned ? (one ? 'расчётная' : 'расчётные') : null };
}

/** Where the date of a document was found (`date.source`), as its page says it. */
export const DATE_SOURCE_LABELS = {
  title: 'по заголовку',
  footnote: 'по примечанию составителя',
  text: 'по тексту документа',
  publication: 'по публикации',
  study: 'по исследованию в той же книге',
} as const;

/** Why a date is inferred from the printed one (`date.basis`), as a reader is told beside the date. */
export const DATE_BASIS_LABELS = {
  publication: 'заголовок называет только дату публикации готового текста; документ написан не позднее этого дня',
  study: 'текст напечатан без даты; исследование в той же книге называет срок, к которому он написан, и документ датирован «не позднее» этого срока',
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

/** What kind of intervention a correction is (`Correction['kind']`), as its entry says it. */
export const CORRECTION_KIND_LABELS: Readonly<Record<Correction['kind'], string>> = {
  ocr: 'ошибка распознавания исправлена',
  misprint: 'опечатка издания исправлена',
  sic: 'опечатка издания сохранена [sic]',
  editorial: 'прочтение издания',
};

/**
 * How an entry of the corrections list names the two strings: an OCR slip was never printed («в
 * распознанном тексте» / «в книге»), a misprint was (`Напечатано` / `издание читает`), a kept slip is read as printed.
 */
export const CORRECTION_SIDES: Readonly<Record<Correction['kind'], { from: string; to: string }>> = {
  ocr: { from: 'В распознанном тексте', to: 'в книге' },
  misprint: { from: 'Напечатано', to: 'издание читает' },
  sic: { from: 'Напечатано', to: 'издание оставляет' },
  editorial: { from: 'Напечатано', to: 'издание читает' },
};

/** The mark after a reading the edition corrected, and what a screen reader says for it. */
export const CORRECTION_MARK = { text: 'испр.', ariaLabel: 'испр. (исправление издания)' } as const;

/**
 * The link that ends each paragraph of a text and points at it (`<a href="#p-3">¶</a>`), for citing
 * the passage; what a screen reader says for it.
 */
export const PASSAGE_MARK = '¶';
export function passageLinkLabel(n: number, heading: boolean): string {
  return heading ? 'Ссылка на этот заголовок' : `Ссылка на абзац ${n}`;
}

/** What a screen reader says for a footnote marker: `Примечание 12`. */
export function noteMarkLabel(n: string): string {
  return `Примечание ${n}`;
}

/**
 * The authors before a title in a list or a description, closed by a full stop: `Уорд К. Д. `, `CDW. `,
 * `` when there are none. A name that already ends in an initial's stop gets no second one (`Геббс Я.. `).
 */
export function authorsLead(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  const names = authors.join(', ');
  return /[.!?…]$/u.test(names) ? `${names} ` : `${names}. `;
}

/**
 * A study's kind in brackets after its title in a list (` (исследование)`), or nothing when the title
 * already says it (a text titled «Аннотация» is not followed by «(аннотация)»).
 */
export function studyKindAfter(title: string, kind: string): string {
  return title.trim().toLocaleLowerCase('ru') === kind.toLocaleLowerCase('ru') ? '' : ` (${kind})`;
}
