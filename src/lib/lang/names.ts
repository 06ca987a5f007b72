/**
 * Russian personal names: the edition's form `Фамилия И. О.`, and the declension of surnames in both
 * directions from one table — the case forms of a surname (for search: `Троцкий` → `Троцкого`,
 * `Троцкому` …) and the nominative of a surname printed in the genitive or dative (for the ingest:
 * `Л. Д. Троцкого` → `Троцкий Л. Д.`).
 */

/** The cases a surname is read in: nominative, genitive (who wrote), dative (to whom). */
export type NameCase = 'nom' | 'gen' | 'dat';

/** Endings by case (singular); the nominative is what is left after cutting `cut` letters, plus `nom`. */
interface Declension {
  pattern: RegExp;
  cut: number;
  nom: string;
  gen: readonly string[];
  dat: readonly string[];
  acc: readonly string[];
  ins: readonly string[];
  pre: readonly string[];
  /**
   * `false` for a row that is not read backwards: a printed `-и`, `-е`, `-ю` could as well be an
   * indeclinable name (Мдивани, Церетели), so it is not taken for a form of `-я` or `-ь`.
   */
  reverse?: false;
}

/**
 * The first pattern a nominative ends with decides its declension. Read backwards (a printed form to
 * its nominative), the first row whose case ending fits and whose pattern the nominative then matches
 * wins, so the order also settles ambiguous forms: `Ульяновой` → `Ульянова` (not `Ульяновая`),
 * `Троцкого` → `Троцкий` (not `Троцкой`), `Соколова` (genitive) → `Соколов`, `Женевы` → `Женева`.
 */
