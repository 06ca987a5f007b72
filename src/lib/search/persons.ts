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
 * A feminine surname in `-ова` is read as feminine (Ульянова), not as the genitive of Ульянов.
 */
export function surnameForms(surname: string): string[] {
  const s = surname;
  const cut = (n: number) => s.slice(0, s.length - n);
  const add = (stem: string, endings: string[]) => endings.map((x) => stem + x);
  let forms: string[];
  if (/[кгхжшчщ]ий$/.test(s)) forms = add(cut(2), ['ий', 'ого', 'ому', 'им', 'ом']);
  else if (/ий$/.test(s)) forms = add(cut(2), ['ий', 'его', 'ему', 'им', 'ем']);
  else if (/ый$/.test(s)) forms = add(cut(2), ['ый', 'ого', 'ому', 'ым', 'ом']);
  else if (/ой$/.test(s)) forms = add(cut(2), ['ой', 'ого', 'ому', 'ым', 'ом']);
  else if (/ая$/.test(s)) forms = add(cut(2), ['ая', 'ой', 'ую', 'ою']);
  else if (/(?:ов|ев|ёв|ин|ын)а$/.test(s)) forms = add(cut(1), ['а', 'ой', 'у', 'ою']);
  else if (/(?:ов|ев|ёв|ин|ын)$/.test(s)) forms = add(s, ['', 'а', 'у', 'ым', 'е']);
  else if (/[гкх]а$/.test(s)) forms = add(cut(1), ['а', 'и', 'е', 'у', 'ой', 'ою']);
  else if (/[жшчщц]а$/.test(s)) forms = add(cut(1), ['а', 'и', 'ы', 'е', 'у', 'ей', 'ею', 'ой', 'ою']);
  else if (/а$/.test(s)) forms = add(cut(1), ['а', 'ы', 'е', 'у', 'ой', 'ою']);
  else if (/я$/.test(s)) forms = add(cut(1), ['я', 'и', 'е', 'ю', 'ей', 'ею']);
  else if (/ь$/.test(s)) forms = add(cut(1), ['ь', 'я', 'ю', 'ем', 'е']);
  else if (/[жшчщц]$/.test(s)) forms = add(s, ['', 'а', 'у', 'ем', 'е', 'ом']);
  else if (/[бвгдзклмнпрстфх]$/.test(s)) forms = add(s, ['', 'а', 'у', 'ом', 'е']);
  else forms = [s];
  return [...new Set(forms)];
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
