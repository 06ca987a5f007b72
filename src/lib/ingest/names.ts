/** Normalisation of personal names printed in oblique cases to `Фамилия И. О.` in the nominative. */

export type NameCase = 'gen' | 'dat' | 'nom';

/** Endings read right to left: the first that fits wins. Indeclinable surnames (-дзе, -зе, -их, -ых, -о) pass unchanged. */
const GENITIVE: Array<[RegExp, string]> = [
  [/([сц])кого$/, '$1кий'],
  [/([гкхжшщч])ого$/, '$1ий'],
  [/ого$/, 'ый'],
  [/([сц])кой$/, '$1кая'],
  [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
  [/ой$/, 'ая'],
  [/(ов|ев|ёв|ин|ын|ич)а$/, '$1'],
  [/([гкхжшщч])и$/, '$1а'],
  [/ы$/, 'а'],
  [/ья$/, 'ий'],
  [/([бвгджзклмнпрстфхцчшщ])а$/, '$1'],
];

const DATIVE: Array<[RegExp, string]> = [
  [/([сц])кому$/, '$1кий'],
  [/([гкхжшщч])ому$/, '$1ий'],
  [/ому$/, 'ый'],
  [/([сц])кой$/, '$1кая'],
  [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
  [/(ов|ев|ёв|ин|ын|ич)у$/, '$1'],
  [/ью$/, 'ий'],
  [/([бвгджзклмнпрстфхцчшщ])у$/, '$1'],
  [/([бвгджклмнпрстфхцчшщ])е$/, '$1а'],
];

const INDECLINABLE = /(?:дзе|зе|ых|их|ко|аго|яго|о|у|ю)$/;

/** A surname in the nominative, from its form in the given case. */
export function surnameToNominative(surname: string, nameCase: NameCase): string {
  if (nameCase === 'nom') return surname;
  const parts = surname.split('-');
  if (parts.length > 1) return parts.map((p) => surnameToNominative(p, nameCase)).join('-');
  if (nameCase === 'gen' && INDECLINABLE.test(surname) && !/ого$/.test(surname)) return surname;
  const rules = nameCase === 'gen' ? GENITIVE : DATIVE;
  for (const [pattern, replacement] of rules) if (pattern.test(surname)) return surname.replace(pattern, replacement);
  return surname;
}

/** Guesses the case of a surname from its ending: `Троцкого` genitive, `Троцкому` dative. */
export function guessCase(surname: string): NameCase | 'ambiguous' {
  if (/(ому|ову|еву|ину|ыну|ичу|у|ю)$/.test(surname) && !/(ко|аго)$/.test(surname)) return 'dat';
  if (/(ого|ова|ева|ёва|ина|ына|ича|ы|ья)$/.test(surname)) return 'gen';
  if (/ой$/.test(surname)) return 'ambiguous';
  if (/[бвгджзклмнпрстфхцчшщ]а$/.test(surname)) return 'gen';
  if (/[гкхжшщч]и$/.test(surname)) return 'gen';
  if (/[бвгджклмнпрстфхцчшщ]е$/.test(surname)) return 'dat';
  return 'ambiguous';
}

/** `Л.Д.` / `Л. Д.` → `Л. Д.` */
export function normaliseInitials(initials: string): string {
  return (initials.match(/[А-ЯЁA-Z]/g) ?? []).map((c) => `${c}.`).join(' ');
}

/** `Троцкий Л. Д.`: the edition's form of a person's name. */
export function personName(surname: string, initials: string): string {
  const i = normaliseInitials(initials);
  return i ? `${surname} ${i}` : surname;
}
