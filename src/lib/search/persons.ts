/**
 * Which persons of the index of names a document concerns, for its Latin-script name forms: the
 * parties (authors, addressees) and every person whose surname, in any case form, stands in the
 * document's title, text, notes, legend, marginalia or publication notes.
 *
 * A surname's case forms come from its ending (the Russian declension of surnames), plus the forms
 * printed in the titles (`forms` of the person record). A word of the text is the surname when it
 * is one of these forms and begins with a capital letter (or is all capitals, as in signatures and
 * headings): `Троцкого`, `ТРОЦКИЙ`; not the adjective `майский` for Майский.
 */
import type { Document, Person } from '../../schemas/index.ts';
import { indexedTexts, words } from './text.ts';

/** `Троцкий Л. Д.` → `{ surname: 'Троцкий', initials: 'Л. Д.' }`; `Кучеров` → no initials. */
export function splitName(name: string): { surname: string; initials: string } {
  const [surname = name, ...rest] = name.trim().split(/\s+/);
  return { surname, initials: rest.join(' ') };
}

const e = (s: string): string => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/** The case forms of a surname that say its role in a title: who wrote (genitive) and to whom (dative). */
export interface SurnameCases {
  nominative: string;
  genitive: string[];
  dative: string[];
}

/** Endings by case (singular); the nominative is what the pattern leaves after cutting `cut` letters plus `nom`. */
interface Declension {
  pattern: RegExp;
  cut: number;
  nom: string;
  gen: string[];
  dat: string[];
  acc: string[];
  ins: string[];
  pre: string[];
}

