/**
 * Correspondence suggestions for the search page: who wrote to whom, by the case of each surname in
 * a query. Stemming erases the cases (`Троцкого` and `Троцкому` are both `троцк`), so the index
 * cannot tell «Троцкого Сталину» (Trotsky to Stalin) from «Сталина Троцкому»; the author and
 * addressee filters can. This module lists, for every person who is an author or addressee, the
 * surname forms that name an author (nominative, genitive: «письмо Троцкого») and an addressee
 * (dative: «Сталину»), and every author → addressee pair with its number of documents. The page
 * (src/scripts/search/parties.ts) offers the pair a query names as a link to the two filters.
 */
import type { DocumentSummary, Person } from '../../schemas/index.ts';
import { foldWord, type Parties, type PartyForms } from './contract/parties.ts';
import { splitName, surnameCases } from '../lang/names.ts';

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** The parties data of the edition: persons (not bodies) who are authors or addressees. */
export function partiesData(documents: readonly DocumentSummary[], persons: readonly Person[]): Parties {
  const byId = new Map(persons.map((p) => [p.id, p]));
  const values = new Map<string, string>();
  const pairs = new Map<string, [string, string, number]>();
  for (const doc of documents) {
    const authors = doc.authors.filter((r) => byId.get(r.id)?.kind === 'person');
    const addressees = doc.addressees.filter((r) => byId.get(r.id)?.kind === 'person');
    for (const r of [...authors, ...addressees]) values.set(r.id, r.name);
    const seen = new Set<string>();
    for (const a of authors) {
      for (const b of addressees) {
        const key = `${a.name}\u0000${b.name}`;
        if (a.id === b.id || seen.has(key)) continue;
        seen.add(key);
        const pair = pairs.get(key) ?? [a.name, b.name, 0];
        pair[2] += 1;
        pairs.set(key, pair);
      }
    }
  }
  const list: PartyForms[] = [...values].map(([id, value]) => {
    const { nominative, genitive, dative } = surnameCases(splitName(byId.get(id)!.name).surname);
    return { value, author: unique([nominative, ...genitive].map(foldWord)), addressee: unique(dative.map(foldWord)) };
  });
  list.sort((a, b) => a.value.localeCompare(b.value, 'ru'));
  const sorted = [...pairs.values()].sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0], 'ru') || a[1].localeCompare(b[1], 'ru'));
  return { persons: list, pairs: sorted };
}
