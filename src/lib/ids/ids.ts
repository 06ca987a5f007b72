/**
 * The edition's ids, in one place: a document's id from its source and number, a person's or body's id
 * from the edition's form of the name, and the ASCII path segments of archive references and genres.
 * Ids are derived from stable values only (never from the order of records), so that a parser change
 * does not move a page; `urls.ts` builds every URL from them.
 */
import { slugify } from 'transliteration';

/**
 * ASCII letters, digits and hyphens from any text, transliterated: `Троцкий Л. Д.` → `trockiy-l-d`,
 * `Р-9401` → `r-9401`. Dots, brackets and quotes separate words. Empty when nothing is left.
 */
export function slug(value: string): string {
  return slugify(value.replace(/[.()«»"]/g, ' '), { lowercase: true, separator: '-' }).replace(/[^a-z0-9-]/g, '');
}

/** A path segment: the slug, or `x` when the value has no letter or digit that survives. */
const segment = (value: string): string => slug(value) || 'x';

/** The width of the number in a document id: `pt-001`; a larger number keeps all its digits (`pt-1000`). */
const NUMBER_WIDTH = 3;

/**
 * A document's id: the source's siglum and the document's number in it, `pt` + 12 → `pt-012`. A second
 * document printed with the same number (an error the ingest reports) keeps its text as `pt-012-2`.
 */
export function documentId(siglum: string, number: number, copy = 1): string {
  return `${siglum}-${String(number).padStart(NUMBER_WIDTH, '0')}${copy > 1 ? `-${copy}` : ''}`;
}

/** A person's or body's id from the edition's form of the name: `Троцкий Л. Д.` → `trockiy-l-d`. */
export function personId(name: string): string {
  return slug(name);
}

/** A path segment for an archive, fond, opis or delo as printed (`РГАСПИ` → `rgaspi`, `Р-9401` → `r-9401`). */
export const archiveSegment = (value: string): string => segment(value);

/** A path segment for a genre (`письмо` → `pismo`). */
export const genreSegment = (genre: string): string => segment(genre);
