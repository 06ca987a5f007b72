/**
 * Coverage: the share of the letters of the source's documents section that reappear in the records.
 * Letters are compared through shingles (8 letters; 4 for short lines), so joins, hyphen removal and
 * reordering (notes moved from page bottoms to their documents) do not count as losses, and a dropped
 * line does.
 *
 * The records' 8-letter shingles go into a bit filter (a blocked Bloom filter): each shingle is read by two
 * rolling polynomial hashes, so moving one letter on costs the same whatever the shingle's length, and sets
 * `PROBES` bits in one block of 512 bits (one cache line, so a shingle costs one read of memory). The filter
 * is sized to the shingles it holds, `BITS_PER_SHINGLE` bits each rounded up to a power of two, so a shingle
 * the records lack is taken for present (a false hit) with a chance below 0.07% (`blockedFalseHit`) whatever
 * the size of the source. The records' shingles are set a slice of the filter at a time (`SLICE_BITS`): at the
 * collection's size ×100 the filter is 512 MB, and setting each shingle where it fell, anywhere in it, took 32
 * of the check's 46–51 s (14–18 s by slices). The filter is capped at 2^32 bits (512 MB): beyond 179 million
 * shingles (some 120 times the edition's collection of documents) the chance grows — 0.1% at 200 million,
 * 0.4% at 300 million, 1% at 400 million — and `falseHit` says what it was. A false hit can only raise the
 * count of covered letters, by at most 8 letters a hit; a lost line is still found lost while the chance stays
 * far below one half. The 4-letter shingles of the short lines are few: they are looked up exactly, with no false hit.
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
/**
 * Bits of a slice of the filter, 64 KB: a shingle to be set waits in its slice's queue, and a full queue is set
 * at once, so the memory a queue's bits lie in is near, not spread over the whole filter. The bits set are the
 * same, in any order. A queue holds 8 bytes a shingle: 8 MB of queues for the largest filter.
 */
const SLICE_BITS = 2 ** 19;
/** Shingles a slice's queue holds (tried at ×100: queues of 64 to 256, slices of 16 to 512 KB: alike up to 256 KB, slower beyond). */
const SLICE_QUEUE = 128;

/** Polynomial bases of the two rolling hashes (odd, so no letter's weight vanishes modulo 2^32). */
const B1 = 0x01000193;
const B2 = 0x5bd1e995;

/** Per UTF-16 code unit: 1 a letter, 2 half of a surrogate pair (whose code point decides), 0 neither. */
let letterTable: Uint8Array | null = null;
let buffer = new Uint16Array(1024);
const CHUNK = 4096;

function table(): Uint8Array {
  if (letterTable) return letterTable;
  letterTable = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) letterTable[c] = c >= 0xd800 && c <= 0xdfff ? 2 : /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return letterTable;
}

/** The letters of `s`, lower-cased, `ё` read as `е`: `s.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/ё/g, 'е')`, in one pass. */
export function letters(s: string): string {
  return lettersMade(fillLetters(s));
}

/** The `length` letters of `buffer` from `at`, as a string (a shingle). */
function lettersAt(at: number, length: number): string {
  return String.fromCharCode.apply(null, buffer.subarray(at, at + length) as unknown as number[]);
}

/** The first `n` letters of `buffer` as a string, made `CHUNK` letters at a time (a call's arguments are bounded). */
function lettersMade(n: number): string {
  let out = '';
  for (let at = 0; at < n; at += CHUNK) out += lettersAt(at, Math.min(CHUNK, n - at));
  return out;
}

