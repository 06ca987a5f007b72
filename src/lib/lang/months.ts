/**
 * Russian month names: for headings (`Октябрь 1923`), dates (`2 сентября 1923 г.`), and for reading
 * dates as printed, where a month stands in any case (`января`, `январе`, `май`, `мае`). Pure: the
 * search page's script uses it too.
 */
import { capitalise } from './capitalise.ts';

export const MONTHS_NOMINATIVE = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
] as const;

export const MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
] as const;

/**
 * A month's name in the nominative, genitive, dative or prepositional, as a regular expression source
 * that ends at the word's end: `январь`, `января`, `январе`, `март`, `марта`, `марте`, `май`, `мая`, `мае`.
 */
export const MONTH_WORD =
  '(?:январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![а-яё])';

const STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/** The number (1–12) of a month named in any case (a word matched by {@link MONTH_WORD}); 0 when none. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('мар')) return 3;
  if (w.startsWith('ма')) return 5;
  return STEMS.findIndex((m) => w.startsWith(m)) + 1;
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a year and month, `YYYY-MM`. */
export const isYearMonth = (value: string): boolean => YEAR_MONTH.test(value);

/**
 * A month of a year in words: `1926-03` → `март 1926`; `genitive` → `марта 1926` (for «с марта 1926»);
 * `heading` → `Март 1926`. A value that is not `YYYY-MM` comes back unchanged.
 */
export function monthLabel(yearMonth: string, form: 'nominative' | 'genitive' | 'heading' = 'nominative'): string {
  const m = YEAR_MONTH.exec(yearMonth);
  if (!m) return yearMonth;
  const name = (form === 'genitive' ? MONTHS_GENITIVE : MONTHS_NOMINATIVE)[Number(m[2]) - 1]!;
  return `${form === 'heading' ? capitalise(name) : name} ${m[1]}`;
}
