/**
 * Line-end hyphens: a broken word is joined, a real compound keeps its hyphen.
 * The decision rests on the corpus itself: how the same word is printed where no line break splits it.
 */
export interface WordEvidence {
  /** Lower-cased words printed whole inside a line. */
  whole: Set<string>;
  /** Lower-cased hyphenated compounds printed inside a line (`научно-исследовательских`). */
  hyphenated: Set<string>;
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** Collects word evidence from lines, ignoring each line's last word (it may be broken). */
export function collectEvidence(lines: Iterable<string>, evidence: WordEvidence = { whole: new Set(), hyphenated: new Set() }): WordEvidence {
  for (const line of lines) {
    const words = line.match(WORD);
    if (!words) continue;
    const inner = /-\s*$/.test(line) ? words.slice(0, -1) : words;
    for (const w of inner) {
      const lw = w.toLowerCase();
      if (lw.includes('-')) {
        evidence.hyphenated.add(lw);
        for (const part of lw.split('-')) evidence.whole.add(part);
      } else evidence.whole.add(lw);
    }
  }
  return evidence;
}

/** Prefixes and particles that make a hyphenated compound in Russian spelling. */
const PREFIXES = new Set(['во', 'по', 'кое', 'кой', 'контр', 'вице', 'экс', 'обер', 'унтер', 'лейб', 'штаб', 'юго', 'северо', 'пол']);
const PARTICLES = new Set(['то', 'либо', 'нибудь', 'таки', 'ка', 'де']);

/**
 * Decides whether `left-` at a line end and `right` at the next line's start form one word (`join`)
 * or a compound (`keep`). `left` and `right` are the word fragments around the hyphen.
 */
export function decideHyphen(left: string, right: string, evidence: WordEvidence): 'join' | 'keep' {
  if (!/^\p{Ll}/u.test(right)) return 'keep';
  if (/\d$/.test(left)) return 'keep';
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const joined = l + r;
  const compound = `${l}-${r}`;
  const seenJoined = evidence.whole.has(joined);
  const seenCompound = evidence.hyphenated.has(compound);
  if (seenCompound && !seenJoined) return 'keep';
  if (seenJoined) return 'join';
  if (PARTICLES.has(r) || PREFIXES.has(l)) return 'keep';
  // An adverb in -о before an adjective (научно-исследовательский) is a compound when both halves stand alone.
  if (/[ое]$/.test(l) && l.length > 3 && evidence.whole.has(l) && evidence.whole.has(r)) return 'keep';
  return 'join';
}