const DECLENSIONS: readonly Declension[] = [
  { pattern: /[кгхжшчщ]ий$/, cut: 2, nom: 'ий', gen: ['ого'], dat: ['ому'], acc: ['ого'], ins: ['им'], pre: ['ом'] },
  { pattern: /ий$/, cut: 2, nom: 'ий', gen: ['его'], dat: ['ему'], acc: ['его'], ins: ['им'], pre: ['ем'] },
  { pattern: /ый$/, cut: 2, nom: 'ый', gen: ['ого'], dat: ['ому'], acc: ['ого'], ins: ['ым'], pre: ['ом'] },
  { pattern: /ой$/, cut: 2, nom: 'ой', gen: ['ого'], dat: ['ому'], acc: ['ого'], ins: ['ым'], pre: ['ом'] },
  { pattern: /(?:ов|ев|ёв|ин|ын)а$/, cut: 1, nom: 'а', gen: ['ой'], dat: ['ой'], acc: ['у'], ins: ['ой', 'ою'], pre: ['ой'] },
  { pattern: /ая$/, cut: 2, nom: 'ая', gen: ['ой'], dat: ['ой'], acc: ['ую'], ins: ['ой', 'ою'], pre: ['ой'] },
  { pattern: /(?:ов|ев|ёв|ин|ын)$/, cut: 0, nom: '', gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ым'], pre: ['е'] },
  { pattern: /[гкх]а$/, cut: 1, nom: 'а', gen: ['и'], dat: ['е'], acc: ['у'], ins: ['ой', 'ою'], pre: ['е'] },
  { pattern: /[жшчщц]а$/, cut: 1, nom: 'а', gen: ['и', 'ы'], dat: ['е'], acc: ['у'], ins: ['ей', 'ею', 'ой', 'ою'], pre: ['е'] },
  { pattern: /[бвгдзклмнпрстфх]а$/, cut: 1, nom: 'а', gen: ['ы'], dat: ['е'], acc: ['у'], ins: ['ой', 'ою'], pre: ['е'] },
  { pattern: /ия$/, cut: 1, nom: 'я', gen: ['и'], dat: ['и'], acc: ['ю'], ins: ['ей', 'ею'], pre: ['и'] },
  { pattern: /я$/, cut: 1, nom: 'я', gen: ['и'], dat: ['е'], acc: ['ю'], ins: ['ей', 'ею'], pre: ['е'], reverse: false },
  { pattern: /ь$/, cut: 1, nom: 'ь', gen: ['я'], dat: ['ю'], acc: ['я'], ins: ['ем'], pre: ['е'], reverse: false },
  { pattern: /[жшчщц]$/, cut: 0, nom: '', gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ем', 'ом'], pre: ['е'] },
  { pattern: /[бвгдзклмнпрстфх]$/, cut: 0, nom: '', gen: ['а'], dat: ['у'], acc: ['а'], ins: ['ом'], pre: ['е'] },
];

/**
 * Surnames that do not decline, as printed in any case: Georgian `-дзе`, `-зе`, Ukrainian `-ко`, the
 * old genitive `-аго`/`-яго`, `-ых`/`-их`, and any other ending in `о` (Бройдо) but the adjectival
 * genitive `-ого`.
 */
const INDECLINABLE = /(?:дзе|зе|ых|их|ко|аго|яго)$|(?<!ог)о$/;

function declension(nominative: string): { stem: string; d: Declension } | null {
  if (INDECLINABLE.test(nominative)) return null;
  const d = DECLENSIONS.find((x) => x.pattern.test(nominative));
  return d ? { stem: nominative.slice(0, nominative.length - d.cut), d } : null;
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
 * | `-ия` | Берия | Берия, Берии, Берию, Берией, Бериею |
 * | other consonant | Радек, Каганович | Радек, Радека, Радеку, Радеком, Радеке (`-ем` after ж, ш, ч, щ, ц) |
 * | `-ь` | — | -ь, -я, -ю, -ем, -е |
 * | a vowel (о, е, и, у, ю, э), `-ых`, `-их` | Бройдо, Орджоникидзе | indeclinable: the nominative only |
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

/** The case forms of a surname that say its role in a title: who wrote (genitive) and to whom (dative). */
export interface SurnameCases {
  nominative: string;
  genitive: string[];
  dative: string[];
}

/** The nominative, genitive and dative of a surname (an indeclinable one is the same in all). */
export function surnameCases(surname: string): SurnameCases {
  const found = declension(surname);
  if (!found) return { nominative: surname, genitive: [surname], dative: [surname] };
  const { stem, d } = found;
  return { nominative: surname, genitive: d.gen.map((x) => stem + x), dative: d.dat.map((x) => stem + x) };
}

/**
 * A surname in the nominative, from its form in the given case: `Троцкого` (gen) → `Троцкий`,
 * `Смилге` (dat) → `Смилга`, `Берии` → `Берия`. The reverse of {@link surnameCases}: the first row of
 * the table read backwards whose ending fits and whose pattern the nominative matches. Double surnames
 * are read part by part; an indeclinable or unknown form comes back unchanged (`Мдивани`).
 */
export function surnameToNominative(form: string, nameCase: NameCase): string {
  if (nameCase === 'nom') return form;
  const parts = form.split('-');
  if (parts.length > 1) return parts.map((p) => surnameToNominative(p, nameCase)).join('-');
  if (INDECLINABLE.test(form)) return form;
  for (const d of DECLENSIONS) {
    if (d.reverse === false) continue;
    for (const ending of nameCase === 'gen' ? d.gen : d.dat) {
      if (!form.endsWith(ending)) continue;
      const nominative = form.slice(0, form.length - ending.length) + d.nom;
      if (nominative.length > 2 && d.pattern.test(nominative)) return nominative;
    }
  }
  return form;
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

/** `Троцкий Л. Д.` → `{ surname: 'Троцкий', initials: 'Л. Д.' }`; `Кучеров` → no initials. */
export function splitName(name: string): { surname: string; initials: string } {
  const [surname = name, ...rest] = name.trim().split(/\s+/);
  return { surname, initials: rest.join(' ') };
}
