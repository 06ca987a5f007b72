import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRecords } from '../scripts/lib/fixture-records.ts';

/**
 * Golden files: short excerpts of the collection and of the book (tests/fixtures/<case>/input/input.txt, with its sidecar
 * source.json) and the records and diagnostics (file, line, code) expected from them
 * (tests/fixtures/<case>/expected.json), checked line by line against the printed text.
 * `npx tsx scripts/fixture-output.ts tests/fixtures/<case>` prints the current output for review.
 */
const root = 'tests/fixtures';
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('golden excerpts', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(await readFile(join(root, name, 'expected.json'), 'utf8'));
    expect(await fixtureRecords(join(root, name))).toEqual(expected);
  });
});
