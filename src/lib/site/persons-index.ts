/** The index of persons and bodies: Russian alphabetical order, persons apart from bodies. Pure. */
import type { Person } from '../../schemas/index.ts';

const collator = new Intl.Collator('ru', { sensitivity: 'base', ignorePunctuation: true });

/** Compare two names in Russian alphabetical order (ё with е, case and punctuation ignored first). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface PersonIndex {
  persons: Person[];
  bodies: Person[];
}

/** Persons and bodies, each in alphabetical order. */
export function personIndex(people: readonly Person[]): PersonIndex {
  const sorted = [...people].sort((a, b) => compareNames(a.name, b.name));
  return { persons: sorted.filter((p) => p.kind === 'person'), bodies: sorted.filter((p) => p.kind === 'body') };
}

/** The first letter a name is filed under (`Ёлкин` under Е), for letter headings. */
export function indexLetter(name: string): string {
  const letter = name.trim().charAt(0).toLocaleUpperCase('ru');
  return letter === 'Ё' ? 'Е' : letter;
}
