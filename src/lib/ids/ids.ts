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

/**
 * A path segment: the slug. A value with no letter or digit that survives (`…`, `№`, `*`) gets `x-` and
 * its code points in hex (`…` → `x-2026`, `«»` → `x-ab-bb`): a page of its own, derived from the value
 * alone, so two such values never share one (a single fallback such as `x` would merge them). An empty
 * value has no segment: that is a bug upstream, not a page.
 */
function segment(value: string): string {
  const slugged = slug(value);
  if (slugged) return slugged;
  const kept = value.normalize('NFC').trim();
  if (!kept) throw new Error(`an empty value has no path segment: ${JSON.stringify(value)}`);
  return `x-${[...kept].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}

/**
 * The width of the number in a document id: `pt-001`; a larger number keeps all its digits (`pt-1000`),
 * so the existing ids never change and no two numbers share one (a copy's suffix, `pt-100-2`, has its own
 * hyphen). Ids are names, not sort keys: as text `pt-1000` falls between `pt-100` and `pt-101`, so every
 * list orders documents by source and number (the search page by `numberKey`), never by id.
 */
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
  return segment(name);
}

/** A path segment for an archive, fond, opis or delo as printed (`РГАСПИ` → `rgaspi`, `Р-9401` → `r-9401`). */
export const archiveSegment = (value: string): string => segment(value);

/** A path segment for a genre (`письмо` → `pismo`). */
export const genreSegment = (genre: string): string => segment(genre);

/**
 * The order of the persons, sources and studies as the site lists them when nothing else orders them: by
 * id, compared as Astro's content layer stores its entries (`localeCompare`), so that a process reading
 * `data/` without Astro (scripts/beside-pages.ts) sees them as the pages' build does.
 */
export const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
