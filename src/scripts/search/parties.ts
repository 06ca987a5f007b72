/**
 * The correspondence suggestion: a query naming one person in the nominative or genitive and
 * another in the dative («Троцкого Сталину», «письма Сталина Троцкому») is offered as the author
 * and addressee filters («автор — Троцкий Л. Д., адресат — Сталин И. В.: 9 документов»). The index
 * stems the cases away; the data (`/search/parties.json`, src/lib/search/parties.ts) keeps them.
 * Fetched only for a query of two words or more, and so is this module: the search page loads it
 * when `mayNameParties` (party-query.ts) says a query may name two parties, not for the first
 * result list of a one-word query. Its format: src/lib/search/contract/parties.ts.
 */
import { PARTIES_URL, type Parties, type PartyForms } from '../../lib/search/contract/parties.ts';
import { onSite } from '../site-base.ts';
import { queryWords } from './party-query.ts';

export { mayNameParties, queryWords } from './party-query.ts';

export interface PartySuggestion {
  author: string;
  addressee: string;
  count: number;
}

/**
 * The author → addressee pairs of the edition that a query names: an author form and an addressee
 * form at two different words of the query, most documents first, at most `limit`.
 */
export function partySuggestions(q: string, parties: Parties, limit = 3): PartySuggestion[] {
  const words = queryWords(q);
  if (words.length < 2) return [];
  const at = (forms: readonly string[]): number[] => words.flatMap((w, i) => (forms.includes(w) ? [i] : []));
  const asAuthor = new Map<string, number[]>();
  const asAddressee = new Map<string, number[]>();
  for (const p of parties.persons) {
    const a = at(p.author);
    const b = at(p.addressee);
    if (a.length > 0) asAuthor.set(p.value, a);
    if (b.length > 0) asAddressee.set(p.value, b);
  }
  const apart = (xs: number[], ys: number[]): boolean => xs.some((x) => ys.some((y) => x !== y));
  return parties.pairs
    .filter(([a, b]) => asAuthor.has(a) && asAddressee.has(b) && apart(asAuthor.get(a)!, asAddressee.get(b)!))
    .slice(0, limit)
    .map(([author, addressee, count]) => ({ author, addressee, count }));
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks the shape of the fetched data; anything else is no data. */
export function parseParties(value: unknown): Parties | null {
  if (typeof value !== 'object' || value === null) return null;
  const { persons, pairs } = value as Record<string, unknown>;
  if (!Array.isArray(persons) || !Array.isArray(pairs)) return null;
  const okPerson = (p: unknown): p is PartyForms =>
    typeof p === 'object' && p !== null && typeof (p as PartyForms).value === 'string' && strings((p as PartyForms).author) && strings((p as PartyForms).addressee);
  const okPair = (p: unknown): p is [string, string, number] =>
    Array.isArray(p) && p.length === 3 && typeof p[0] === 'string' && typeof p[1] === 'string' && Number.isInteger(p[2]);
  return persons.every(okPerson) && pairs.every(okPair) ? { persons, pairs } : null;
}

let loading: Promise<Parties | null> | null = null;

/** The parties data, fetched once; null when it cannot be had (then no suggestion is shown). */
export function loadParties(): Promise<Parties | null> {
  loading ??= fetch(onSite(PARTIES_URL))
    .then((res) => (res.ok ? res.json() : null))
    .then(parseParties)
    .catch((error: unknown) => {
      console.warn('search: no correspondence suggestions', error);
      return null;
    });
  return loading;
}