/** The first pattern a surname ends with decides its declension (see surnameForms). */
const DECLENSIONS: readonly Declension[] = [
  { pattern: /[кгхжшчщ]ий$/, cut: 2, nom: 'ий', gen: ['ого'], dat: ['ому'], acc: ['ого'], ins: ['им'], pre: ['ом'] },
  { pattern: /ий$/, cut: 2, nom: 'ий', gen: ['его'], dat: ['ему'], acc: ['его'], ins: ['им'], pre: ['ем'] },
  { pattern: /ый$/, cut: 2, nom: 'ый', gen: ['ого'], dat: ['ому'], acc: ['ого'], ins: ['ым'], pre: ['ом'] },
  { pattern: /ой$/, cut: 2, nom: 'ой', gen: ['ого'], dat: ['ому'], acc: ['ого'], ins: ['ым'], pre: ['ом'] },
  { pattern: /ая$/, cut: 2, nom: 'ая', gen: ['ой'], dat: ['ой'], acc: ['ую'], ins: ['ой', 'ою'], pre: ['ой'] },
  { pattern: /(?:ов|ев|ёв|ин|ын)а$/, cut: 1, nom: 'а', gen: ['ой'], dat: ['ой'], acc: ['у'], ins: ['ой', 'ою'], pre: ['ой'] },
  { pattern: /(?:ов|ев|ёв|ин|ын)$/, cut: 0, nom: '', gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ым'], pre: ['е'] },
  { pattern: /[гкх]а$/, cut: 1, nom: 'а', gen: ['и'], dat: ['е'], acc: ['у'], ins: ['ой', 'ою'], pre: ['е'] },
  { pattern: /[жшчщц]а$/, cut: 1, nom: 'а', gen: ['и', 'ы'], dat: ['е'], acc: ['у'], ins: ['ей', 'ею', 'ой', 'ою'], pre: ['е'] },
  { pattern: /а$/, cut: 1, nom: 'а', gen: ['ы'], dat: ['е'], acc: ['у'], ins: ['ой', 'ою'], pre: ['е'] },
  { pattern: /я$/, cut: 1, nom: 'я', gen: ['и'], dat: ['е'], acc: ['ю'], ins: ['ей', 'ею'], pre: ['е'] },
  { pattern: /ь$/, cut: 1, nom: 'ь', gen: ['я'], dat: ['ю'], acc: ['я'], ins: ['ем'], pre: ['е'] },
  { pattern: /[жшчщц]$/, cut: 0, nom: '', gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ем', 'ом'], pre: ['е'] },
  { pattern: /[бвгдзклмнпрстфх]$/, cut: 0, nom: '', gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ом'], pre: ['е'] },
];

function declension(surname: string): { stem: string; d: Declension } | null {
  const d = DECLENSIONS.find((x) => x.pattern.test(surname));
  return d ? { stem: surname.slice(0, surname.length - d.cut), d } : null;
}

/**
 * The case forms (singular) of a Russian surname in the nominative, by its ending:
 *
 * | ending | example | forms |
 * | --- | --- | --- |
 * | `-ий`, `-ый`, `-ой` (adjectival) | Троцкий | Троцкий, Троцкого, Троцкому, Троцким, Троцком |
 * | `-ая` (adjectival, feminine) | Крупская | Крупская, Крупской, Крупскую, Крупскою |
 * | `-ова`, `-ева`, `-ина`, `-ына` (feminine) | Ульянова | Ульянова, Ульяновой, Ульянову, Ульяновою |
 * | `-ов`, `-ев`, `-ёв`, `-ин`, `-ын` | Зиновьев | Зиновьев, Зиновьева, Зиновьеву, Зиновьевым, Зиновьеве |
 * | `-а`, `-я` | Ягода, Смилга | Ягода, Ягоды, Ягоде, Ягоду, Ягодой, Ягодою (`-и` after г, к, х, ж, ш, ч, щ; `-ей` after ж, ш, ч, щ, ц) |
 * | other consonant | Радек, Каганович | Радек, Радека, Радеку, Радеком, Радеке (`-ем` after ж, ш, ч, щ, ц) |
 * | `-ь` | — | -ь, -я, -ю, -ем, -е |
 * | a vowel (о, е, и, у, ю, э) | Бройдо, Орджоникидзе | indeclinable: the nominative only |
 *
 * In the order nominative, genitive, dative, accusative, instrumental, prepositional, each form
 * once. A feminine surname in `-ова` is read as feminine (Ульянова), not as the genitive of Ульянов.
 */
export function surnameForms(surname: string): string[] {
  const found = declension(surname);
  if (!found) return [surname];
  const { stem, d } = found;
  return [...new Set([d.nom, ...d.gen, ...d.dat, ...d.acc, ...d.ins, ...d.pre].map((ending) => stem + ending))];
}

/** The nominative, genitive and dative of a surname (an indeclinable one is the same in all). */
export function surnameCases(surname: string): SurnameCases {
  const found = declension(surname);
  if (!found) return { nominative: surname, genitive: [surname], dative: [surname] };
  const { stem, d } = found;
  return { nominative: surname, genitive: d.gen.map((x) => stem + x), dative: d.dat.map((x) => stem + x) };
}

/** The surnames printed in a person's `forms` (`Г. Е. Зиновьеву` → `Зиновьеву`, `Н.И.Бухарина` → `Бухарина`). */
export function printedSurnames(person: Person): string[] {
  return person.forms.flatMap((form) => words(form).filter((w) => w.length > 1 && /^[А-ЯЁ]/.test(w)));
}

/** Every form of a person's surname that marks the person in a text, with `ё` read as `е`. */
export function personForms(person: Person): Set<string> {
  const { surname } = splitName(person.name);
  return new Set([...surnameForms(surname), ...printedSurnames(person)].map(e));
}

/** A word that can be a surname as written: capitalised (`Троцкого`) or all capitals (`ТРОЦКОГО`). */
const looksLikeName = (w: string): boolean => /^[А-ЯЁ]([а-яё]+|[А-ЯЁ]+)$/.test(w);

/** `ТРОЦКОГО` → `Троцкого`. */
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/** The ids of the persons (`kind: person`) whose surname stands in the texts, in any case form. */
export function personsInTexts(texts: readonly string[], persons: readonly Person[]): Set<string> {
  const seen = new Set<string>();
  for (const text of texts) for (const w of words(text)) if (looksLikeName(w)) seen.add(e(titleCase(w)));
  const found = new Set<string>();
  for (const person of persons) {
    if (person.kind !== 'person') continue;
    for (const form of personForms(person)) {
      if (seen.has(form)) {
        found.add(person.id);
        break;
      }
    }
  }
  return found;
}

/**
 * The persons a document concerns, in the order of the index of names: its parties of kind
 * `person`, and the persons its texts name.
 */
export function documentPersons(doc: Document, persons: readonly Person[]): { parties: Person[]; named: Person[] } {
  const partyIds = new Set([...doc.authors, ...doc.addressees].map((r) => r.id));
  const inText = personsInTexts(indexedTexts(doc), persons);
  const people = persons.filter((p) => p.kind === 'person');
  return {
    parties: people.filter((p) => partyIds.has(p.id)),
    named: people.filter((p) => !partyIds.has(p.id) && inText.has(p.id)),
  };
}
