/**
 * The comparison behind the reproducibility check (scripts/lib/reproducible.ts), on small trees made
 * here: a file only on one side, and the first differing byte of a file, are each found and named.
 * The check itself (two real builds) is tests/site/reproducible.test.ts.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTrees, describeDifferences } from '../scripts/lib/reproducible.ts';

let dir: string;

async function tree(name: string, files: Record<string, string>): Promise<string> {
  const at = join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(at, file, '..'), { recursive: true });
    await writeFile(join(at, file), text);
  }
  return at;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'compare-trees-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('comparing two builds', () => {
  it('finds nothing in identical trees', async () => {
    const files = { 'index.html': '<p>один</p>', 'data/report.json': '{"generated":"2026-11-30T23:21:26.000Z"}' };
    expect(await compareTrees(await tree('same-a', files), await tree('same-b', files))).toEqual([]);
  });

  it('names a file only in one tree, and the first byte at which a file differs', async () => {
    const a = await tree('a', { 'data/report.json': '{"generated":"2026-11-30T10:00:00.000Z"}', 'old/index.html': 'x' });
    const b = await tree('b', { 'data/report.json': '{"generated":"2026-11-30T11:00:00.000Z"}', 'new/index.html': 'x' });
    const differences = await compareTrees(a, b);
    expect(differences).toEqual([
      { file: 'data/report.json', what: 'content', offset: 26, first: '{"generated":"2026-11-30T10:00:00.000Z"}', second: '{"generated":"2026-11-30T11:00:00.000Z"}' },
      { file: 'new/index.html', what: 'only-in-second' },
      { file: 'old/index.html', what: 'only-in-first' },
    ]);
    expect(describeDifferences(differences, ['one', 'two']).split('\n')).toEqual([
      'data/report.json: differs from byte 26: "{\\"generated\\":\\"2026-11-30T10:00:00.000Z\\"}" ≠ "{\\"generated\\":\\"2026-11-30T11:00:00.000Z\\"}"',
      'new/index.html: only in two',
      'old/index.html: only in one',
    ]);
  });

  it('tells a file that is longer in one tree from an equal one', async () => {
    const differences = await compareTrees(await tree('short', { 'a.txt': 'abc' }), await tree('long', { 'a.txt': 'abcd' }));
    expect(differences).toMatchObject([{ file: 'a.txt', what: 'content', offset: 3 }]);
  });
});
