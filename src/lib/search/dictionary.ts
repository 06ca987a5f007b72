/**
 * The Russian spelling dictionary (Hunspell's, from the `dictionary-ru` package, read by `nspell`):
 * whether a lower-case word form exists, for the index-only `й`-forms (short-i.ts), which are added
 * to pages that do not print them and so must be words of the language, not a misprint of one page.
 * Loading it takes some seconds; the build does it once.
 */
import dictionary from 'dictionary-ru';
import nspell from 'nspell';

export function russianWords(): (form: string) => boolean {
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return (form) => spell.correct(form);
}
