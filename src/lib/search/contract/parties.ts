/**
 * The correspondence data's format (`/search/parties.json`): written at build time from the
 * records (src/lib/search/parties.ts, src/pages/search/parties.json.ts) and read by the search
 * page to offer a query such as «Троцкого Сталину» as author → addressee
 * (src/scripts/search/parties.ts). Both sides fold words the same way (`foldWord`), so that a
 * query's word meets the form the build wrote.
 */
export const PARTIES_URL = '/search/parties.json';

export interface PartyForms {
  /** The filter value (`Троцкий Л. Д.`). */
  value: string;
  /** Forms naming an author (nominative, genitive), lower case, `ё` as `е`. */
  author: string[];
  /** Forms naming an addressee (dative), lower case, `ё` as `е`. */
  addressee: string[];
}

export interface Parties {
  persons: PartyForms[];
  /** `[author, addressee, documents]`, most documents first. */
  pairs: [string, string, number][];
}

/** A word as the suggestion compares it: lower case, `ё` as `е`. */
export const foldWord = (w: string): string => w.toLocaleLowerCase('ru').replace(/ё/g, 'е');
