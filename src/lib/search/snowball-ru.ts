/**
 * The Snowball stemmer for Russian (M. F. Porter's algorithm), the one Pagefind runs on pages with
 * `<html lang="ru">` (through `pagefind_stem`, a port of the Snowball stemmers). It is used here to
 * group the word forms of the corpus into lexemes ("the forms Pagefind would stem alike, were
 * `й` not folded to `и` before stemming"), never to index: Pagefind stems the index itself.
 *
 * Input: one lower-case word. `ё` is read as `е`, as Pagefind folds it (NFD, marks dropped) before
 * stemming; `й` is kept (the point of the grouping, see docs/search.md).
 *
 * @see https://snowballstem.org/algorithms/russian/stemmer.html
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/** Longest first, so the first suffix that matches is the longest. */
const byLength = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

/** Endings that must follow `а` or `я` (group 1), and endings that stand alone (group 2). */
interface Grouped {
  afterAYa: string[];
  plain: string[];
}

const PERFECTIVE_GERUND: Grouped = {
  afterAYa: ['в', 'вши', 'вшись'],
  plain: ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'],
};
const ADJECTIVE = byLength([
  'ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом',
  'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею',
]);
const PARTICIPLE: Grouped = { afterAYa: ['ем', 'нн', 'вш', 'ющ', 'щ'], plain: ['ивш', 'ывш', 'ующ'] };
const REFLEXIVE = byLength(['ся', 'сь']);
const VERB: Grouped = {
  afterAYa: ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
  plain: [
    'ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло',
    'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю',
  ],
};
const NOUN = byLength([
  'а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям',
  'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я',
]);
const SUPERLATIVE = byLength(['ейш', 'ейше']);
const DERIVATIONAL = byLength(['ост', 'ость']);

/** Start of RV (after the first vowel) and of R2, as offsets into the word. */
function regions(word: string): { rv: number; r2: number } {
  const n = word.length;
  const isVowel = (i: number) => VOWELS.has(word[i]!);
  let rv = n;
  for (let i = 0; i < n; i++) {
    if (isVowel(i)) {
      rv = i + 1;
      break;
    }
  }
  // R1: after the first non-vowel that follows a vowel; R2: the same again inside R1.
  const after = (from: number): number => {
    for (let i = from + 1; i < n; i++) if (!isVowel(i) && isVowel(i - 1)) return i + 1;
    return n;
  };
  const r1 = after(0);
  const r2 = r1 >= n ? n : after(r1);
  return { rv, r2: Math.max(r2, r1) };
}

/** The longest of `suffixes` that ends `word` and lies within `[limit, end)`, or null. */
function longest(word: string, suffixes: readonly string[], limit: number): string | null {
  for (const s of suffixes) if (word.endsWith(s) && word.length - s.length >= limit) return s;
  return null;
}

/**
 * Remove a grouped ending: the longest match among both groups decides; a group-1 ending also
 * needs `а`/`я` before it, inside RV (which stays).
 */
function removeGrouped(word: string, g: Grouped, limit: number): string | null {
  const all = byLength([...g.afterAYa, ...g.plain]);
  const s = longest(word, all, limit);
  if (s === null) return null;
  const stem = word.slice(0, word.length - s.length);
  if (g.plain.includes(s)) return stem;
  // A group-1 ending without `а`/`я` before it: Snowball's `among` does not try a shorter one.
  return stem.length - 1 >= limit && /[ая]$/.test(stem) ? stem : null;
}

/** An adjectival ending: an adjective ending, optionally preceded by a participle ending. */
function removeAdjectival(word: string, limit: number): string | null {
  const adj = longest(word, ADJECTIVE, limit);
  if (adj === null) return null;
  const stem = word.slice(0, word.length - adj.length);
  return removeGrouped(stem, PARTICIPLE, limit) ?? stem;
}

/** The Snowball Russian stem of one lower-case word. */
export function stemRu(input: string): string {
  let word = input.toLowerCase().replace(/ё/g, 'е');
  if (!/^[а-яй]+$/.test(word)) return word;
  const { rv, r2 } = regions(word);
  if (rv >= word.length) return word;

  // Step 1
  const gerund = removeGrouped(word, PERFECTIVE_GERUND, rv);
  if (gerund !== null) word = gerund;
  else {
    const reflexive = longest(word, REFLEXIVE, rv);
    if (reflexive !== null) word = word.slice(0, word.length - reflexive.length);
    const next = removeAdjectival(word, rv) ?? removeGrouped(word, VERB, rv);
    if (next !== null) word = next;
    else {
      const noun = longest(word, NOUN, rv);
      if (noun !== null) word = word.slice(0, word.length - noun.length);
    }
  }

  // Step 2
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);

  // Step 3
  const derivational = longest(word, DERIVATIONAL, r2);
  if (derivational !== null) word = word.slice(0, word.length - derivational.length);

  // Step 4
  if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
  else {
    const superlative = longest(word, SUPERLATIVE, rv);
    if (superlative !== null) {
      word = word.slice(0, word.length - superlative.length);
      if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
    } else if (word.endsWith('ь') && word.length - 1 >= rv) word = word.slice(0, -1);
  }
  return word;
}
