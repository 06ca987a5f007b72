/**
 * Words as Pagefind sees them, for the index-side computations (persons named in a text, the
 * `й` forms of a document). Pagefind splits the indexed text at white space, keeps the letters
 * and digits of each chunk (lower-cased) and, when a chunk had punctuation inside (`т.Троцкого`,
 * `15.09.1927`), also its parts; then it folds diacritics (Unicode NFD, combining marks
 * dropped: `й` → `и`, `ё` → `е`) and stems. See docs/search.md.
 */
import type { Document } from '../../schemas/index.ts';

/**
 * A copy of `s` that does not hold the string it was cut from. V8 keeps a word cut out of a longer
 * string (13 characters or more) as a slice of it: a word kept for the whole build would keep the
 * whole text it came from (a document's lower-cased text, some 220 MB at ×100 for the words of all).
 */
export const ownString = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** Letters and digits runs: the parts Pagefind indexes (the joined chunk adds nothing a query of one part needs). */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, as written (case kept). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Pagefind's diacritic folding: NFD, combining marks dropped, back to NFC (`й` → `и`, `ё` → `е`, `é` → `e`). */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Every text of a record that the document page puts into the index: title, body, notes, legend, marginalia, publications. */
export function indexedTexts(doc: Document): string[] {
  return [
    doc.title,
    doc.text,
    ...doc.notes.map((n) => n.text),
    doc.legend?.text ?? '',
    ...doc.marginalia,
    ...doc.published,
  ].filter((t) => t.trim() !== '');
}
