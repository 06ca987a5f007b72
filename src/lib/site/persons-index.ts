/** The index of persons, bodies and groups: Russian alphabetical order, each kind apart, in pages. Pure. */
import { urls } from '../ids/urls.ts';
import type { Person } from '../../schemas/index.ts';
import { paginate, PAGE_SIZE, type ListPage } from './pagination.ts';

const collator = new Intl.Collator('ru', { sensitivity: 'base', ignorePunctuation: true });

/** Compare two names in Russian alphabetical order (ё with е, case and punctuation ignored first). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface PersonIndex {
  persons: Person[];
  bodies: Person[];
  /** People named together without a body of their own (`немецкие коммунисты`). */
  groups: Person[];
}

/** Persons, bodies and groups, each in alphabetical order. */
export function personIndex(people: readonly Person[]): PersonIndex {
  const sorted = [...people].sort((a, b) => compareNames(a.name, b.name));
  const of = (kind: Person['kind']) => sorted.filter((p) => p.kind === kind);
  return { persons: of('person'), bodies: of('body'), groups: of('group') };
}

/** What a party is, for a reader: `Лицо`, `Учреждение, орган`, `Группа лиц`. */
export const PARTY_KIND_LABELS: Record<Person['kind'], string> = {
  person: 'Лицо',
  body: 'Учреждение, орган',
  group: 'Группа лиц',
};

/** The first letter a name is filed under (`Ёлкин` under Е), for letter headings. */
export function indexLetter(name: string): string {
  const letter = name.trim().charAt(0).toLocaleUpperCase('ru');
  return letter === 'Ё' ? 'Е' : letter;
}

/** One page of the index of names: its persons, bodies and groups, and where every letter of the whole index is. */
export interface PersonsListPage extends Omit<ListPage<Person>, 'items'> {
  persons: Person[];
  bodies: Person[];
  groups: Person[];
  /** Each initial letter of the persons, with the URL of its first entry (its page and anchor). */
  letters: { letter: string; href: string }[];
  /** Where the bodies begin (their page and anchor); null when there are none. */
  bodiesHref: string | null;
  /** Where the groups begin (their page and anchor); null when there are none. */
  groupsHref: string | null;
}

/** The index of names (`/persons/`) in pages of `size` entries: the persons, then the bodies, then the groups. */
export function personsListPages(index: PersonIndex, size = PAGE_SIZE): PersonsListPage[] {
  const pages = paginate([...index.persons, ...index.bodies, ...index.groups], urls.persons(), size);
  const pageOf = (position: number): string => pages[Math.floor(position / size)]!.url;
  const letters: { letter: string; href: string }[] = [];
  index.persons.forEach((p, i) => {
    const letter = indexLetter(p.name);
    if (letters.at(-1)?.letter !== letter) letters.push({ letter, href: `${pageOf(i)}#letter-${letter}` });
  });
  const bodiesHref = index.bodies.length > 0 ? `${pageOf(index.persons.length)}#bodies` : null;
  const groupsHref = index.groups.length > 0 ? `${pageOf(index.persons.length + index.bodies.length)}#groups` : null;
  return pages.map(({ items, ...page }) => ({
    ...page,
    persons: items.filter((p) => p.kind === 'person'),
    bodies: items.filter((p) => p.kind === 'body'),
    groups: items.filter((p) => p.kind === 'group'),
    letters,
    bodiesHref,
    groupsHref,
  }));
}
