/**
 * The cache of the documents asked last (src/lib/render/recent.ts), which lets the build render a few
 * pages at a time: a value is made once while kept, asks at once share one promise, the oldest goes first.
 */
import { describe, expect, it } from 'vitest';
import { Recent } from '../src/lib/render/recent.ts';

describe('Recent', () => {
  it('makes a value once while it is kept, and lets the oldest go past its size', () => {
    const made: string[] = [];
    const recent = new Recent<string, string>(2);
    const get = (key: string) => recent.get(key, () => (made.push(key), key.toUpperCase()));
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
    get('c'); // a, b, c: a goes
    get('b');
    expect(made).toEqual(['a', 'b', 'c']);
    get('a');
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives pages that ask at once the same promise', async () => {
    let reads = 0;
    const recent = new Recent<string, Promise<object>>(4);
    const read = () => recent.get('pt-001', async () => (reads++, await Promise.resolve(), { id: 'pt-001' }));
    const [a, b, c] = await Promise.all([read(), read(), read()]);
    expect(reads).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('makes a value again once it is let go', () => {
    let n = 0;
    const recent = new Recent<string, number>(1);
    expect(recent.get('x', () => ++n)).toBe(1);
    recent.delete('x');
    expect(recent.get('x', () => ++n)).toBe(2);
  });

  it('refuses a size that keeps nothing', () => {
    expect(() => new Recent(0)).toThrow(/positive integer/);
    expect(() => new Recent(1.5)).toThrow(/positive integer/);
  });
});
