/**
 * The coverage check (`coverage.ts`) against a plain reading of its definition: every shingle of a source
 * line looked up in the set of the records' shingles. The bit filter may only differ by a false hit, whose
 * chance it states: a few more covered letters, never fewer, and the same lost lines.
 */
import { describe, expect, it } from 'vitest';
import { filterSize, letters, MAX_FILTER_BITS, measureCoverage } from '../src/lib/ingest/coverage.ts';

/** The definition: shingles of 8 letters (4 for lines of 4 to 7), exact sets, a line lost when under half is covered. */
function exactCoverage(sourceLines: string[], recordTexts: string[]) {
  const records = recordTexts.map((t) => t.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/ё/g, 'е'));
  const sets = new Map<number, Set<string>>();
  const shinglesOf = (k: number) => {
    let set = sets.get(k);
    if (!set) {
      set = new Set();
      for (const r of records) for (let i = 0; i + k <= r.length; i++) set.add(r.slice(i, i + k));
      sets.set(k, set);
    }
    return set;
  };
  let total = 0;
  let covered = 0;
  let absent = 0;
  const lost: number[] = [];
  sourceLines.forEach((line, index) => {
    const l = line.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/ё/g, 'е');
    total += l.length;
    if (l.length === 0) return;
    if (l.length < 4) {
      if (records.join('|').includes(l)) covered += l.length;
      else lost.push(index);
      return;
    }
    const k = l.length < 8 ? 4 : 8;
    const hit = new Uint8Array(l.length);
    for (let i = 0; i + k <= l.length; i++) {
      if (shinglesOf(k).has(l.slice(i, i + k))) hit.fill(1, i, i + k);
      else absent++;
    }
    const c = hit.reduce((a, b) => a + b, 0);
    covered += c;
    if (c * 2 < l.length) lost.push(index);
  });
  return { letters: total, covered, lost, absent };
}

/** A deterministic stream of pseudo-random numbers. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = 'абвгдеёжзиклмнопрстуфхцчшщыьэюя';

/** Lines of Russian-looking words, some short (`Лично.`, `Да`), some long. */
function sourceLines(count: number, rnd: () => number): string[] {
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('');
  return Array.from({ length: count }, () => {
    const words = rnd() < 0.15 ? 1 : 3 + Math.floor(rnd() * 9);
    return Array.from({ length: words }, word).join(rnd() < 0.2 ? ', ' : ' ') + (rnd() < 0.3 ? '.' : '');
  });
}

describe('coverage', () => {
  it('reads letters as the definition does: lower case, letters only, ё as е, letters beyond the first plane kept', () => {
    for (const s of ['ЁЛКА, ёлка!', 'a\u{1D400}b 12', 'x\uD800y', 'İstanbul', '— 1923 г. —', '']) {
      expect(letters(s)).toBe(s.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/ё/g, 'е'));
    }
  });

  it('agrees with exact shingle sets where records drop, join, reorder and cut lines', () => {
    const rnd = random(7);
    const lines = sourceLines(4000, rnd);
    // Records: runs of lines joined into paragraphs, every 23rd line dropped, every 31st cut to its first half,
    // hyphens put in and taken out, and the runs in another order (notes moved to their documents).
    const runs: string[] = [];
    for (let i = 0; i < lines.length; i += 37) {
      const run = lines.slice(i, i + 37).flatMap((l, j) => {
        const n = i + j;
        if (n % 23 === 5) return [];
        if (n % 31 === 3) return [l.slice(0, Math.floor(l.length / 2))];
        return [n % 17 === 0 ? l.replace(' ', '-') : l];
      });
      runs.push(run.join(' '));
    }
    runs.reverse();
    const result = measureCoverage(lines, runs);
    const exact = exactCoverage(lines, runs);
    expect(result.letters).toBe(exact.letters);
    expect(result.lost).toEqual(exact.lost);
    expect(exact.lost.length).toBeGreaterThan(100);
    expect(result.falseHit).toBeLessThan(0.0007);
    // Each false hit adds at most 8 letters; the hits seen stay within four times the stated chance.
    expect(result.covered).toBeGreaterThanOrEqual(exact.covered);
    expect(result.covered - exact.covered).toBeLessThanOrEqual(8 * Math.max(4, 4 * exact.absent * result.falseHit));
  });

  it('finds a short line only where the records hold its letters', () => {
    const r = measureCoverage(['Лично.', 'Срочно', 'Да', 'Нет'], ['Совершенно секретно. Лично. Да.']);
    expect(r.lost).toEqual([1, 3]);
    expect(r.covered).toBe(5 + 2);
  });

  it('sizes the filter to the shingles: a stated false-hit chance below 0.07% up to the cap, growing beyond it', () => {
    let bits = 0;
    for (const n of [0, 1e3, 1e5, 1.5e6, 1.5e7, 1.5e8, 1.79e8]) {
      const f = filterSize(n);
      expect(Math.log2(f.bits) % 1).toBe(0);
      expect(f.bits).toBeGreaterThanOrEqual(bits);
      expect(f.bits).toBeLessThanOrEqual(MAX_FILTER_BITS);
      expect(f.falseHit).toBeLessThan(0.0007);
      bits = f.bits;
    }
    expect(filterSize(4e8).bits).toBe(MAX_FILTER_BITS);
    expect(filterSize(4e8).falseHit).toBeGreaterThan(0.009);
    expect(filterSize(4e8).falseHit).toBeLessThan(0.011);
  });
});
