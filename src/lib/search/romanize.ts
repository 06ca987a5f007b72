/**
 * Latin-script forms of Russian surnames, for the index: a reader who types `Trotsky`, `Trotskii`,
 * `Trockij` or `Zinoviev` finds the documents of Троцкий or Зиновьев (see docs/search.md).
 *
 * Each surname is romanised with the systems readers meet in catalogues and books, through the
 * `iuliia` library, then folded the way Pagefind folds a query (diacritics and apostrophes,
 * primes and ligature ties dropped, lower case):
 *
 * | system | `iuliia` schema | Троцкий | Зиновьев | Ягода |
 * | --- | --- | --- | --- | --- |
 * | ISO 9:1968 (scholarly, «Slavic») | `ISO_9_1968`, `SCIENTIFIC` | trockij | zinovev | jagoda |
 * | ГОСТ 7.79-2000, system A (= ISO 9:1995) | `GOST_779` | trockij | zinovev | agoda (from `Âgoda`) |
 * | ГОСТ 7.79-2000, system B | `GOST_779_ALT` | troczkij | zinovev | yagoda |
 * | Library of Congress ALA-LC, without diacritics | `ALA_LC`, `ALA_LC_ALT` | trotskii | zinovev | iagoda |
 * | BGN/PCGN | `BGN_PCGN` | trotskiy | zinovyev | yagoda |
 * | British Standard 2979 | `BS_2979` | trotsky | zinovev | yagoda |
 * | Wikipedia (English usage) | `WIKIPEDIA` | trotsky | zinovyev | yagoda |
 *
 * and two rules of the usual English spelling, which no system gives:
 * - `-ьев`/`-ьёв` → `-iev` (Зиновьев → Zinoviev), and `ье` elsewhere → `ie`;
 * - an adjectival ending `-ий`/`-ый` → `-y` and `-i` (Троцкий → Trotsky, Trotski; Дзержинский →
 *   Dzerzhinsky, Dzerzhinski): the `-i` form is also what Pagefind falls back to for a query such
 *   as `Trotskij` that no indexed word begins with.
 */
import iuliia from 'iuliia';
import { capitalise } from '../lang/capitalise.ts';

/** The romanisation systems applied to every surname (see the table above). */
export const SCHEMAS = [
  'ISO_9_1968',
  'SCIENTIFIC',
  'GOST_779',
  'GOST_779_ALT',
  'ALA_LC',
  'ALA_LC_ALT',
  'BGN_PCGN',
  'BS_2979',
  'WIKIPEDIA',
] as const satisfies readonly (keyof typeof iuliia)[];

/** Apostrophes, primes and the like that romanisations put for `ь`/`ъ`; dropped, as Pagefind drops them inside a word. */
const MARKS = /['’‘`ʹʺ″′ˮ"]/g;

/** Lower case, no diacritics (`ž` → `z`, `ĭ` → `i`, `i͡a` → `ia`), no apostrophes or primes. */
export function foldLatin(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(MARKS, '').toLowerCase();
}

/** Capitalise a folded form for display in the index text (`trotsky` → `Trotsky`). */

/** `Trotsky`, `Zinoviev`: the English spellings by the two rules in the module comment, or none. */
export function englishForms(surname: string): string[] {
  const lower = surname.toLowerCase();
  const out: string[] = [];
  const wiki = (s: string) => foldLatin(iuliia.translate(s, iuliia.WIKIPEDIA));
  if (/ь[её]в$/.test(lower) || /ье/.test(lower)) {
    // Зиновьев → Zinoviev: `ье` as `ie` (Wikipedia gives `ye`).
    out.push(wiki(lower.replace(/ь([её])/g, 'и$1')).replace(/iy([eo])/g, 'i$1'));
  }
  const adjectival = /^(.*[^аеёиоуыэюя])(?:ий|ый)$/.exec(lower);
  if (adjectival) {
    const stem = foldLatin(iuliia.translate(adjectival[1]!, iuliia.WIKIPEDIA));
    out.push(`${stem}y`, `${stem}i`);
  }
  return [...new Set(out.map((f) => f.replace(/[^a-z]/g, '')).filter((f) => f.length > 1))];
}

/**
 * Every Latin form of a Russian surname, folded (`trotsky`, `trotskii`, `trockij`, …), without
 * duplicates, in a stable order: the systems of {@link SCHEMAS} first, then the English rules.
 */
export function romanizeSurname(surname: string): string[] {
  const forms = SCHEMAS.map((schema) => foldLatin(iuliia.translate(surname, iuliia[schema])));
  return [...new Set([...forms, ...englishForms(surname)].map((f) => f.replace(/[^a-z-]/g, '')).filter((f) => f.length > 1))];
}

/** The usual English spelling: by the English rules when one applies (`Trotsky`, `Zinoviev`), else Wikipedia's (`Yagoda`). */
export function englishName(surname: string): string {
  return capitalise(englishForms(surname)[0] ?? foldLatin(iuliia.translate(surname, iuliia.WIKIPEDIA)).replace(/[^a-z-]/g, ''));
}

/** The same forms, capitalised, for the index text: `Trotsky`, `Trotskii`, … */
export function romanizedForDisplay(surname: string): string[] {
  return romanizeSurname(surname).map(capitalise);
}

/**
 * Initials in Latin letters, by Wikipedia's and ISO 9's usage: `Л. Д.` → [`L. D.`]; `Г. Е.` →
 * [`G. Ye.`, `G. E.`]. A reader's `L. D. Trotsky` then finds its words.
 */
export function romanizeInitials(initials: string): string[] {
  const letters = initials.match(/[А-ЯЁ][а-яё]?/g) ?? [];
  if (letters.length === 0) return [];
  const variants = (['WIKIPEDIA', 'ISO_9_1968'] as const).map((schema) =>
    letters.map((l) => `${foldLatin(iuliia.translate(l, iuliia[schema])).replace(/[^a-z]/g, '')}.`).map(capitalise).join(' '),
  );
  return [...new Set(variants)];
}

/**
 * Any Russian text in Latin letters by the Library of Congress system without diacritics (ALA-LC,
 * `iuliia.ALA_LC_ALT`: `Политбюро и Лев Троцкий` → `Politbiuro i Lev Trotskii`, `ь` → `'`), the
 * romanisation English-language historiography and the Chicago Manual use for Russian titles and
 * names in citations.
 */
export function romanizeText(text: string): string {
  return iuliia.translate(text, iuliia.ALA_LC_ALT);
}
