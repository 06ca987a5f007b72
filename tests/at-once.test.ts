/** Work over a list a few items at a time (src/lib/render/at-once.ts). */
import { describe, expect, it } from 'vitest';
import { eachAtOnce } from '../src/lib/render/at-once.ts';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('eachAtOnce', () => {
  it('gives the results in the list’s order, with no more than the number asked for at once', async () => {
    let running = 0;
    let most = 0;
    const out = await eachAtOnce([30, 5, 20, 1, 10, 2], 3, async (ms, i) => {
      most = Math.max(most, ++running);
      await tick(ms);
      running--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    expect(most).toBe(3);
    expect(await eachAtOnce([], 4, async () => 1)).toEqual([]);
  });

  it('takes no further item after the first fault, and throws it', async () => {
    const taken: number[] = [];
    const run = eachAtOnce([0, 1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
      taken.push(n);
      await tick(5);
      if (n === 1) throw new Error('document 1 is damaged');
      return n;
    });
    await expect(run).rejects.toThrow('document 1 is damaged');
    await tick(30);
    expect(taken).toEqual([0, 1, 2]);
  });
});
