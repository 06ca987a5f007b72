/**
 * Coverage: the share of the letters of the source's documents section that reappear in the records.
 * Letters are compared through shingles (8 letters; 4 for short lines), so joins, hyphen removal and
 * reordering (notes moved from page bottoms to their documents) do not count as losses, and a dropped
 * line does. Shingles go into a two-hash bit filter: fast, and a false hit per shingle is below 0.1%.
 */
const K = 8;
const SHORT = 4;
const BITS = 1 << 27;

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/ё/g, 'е');
}

class ShingleFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);
  private h1 = 0;
  private h2 = 0;

  add(s: string, k: number): void {
    for (let i = 0; i + k <= s.length; i++) {
      this.hash(s, i, k);
      this.bits[this.h1 >>> 5]! |= 1 << (this.h1 & 31);
      this.bits[this.h2 >>> 5]! |= 1 << (this.h2 & 31);
    }
  }

  has(s: string, at: number, k: number): boolean {
    this.hash(s, at, k);
    return (this.bits[this.h1 >>> 5]! & (1 << (this.h1 & 31))) !== 0 && (this.bits[this.h2 >>> 5]! & (1 << (this.h2 & 31))) !== 0;
  }

  /** Two independent 32-bit hashes of `k` letters at `at`, kept in fields to spare an allocation per shingle. */
  private hash(s: string, at: number, k: number): void {
    let h1 = 0x811c9dc5 ^ k;
    let h2 = 0x9747b28c;
    for (let j = at; j < at + k; j++) {
      const c = s.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = (h1 >>> 0) & (BITS - 1);
    this.h2 = (h2 >>> 0) & (BITS - 1);
  }
}

export interface CoverageResult {
  letters: number;
  covered: number;
  /** Indices (into `sourceLines`) of lines less than half of whose letters reappear. */
  lost: number[];
}

export function measureCoverage(sourceLines: string[], recordTexts: string[]): CoverageResult {
  const filter = new ShingleFilter();
  const recordLetters = recordTexts.map(letters);
  for (const r of recordLetters) {
    filter.add(r, K);
    filter.add(r, SHORT);
  }
  let joined: string | null = null;
  let total = 0;
  let covered = 0;
  const lost: number[] = [];
  for (let index = 0; index < sourceLines.length; index++) {
    const l = letters(sourceLines[index]!);
    total += l.length;
    if (l.length === 0) continue;
    if (l.length < SHORT) {
      joined ??= recordLetters.join('|');
      if (joined.includes(l)) covered += l.length;
      else lost.push(index);
      continue;
    }
    const k = l.length < K ? SHORT : K;
    const hit = new Uint8Array(l.length);
    for (let i = 0; i + k <= l.length; i++) if (filter.has(l, i, k)) hit.fill(1, i, i + k);
    let lineCovered = 0;
    for (const h of hit) lineCovered += h;
    covered += lineCovered;
    if (lineCovered * 2 < l.length) lost.push(index);
  }
  return { letters: total, covered, lost };
}
