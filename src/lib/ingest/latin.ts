/** Latin letters that OCR confuses with Cyrillic ones of the same shape. */
const LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', u: 'и', n: 'п', m: 'т',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

/**
 * Characters that a font-encoding slip put in place of others (`убеждѐнный`, `―Правды‖`): they have no
 * use of their own in these texts.
 */
const CODE_PAGE_FIXES: Record<string, string> = { 'ѐ': 'ё', '―': '“', '‖': '”' };
const CODE_PAGE_SLIPS = /[ѐ―‖]/gu;
const HAS_SLIP = /[ѐ―‖]/u;

const MIXED_WORD = /[\p{L}]+/gu;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_LATIN = /\p{Script=Latin}/u;

export interface LatinRepairTally {
  total: number;
  byLetter: Record<string, number>;
}

export function newLatinTally(): LatinRepairTally {
  return { total: 0, byLetter: {} };
}

/**
 * Replaces Latin look-alike letters inside words that also hold Cyrillic letters (`paз` → `раз`).
 * Words wholly in Latin script (names, `Manchester`) are left alone. Each replaced letter is counted.
 */
export function repairLookalikes(text: string, tally: LatinRepairTally): string {
  // Most lines have neither a slip nor a Latin letter: they are kept as they are, not copied.
  if (!HAS_SLIP.test(text) && !HAS_LATIN.test(text)) return text;
  const before = tally.total;
  const repaired = text.replace(CODE_PAGE_SLIPS, (ch) => {
    tally.total++;
    tally.byLetter[ch] = (tally.byLetter[ch] ?? 0) + 1;
    return CODE_PAGE_FIXES[ch]!;
  }).replace(MIXED_WORD, (word, offset: number) => {
    if (word.length === 1 && LOOKALIKES[word] && cyrillicNeighbours(text, offset)) {
      tally.total++;
      tally.byLetter[word] = (tally.byLetter[word] ?? 0) + 1;
      return LOOKALIKES[word]!;
    }
    if (!HAS_CYRILLIC.test(word) || !HAS_LATIN.test(word)) return word;
    // A Roman numeral typed half in Cyrillic (`ХV` съезд, `УI`): all of it becomes Latin.
    if (/^[IVXХУПШ]+$/u.test(word) && /[IVX]/u.test(word)) {
      tally.total++;
      tally.byLetter['roman'] = (tally.byLetter['roman'] ?? 0) + 1;
      return word.replace(/Х/gu, 'X').replace(/У/gu, 'V').replace(/Ш/gu, 'III').replace(/П/gu, 'II');
    }
    let out = '';
    for (const ch of word) {
      const cyr = LOOKALIKES[ch];
      if (cyr) {
        tally.total++;
        tally.byLetter[ch] = (tally.byLetter[ch] ?? 0) + 1;
        out += cyr;
      } else out += ch;
    }
    return out;
  });
  return tally.total === before ? text : repaired;
}

/** A lone Latin letter between Cyrillic words (`o распространении`, `M., 1990` in a Russian line) is a look-alike. */
function cyrillicNeighbours(text: string, offset: number): boolean {
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1] ?? '';
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(offset + 1, offset + 41))?.[1] ?? '';
  const isCyr = (w: string) => w !== '' && /^\p{Script=Cyrillic}+$/u.test(w);
  return (isCyr(before) || before === '') && (isCyr(after) || after === '') && (before !== '' || after !== '');
}
