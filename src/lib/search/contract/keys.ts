/**
 * The names the search index gives to its filters, sort keys and result metadata: the contract
 * between the document pages (src/components/search-index.astro) and any search interface
 * (the /search/ page, a reader's own use of Pagefind's JS API). See docs/search.md.
 */

/** Pagefind filter keys (`data-pagefind-filter`) with the Russian label an interface shows. */
export const FILTER_KEYS = {
  /** Author (person or body), normalised name: `Троцкий Л. Д.`, `Политбюро ЦК ВКП(б)`. */
  author: { key: 'author', label: 'Автор' },
  /** Addressee, as `author`. */
  addressee: { key: 'addressee', label: 'Адресат' },
  /** Kind of document in the nominative: `письмо`, `выписка из протокола`. */
  genre: { key: 'genre', label: 'Вид документа' },
  /** Archive of the original: `РГАСПИ`, `ЦА ФСБ России`. */
  archive: { key: 'archive', label: 'Архив' },
  /** Archive and fond: `РГАСПИ, ф. 17`. */
  fond: { key: 'fond', label: 'Фонд' },
  /** Source volume or text, its short title: `Политбюро и Лев Троцкий. Кн. 1`. */
  source: { key: 'source', label: 'Источник' },
  /** What the page holds: `документ` (a document of the time) or `исследование` (a study about them). */
  kind: { key: 'kind', label: 'Документ или исследование' },
  /** The year the browse pages file the document under (where its date starts): `1927`. */
  year: { key: 'year', label: 'Год' },
  /** Every month the date covers: `1927-09`; a period is an OR (`{ any: [...] }`) over these. */
  month: { key: 'month', label: 'Месяц' },
} as const;

/** The values of the `kind` filter. */
export const KIND_VALUES = { document: 'документ', study: 'исследование' } as const;

export type FilterName = keyof typeof FILTER_KEYS;

/**
 * Sort keys (`data-pagefind-sort`). Every document page has both, undated ones included:
 * ascending date order is `{ date: 'asc' }`, descending is `{ date_desc: 'desc' }`; undated
 * documents come last in both. (`{ date: 'desc' }` would put them first.)
 */
export const SORT_KEYS = {
  date: 'date',
  dateDesc: 'date_desc',
} as const;

/** Result metadata (`data-pagefind-meta`), returned with each result by `result.data()`. */
export const META_KEYS = {
  /** The title as shown on the page (an edition-supplied title in brackets). */
  title: 'title',
  /** The document's number in its source: `6`. */
  number: 'number',
  /** The date as the page shows it: `15 октября 1923 г.`; `без даты` when undated. */
  date: 'date',
  /** The date as printed in the source (title, editor's note or text): `15 октября 1923`; absent when undated. */
  dateText: 'date_text',
  /** The normalised date, EDTF: `1923-10-15`, `1924-12~/1925-01~`; absent when undated. */
  dateEdtf: 'date_edtf',
  /** Kind of document: `выписка из протокола`; absent when unknown. */
  genre: 'genre',
  /**
   * Index-only: word forms with `й` that the page's text has in another case (see
   * src/lib/search/short-i.ts). Searchable like all metadata; not for display.
   */
  shortIForms: 'index_forms',
} as const;

/**
 * The id of an empty element that document pages put where their index-only text begins (names
 * in Latin letters and in other cases, dates as readers type them: words the reader does not see).
 * Result cards and excerpts are cut from the text before it (src/lib/search/cards.ts,
 * src/scripts/search/excerpt.ts); a page without it gets Pagefind's excerpt. Rendered by
 * src/components/search-index.astro.
 */
export const INDEX_ONLY_ANCHOR = 'index-only';
