/**
 * Coverage: the share of the letters of the source's documents section that reappear in the records.
 * Letters are compared through shingles (8 letters; 4 for short lines), so joins, hyphen removal and
 * reordering (notes moved from page bottoms to their documents) do not count as losses, and a dropped
 * line does.
 *
 * Shingles go into a bit filter (a Bloom filter): each shingle is read by two rolling polynomial hashes,
 * so moving one letter on costs the same whatever the shingle's length, and sets `PROBES` bits derived
 * from them. The filter is sized to the shingles it holds, `BITS_PER_SHINGLE` bits each rounded up to a
 * power of two, so a shingle the records lack is taken for present (a false hit) with a chance of
 * (1 − e^(−PROBES·n/m))^PROBES ≤ 0.06%, whatever the size of the source. The filter is capped at
 * 2^32 bits (512 MB): beyond 179 million shingles (about 60 times the edition's collection) the bound
 * grows — 0.21% at 260 million, 1% at 400 million — and `falseHit` says what it is. A false hit can only
 * raise the count of covered letters: a lost line of 50 letters is still found lost while the bound stays
 * far below one half.
 */
const K = 8;
const SHORT = 4;
const PROBES = 4;
const BITS_PER_SHINGLE = 24;
const MIN_BITS = 2 ** 16;
/** Bits of a block: a shingle's bits all lie in one block, one cache line, so a look-up reads memory once. */
const BLOCK_BITS = 512;
/** The largest filter: 2^32 bits, so a bit's index is an unsigned 32-bit number. */
export const MAX_FILTER_BITS = 2 ** 32;

/** Polynomial bases of the two rolling hashes (odd, so no letter's weight vanishes modulo 2^32). */
const B1 = 0x01000193;
const B2 = 0x5bd1e995;

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/ё/g, 'е');
}

/** The number of shingles of length `k` in a string of `length` letters. */
function shingles(length: number, k: number): number {
  return Math.max(0, length - k + 1);
}

/** `b` to the power `e`, modulo 2^32. */
function power(b: number, e: number): number {
  let p = 1;
  for (let i = 0; i < e; i++) p = Math.imul(p, b);
  return p;
}

/** MurmurHash3's finaliser: spreads every bit of a rolling hash over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The bits the filter needs for `n` shingles, and the chance of a false hit it then gives. */
export function filterSize(n: number): { bits: number; falseHit: number } {
  let bits = MIN_BITS;
  while (bits < n * BITS_PER_SHINGLE && bits < MAX_FILTER_BITS) bits *= 2;
  return { bits, falseHit: blockedFalseHit(n, bits) };
}

/**
 * The chance of a false hit in a blocked filter of `bits` bits holding `n` shingles: a block holds j
 * shingles with the Poisson chance of mean n·BLOCK_BITS/bits, and then PROBES given bits are all set
 * with the chance (1 − (1 − 1/BLOCK_BITS)^(PROBES·j))^PROBES (bits chosen with repetition: an upper bound).
 */
export function blockedFalseHit(n: number, bits: number): number {
  const mean = (n * BLOCK_BITS) / bits;
  if (mean === 0) return 0;
  let sum = 0;
  let poisson = Math.exp(-mean);
  for (let j = 0; j <= mean + 12 * Math.sqrt(mean) + 40; j++) {
    if (j > 0) poisson *= mean / j;
    sum += poisson * (1 - (1 - 1 / BLOCK_BITS) ** (PROBES * j)) ** PROBES;
  }
  return sum;
}

class ShingleFilter {
  private readonly bits: Uint32Array;
  private readonly blockMask: number;

  constructor(size: number) {
    this.bits = new Uint32Array(size / 32);
    this.blockMask = size / BLOCK_BITS - 1;
  }

  /** Adds every shingle of `k` letters of `s` (`add`), or calls `visit(at)` for each that is present. */
  scan(s: string, k: number, add: boolean, visit?: (at: number) => void): void {
    if (s.length < k) return;
    const top1 = power(B1, k - 1);
    const top2 = power(B2, k - 1);
    // The length salts the hashes, so a 4-letter shingle is not taken for an 8-letter one.
    const salt1 = Math.imul(k, 0x9e3779b9);
    const salt2 = Math.imul(k, 0x7f4a7c15);
    let h1 = 0;
    let h2 = 0;
    for (let j = 0; j < k - 1; j++) {
      h1 = (Math.imul(h1, B1) + s.charCodeAt(j)) | 0;
      h2 = (Math.imul(h2, B2) + s.charCodeAt(j)) | 0;
    }
    for (let i = 0; i + k <= s.length; i++) {
      // h1, h2: Σ letter·B^(k−1−j) over the k letters at i.
      const c = s.charCodeAt(i + k - 1);
      h1 = (Math.imul(h1, B1) + c) | 0;
      h2 = (Math.imul(h2, B2) + c) | 0;
      const g1 = mix(h1 ^ salt1);
      const g2 = mix(h2 ^ salt2);
      // The block (16 words, one cache line) comes from the first hash, the bits in it from the second.
      const block = (g1 & this.blockMask) << 4;
      const a = g2 & (BLOCK_BITS - 1);
      const step = (g2 >>> 9) | 1;
      if (add) {
        for (let p = 0; p < PROBES; p++) {
          const bit = (a + Math.imul(p, step)) & (BLOCK_BITS - 1);
          this.bits[block + (bit >>> 5)]! |= 1 << (bit & 31);
        }
      } else {
        let present = true;
        for (let p = 0; p < PROBES && present; p++) {
          const bit = (a + Math.imul(p, step)) & (BLOCK_BITS - 1);
          present = (this.bits[block + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
        }
        if (present) visit!(i);
      }
      const out = s.charCodeAt(i);
      h1 = (h1 - Math.imul(out, top1)) | 0;
      h2 = (h2 - Math.imul(out, top2)) | 0;
    }
  }
}

export interface CoverageResult {
  letters: number;
  covered: number;
  /** Indices (into `sourceLines`) of lines less than half of whose letters reappear. */
  lost: number[];
  /** The chance that a shingle the records lack was taken for present, at the filter's size. */
  falseHit: number;
}

export function measureCoverage(sourceLines: string[], recordTexts: string[]): CoverageResult {
  const recordLetters = recordTexts.map(letters);
  let n = 0;
  for (const r of recordLetters) n += shingles(r.length, K) + shingles(r.length, SHORT);
  const { bits, falseHit } = filterSize(n);
  const filter = new ShingleFilter(bits);
  for (const r of recordLetters) {
    filter.scan(r, K, true);
    filter.scan(r, SHORT, true);
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
    // Letters covered by a present shingle: the shingles come in order, so the covered run only grows.
    let lineCovered = 0;
    let end = 0;
    filter.scan(l, k, false, (at) => {
      lineCovered += at + k - Math.max(end, at);
      end = at + k;
    });
    covered += lineCovered;
    if (lineCovered * 2 < l.length) lost.push(index);
  }
  return { letters: total, covered, lost, falseHit };
}