/** Writes the letters of `s` (as `letters` reads them) into `buffer`; returns how many: their count without a string made. */
function fillLetters(s: string): number {
  const lower = s.toLowerCase();
  const kind = table();
  if (buffer.length < lower.length) buffer = new Uint16Array(lower.length * 2);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const k = kind[c]!;
    if (k === 1) buffer[n++] = c === 0x451 ? 0x435 : c;
    else if (k === 2 && c <= 0xdbff && i + 1 < lower.length) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (/\p{L}/u.test(lower.slice(i, i + 2))) {
          buffer[n++] = c;
          buffer[n++] = d;
        }
        i++;
      }
    }
  }
  return n;
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
 * The chance of a false hit in a blocked filter of `bits` bits holding `n` shingles, by the usual
 * approximation: a block holds j shingles with the Poisson chance of mean n·BLOCK_BITS/bits, and then
 * PROBES given bits of it are all set with the chance (1 − (1 − 1/BLOCK_BITS)^(PROBES·j))^PROBES. The
 * test of the coverage check compares the false hits seen on texts with this chance.
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
  /** The two hashes of each shingle of the string last hashed. */
  private g1 = new Int32Array(1024);
  private g2 = new Int32Array(1024);

  /** Shingles waiting to be set: per slice, `SLICE_QUEUE` pairs of a block and a second hash. */
  private readonly queue: Int32Array;
  /** How many shingles each slice's queue holds. */
  private readonly queued: Int32Array;
  private pending = false;
  private static readonly SLICE_SHIFT = Math.log2(SLICE_BITS / BLOCK_BITS);

  constructor(size: number) {
    this.bits = new Uint32Array(size / 32);
    this.blockMask = size / BLOCK_BITS - 1;
    const slices = Math.max(1, size / SLICE_BITS);
    this.queue = new Int32Array(slices * SLICE_QUEUE * 2);
    this.queued = new Int32Array(slices);
  }

  /** Adds every shingle of `k` letters of the first `length` letters of `codes` (set by the next look-up at the latest). */
  add(codes: Uint16Array, length: number, k: number): void {
    const n = this.hash(codes, length, k);
    const queue = this.queue;
    this.pending = true;
    for (let i = 0; i < n; i++) {
      const block = this.g1[i]! & this.blockMask;
      const slice = block >>> ShingleFilter.SLICE_SHIFT;
      const count = this.queued[slice]!;
      const at = (slice * SLICE_QUEUE + count) * 2;
      queue[at] = block;
      queue[at + 1] = this.g2[i]!;
      this.queued[slice] = count + 1;
      if (count + 1 === SLICE_QUEUE) this.drain(slice);
    }
  }

  /** Sets the shingles a slice's queue holds, and empties it. */
  private drain(slice: number): void {
    const queue = this.queue;
    const start = slice * SLICE_QUEUE * 2;
    const end = start + this.queued[slice]! * 2;
    for (let at = start; at < end; at += 2) this.set(queue[at]! << 4, queue[at + 1]!);
    this.queued[slice] = 0;
  }

  /** Sets every shingle still queued: the look-ups read a whole filter. */
  private settle(): void {
    if (!this.pending) return;
    for (let slice = 0; slice < this.queued.length; slice++) if (this.queued[slice]! > 0) this.drain(slice);
    this.pending = false;
  }

  /**
   * Whether the shingles at every k-th place and the last one are present: they tile the letters, so then all
   * letters are covered, whatever the shingles between them — one look-up for k letters instead of one a letter.
   */
  whole(codes: Uint16Array, length: number, k: number): boolean {
    this.settle();
    const n = this.hash(codes, length, k);
    for (let i = 0; i < n; i += k) if (!this.test(i)) return false;
    return n === 0 || this.test(n - 1);
  }

  /** How many of the first `length` letters of `codes` its present shingles of `k` letters cover. */
  covered(codes: Uint16Array, length: number, k: number): number {
    this.settle();
    const n = this.hash(codes, length, k);
    let total = 0;
    let end = 0;
    for (let at = 0; at < n; at++) {
      if (!this.test(at)) continue;
      total += coveredBy(at, k, end);
      end = at + k;
    }
    return total;
  }

  /** The places in the first `length` letters of `codes` of their shingles of `k` letters that may be present. */
  *present(codes: Uint16Array, length: number, k: number): Generator<number> {
    this.settle();
    const n = this.hash(codes, length, k);
    for (let at = 0; at < n; at++) if (this.test(at)) yield at;
  }

  /** Whether the bits of the shingle hashed at `at` are all set: its block (16 words, one cache line) comes from the first hash, its PROBES bits in the block from the second. */
  private test(at: number): boolean {
    const g2 = this.g2[at]!;
    const block = (this.g1[at]! & this.blockMask) << 4;
    const a = g2 & (BLOCK_BITS - 1);
    const step = (g2 >>> 9) | 1;
    for (let p = 0; p < PROBES; p++) {
      const bit = (a + Math.imul(p, step)) & (BLOCK_BITS - 1);
      if ((this.bits[block + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  /** Sets the PROBES bits a second hash `g2` picks in the block whose first word is `word`. */
  private set(word: number, g2: number): void {
    const a = g2 & (BLOCK_BITS - 1);
    const step = (g2 >>> 9) | 1;
    for (let p = 0; p < PROBES; p++) {
      const bit = (a + Math.imul(p, step)) & (BLOCK_BITS - 1);
      this.bits[word + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  }

  /** Hashes every shingle of `k` letters of the first `length` of `codes` into `g1` and `g2`; returns how many there are. */
  private hash(codes: Uint16Array, length: number, k: number): number {
    const n = Math.max(0, length - k + 1);
    if (this.g1.length < n) {
      this.g1 = new Int32Array(n * 2);
      this.g2 = new Int32Array(n * 2);
    }
    const top1 = power(B1, k - 1);
    const top2 = power(B2, k - 1);
    // The length salts the hashes, so a 4-letter shingle is not taken for an 8-letter one.
    const salt1 = Math.imul(k, 0x9e3779b9);
    const salt2 = Math.imul(k, 0x7f4a7c15);
    let h1 = 0;
    let h2 = 0;
    for (let j = 0; j < k - 1 && j < length; j++) {
      h1 = (Math.imul(h1, B1) + codes[j]!) | 0;
      h2 = (Math.imul(h2, B2) + codes[j]!) | 0;
    }
    for (let i = 0; i < n; i++) {
      // h1, h2: Σ letter·B^(k−1−j) over the k letters at i.
      const c = codes[i + k - 1]!;
      h1 = (Math.imul(h1, B1) + c) | 0;
      h2 = (Math.imul(h2, B2) + c) | 0;
      this.g1[i] = mix(h1 ^ salt1);
      this.g2[i] = mix(h2 ^ salt2);
      const out = codes[i]!;
      h1 = (h1 - Math.imul(out, top1)) | 0;
      h2 = (h2 - Math.imul(out, top2)) | 0;
    }
    return n;
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

/**
 * Reads the source lines, then the records' texts twice (to count their shingles, then to set them): a
 * text is made, used and dropped, so `recordTexts` may make them as they are asked for (an iterable, not
 * one iterator), and the records' texts or letters are never held together. Then the source lines again
 * for the long ones. A long line's or a record's letters are hashed where `fillLetters` wrote them, not
 * made into a string (a record's are, for the tiny lines, while some is not found).
 */
export function measureCoverage(sourceLines: string[], recordTexts: Iterable<string>): CoverageResult {
  let total = 0;
  /** Lines of 1 to SHORT − 1 letters, looked for whole in the records. */
  const tiny = new Map<number, string>();
  /** Lines of SHORT to K − 1 letters, measured by their SHORT-letter shingles, exactly. */
  const short = new Map<number, string>();
  for (let index = 0; index < sourceLines.length; index++) {
    const length = fillLetters(sourceLines[index]!);
    total += length;
    if (length === 0 || length >= K) continue;
    (length < SHORT ? tiny : short).set(index, lettersMade(length));
  }
  let n = 0;
  for (const t of recordTexts) n += shingles(fillLetters(t), K);
  const { bits, falseHit } = filterSize(n);
  const filter = new ShingleFilter(bits);
  const unfound = new Set(tiny.values());
  const wanted = new Set<string>();
  for (const l of short.values()) for (let at = 0; at + SHORT <= l.length; at++) wanted.add(l.slice(at, at + SHORT));
  // The few wanted shingles go into a small filter; a record place it passes is checked letter by letter.
  const small = new ShingleFilter(filterSize(wanted.size).bits);
  for (const w of wanted) {
    // Two steps: `fillLetters` may give `buffer` a larger array, and the filter must read that one.
    const length = fillLetters(w);
    small.add(buffer, length, SHORT);
  }
  const found = new Set<string>();
  for (const t of recordTexts) {
    const length = fillLetters(t);
    filter.add(buffer, length, K);
    if (unfound.size > 0) {
      const r = lettersMade(length);
      for (const q of unfound) if (r.includes(q)) unfound.delete(q);
    }
    for (const at of small.present(buffer, length, SHORT)) {
      const shingle = lettersAt(at, SHORT);
      if (wanted.has(shingle)) found.add(shingle);
    }
  }
  let covered = 0;
  const lost: number[] = [];
  for (let index = 0; index < sourceLines.length; index++) {
    const tinyLine = tiny.get(index);
    if (tinyLine !== undefined) {
      if (unfound.has(tinyLine)) lost.push(index);
      else covered += tinyLine.length;
      continue;
    }
    const shortLine = short.get(index);
    const length = shortLine?.length ?? fillLetters(sourceLines[index]!);
    if (length === 0) continue;
    const lineCovered =
      shortLine !== undefined ? shortCovered(shortLine, found) : filter.whole(buffer, length, K) ? length : filter.covered(buffer, length, K);
    covered += lineCovered;
    if (lineCovered * 2 < length) lost.push(index);
  }
  return { letters: total, covered, lost, falseHit };
}

/** The letters of a short line covered by its SHORT-letter shingles that the records hold. */
function shortCovered(l: string, found: ReadonlySet<string>): number {
  let total = 0;
  let end = 0;
  for (let at = 0; at + SHORT <= l.length; at++) {
    if (!found.has(l.slice(at, at + SHORT))) continue;
    total += coveredBy(at, SHORT, end);
    end = at + SHORT;
  }
  return total;
}

/** The letters a present shingle at `at` adds to those covered up to `end`: the shingles come in order, so the covered run only grows. */
function coveredBy(at: number, k: number, end: number): number {
  return at + k - Math.max(end, at);
}
