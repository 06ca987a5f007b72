/**
 * Capital letters an OCR lost throughout a file (Кислицын's article prints every «М» and «Ю» as a small
 * letter: `москвы`, `К. маркса`, `ю.Г.`). The sidecar declares which (`lostCapitals`); each word that
 * begins with such a small letter is given its capital back only when a rule shows it, in this order:
 *
 * - `acronym`: the other letters of the word are capitals (`ПОУм` → `ПОУМ`);
 * - `initial`: a lone letter with a full stop (`ю.Г.`, `Я.м. Свердлова`, `м.: Терра`), or a surname after an
 *   initial (`К. маркса`);
 * - `sentence`: the word opens a block, follows the end of a sentence (not an abbreviation like `г.`), or opens
 *   a quotation after a colon;
 * - `dictionary`: the Russian Hunspell dictionary knows the word only with a capital (`москвы` → `Москвы`);
 * - `corpus`: the other sources print the word with a capital inside sentences and never without one.
 *
 * A capital keeps the length of the text, so note marks and offsets stay valid.
 */
import type { Speller } from '../lang/ocr-candidates.ts';
import { russianSpeller } from '../lang/spelling.ts';

export type CapitalRule = 'acronym' | 'initial' | 'sentence' | 'dictionary' | 'corpus';

export interface CapitalRepair {
  printed: string;
  reading: string;
  rule: CapitalRule;
}

/** A repair with the letters before it in its text, to find its line in the source. */
export interface PlacedRepair extends CapitalRepair {
  before: string;
}

/** Letters only, lower-cased: what survives line breaks, hyphens and note marks. */
export function letterKey(s: string): string {
  return s.replace(/[^\p{L}]/gu, '').toLowerCase();
}

/** How the sources whose capitals are intact print words: with a capital inside a sentence, or in small letters. */
export interface CaseEvidence {
  capital: Set<string>;
  lower: Set<string>;
}

const WORD = /\p{L}+/gu;

/** The characters whose presence just before a word says nothing of its capital (after trailing spaces). */
const OPENERS = new Set([...'.!?…:«"„([–—-']);
const SPACE = /\s/u;

/**
 * Collects case evidence from lines of sources with intact capitals. The first word of a line and a word
 * after a sentence end are left out: a capital there says nothing of the word. With `initials` (small
 * letters, the lost ones), only the words that begin with one of them are collected: the only words the
 * `corpus` rule asks about.
 */
export function collectCaseEvidence(lines: Iterable<string>, initials?: ReadonlySet<string>): CaseEvidence {
  const evidence: CaseEvidence = { capital: new Set(), lower: new Set() };
  if (initials?.size === 0) return evidence;
  const word = initials ? initialWords(initials) : WORD;
  for (const line of lines) {
    for (const m of line.matchAll(word)) {
      const w = m[0];
      if (initials && !initials.has(w.charAt(0).toLowerCase())) continue;
      // The text before the word without its trailing spaces: empty, or ending in an opener, tells nothing.
      let end = m.index;
      while (end > 0 && SPACE.test(line.charAt(end - 1))) end--;
      if (end === 0 || OPENERS.has(line.charAt(end - 1))) continue;
      if (/^\p{Lu}\p{Ll}+$/u.test(w)) evidence.capital.add(w.toLowerCase());
      else if (/^\p{Ll}+$/u.test(w)) evidence.lower.add(w);
    }
  }
  return evidence;
}

/** Whole words (as `WORD` finds them) that begin with one of `initials` in either case. */
function initialWords(initials: ReadonlySet<string>): RegExp {
  const letters = [...initials].flatMap((c) => [c, c.toUpperCase()]).map((c) => c.replace(/[\\\]^-]/gu, '\\$&'));
  return new RegExp(`(?<!\\p{L})[${letters.join('')}]\\p{L}*`, 'gu');
}

/** Abbreviations after whose full stop a sentence goes on (`1917 г. москва` is not a sentence start). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Ll}{1,3}|\p{L}\.\p{L}{1,2})\.$/u;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Which rule, if any, gives `word` (at `at` in `text`, beginning with a lost letter) its lost capital. */
function ruleFor(text: string, word: string, at: number, evidence: CaseEvidence, dictionary: () => Speller): CapitalRule | null {
  if (word.length === 1 && text[at + 1] === '.') return 'initial';
  const before = text.slice(0, at).replace(/[\s«"„(\[]+$/u, '');
  if (/(?:^|[^\p{L}])\p{Lu}\.$/u.test(before)) return 'initial';
  if (before === '' || (/[.!?…]$/u.test(before) && !ABBREVIATION.test(before))) return 'sentence';
  // A quotation after a colon opens a sentence of its own: `по принципу: «мы вам признание`.
  if (/:\s*[«"„]$/u.test(text.slice(0, at))) return 'sentence';
  const spell = dictionary();
  if (!spell.correct(word) && spell.correct(capitalise(word))) return 'dictionary';
  if (evidence.capital.has(word) && !evidence.lower.has(word)) return 'corpus';
  return null;
}

/**
 * Gives back the capitals of `lost` (small letters, `м`, `ю`) where a rule shows them; returns the text
 * and the repairs made, in reading order. `dictionary` gives the Russian one when first asked; the process's own when not given.
 */
export function restoreCapitals(
  text: string,
  lost: ReadonlySet<string>,
  evidence: CaseEvidence,
  dictionary: () => Speller = russianSpeller,
): { text: string; repairs: PlacedRepair[] } {
  const repairs: PlacedRepair[] = [];
  let out = text;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const letters = [...word];
    // An abbreviation in capitals with a lost letter in it, anywhere.
    if (letters.some((c) => lost.has(c)) && letters.filter((c) => /\p{Lu}/u.test(c)).length >= 2 && letters.every((c) => lost.has(c) || /\p{Lu}/u.test(c))) {
      const reading = word.toUpperCase();
      repairs.push({ printed: word, reading, rule: 'acronym', before: letterKey(text.slice(Math.max(0, m.index - 24), m.index)) });
      out = out.slice(0, m.index) + reading + out.slice(m.index + word.length);
      continue;
    }
    if (!lost.has(word.charAt(0))) continue;
    // A word glued to a letter before it by a hyphen (`Каина-мясника`) keeps its small letter.
    if (m.index > 0 && /\p{L}-$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const rule = ruleFor(text, word, m.index, evidence, dictionary);
    if (!rule) continue;
    const reading = capitalise(word);
    repairs.push({ printed: word, reading, rule, before: letterKey(text.slice(Math.max(0, m.index - 24), m.index)) });
    out = out.slice(0, m.index) + reading.charAt(0) + out.slice(m.index + 1);
  }
  return { text: out, repairs };
}
