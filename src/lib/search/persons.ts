/**
 * Which persons of the index of names a document concerns, for its Latin-script name forms: the
 * parties (authors, addressees) and every person whose surname, in any case form, stands in the
 * document's title, text, notes, legend, marginalia or publication notes.
 *
 * A surname's case forms come from its ending (the Russian declension of surnames, src/lib/lang/names.ts), plus the forms
 * printed in the titles (`forms` of the person record). A word of the text is the surname when it
 * is one of these forms and begins with a capital letter (or is all capitals, as in signatures and
 * headings): `Троцкого`, `ТРОЦКИЙ`; not the adjective `майский` for Майский.
 */
import type { Document, Person } from '../../schemas/index.ts';
import { splitName, surnameForms } from '../lang/names.ts';
import { indexedTexts, words } from './text.ts';


const e = (s: string): string => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/** The surnames printed in a person's `forms` (`Г. Е. Зиновьеву` → `Зиновьеву`, `Н.И.Бухарина` → `Бухарина`). */
export function printedSurnames(person: Person): string[] {
  return person.forms.flatMap((form) => words(form).filter((w) => w.length > 1 && /^[А-ЯЁ]/.test(w)));
}

const formsOf = new WeakMap<Person, ReadonlySet<string>>();

/**
 * Every form of a person's surname that marks the person in a text, with `ё` read as `е`. Made once
 * per person: every document's record asks for every person's forms.
 */
export function personForms(person: Person): ReadonlySet<string> {
  let forms = formsOf.get(person);
  if (!forms) {
    const { surname } = splitName(person.name);
    formsOf.set(person, (forms = new Set([...surnameForms(surname), ...printedSurnames(person)].map(e))));
  }
  return forms;
}

/** A word that can be a surname as written: capitalised (`Троцкого`) or all capitals (`ТРОЦКОГО`). */
const looksLikeName = (w: string): boolean => /^[А-ЯЁ]([а-яё]+|[А-ЯЁ]+)$/.test(w);

/** `ТРОЦКОГО` → `Троцкого`. */
const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

const byFormOf = new WeakMap<readonly Person[], ReadonlyMap<string, readonly string[]>>();

/**
 * Each form of `persons` (`personForms`, persons of kind `person`) with the ids of the persons it marks.
 * Made once per list: a document's words are looked up in it, instead of every person's forms in them.
 */
function personsByForm(persons: readonly Person[]): ReadonlyMap<string, readonly string[]> {
  let byForm = byFormOf.get(persons);
  if (!byForm) {
    const map = new Map<string, string[]>();
    for (const person of persons) {
      if (person.kind !== 'person') continue;
      for (const form of personForms(person)) {
        const ids = map.get(form);
        if (!ids) map.set(form, [person.id]);
        else if (!ids.includes(person.id)) ids.push(person.id);
      }
    }
    byFormOf.set(persons, (byForm = map));
  }
  return byForm;
}

/** The ids of the persons (`kind: person`) whose surname stands in the texts, in any case form. */
export function personsInTexts(texts: readonly string[], persons: readonly Person[]): Set<string> {
  const byForm = personsByForm(persons);
  const found = new Set<string>();
  for (const text of texts) {
    for (const w of words(text)) {
      if (!looksLikeName(w)) continue;
      for (const id of byForm.get(e(titleCase(w))) ?? []) found.add(id);
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
