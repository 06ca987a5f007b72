/** The index of persons, bodies and groups: Russian alphabetical order, each kind apart. Pure. */
import type { Person } from '../../schemas/index.ts';

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
