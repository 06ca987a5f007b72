/**
 * The correspondence suggestion's data (`/search/parties.json`) against the index: each author →
 * addressee pair it offers finds, through the two filters, exactly the number of documents it says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openIndex } from '../../scripts/lib/node-index.ts';
import { FILTER_KEYS } from '../../src/lib/search/contract/keys.ts';
import { PARTIES_URL } from '../../src/lib/search/contract/parties.ts';
import { parseParties } from '../../src/scripts/search/parties.ts';

const dist = inject('distDir');

describe('/search/parties.json', () => {
  const parties = parseParties(JSON.parse(readFileSync(join(dist, ...PARTIES_URL.split('/').filter(Boolean)), 'utf8')));

  it('is well formed, with the persons of every pair', () => {
    expect(parties).not.toBeNull();
    const values = new Set(parties!.persons.map((p) => p.value));
    expect(parties!.pairs.length).toBeGreaterThan(10);
    for (const [a, b] of parties!.pairs) expect([values.has(a), values.has(b)], `${a} → ${b}`).toEqual([true, true]);
    for (const p of parties!.persons) expect(p.addressee.length, p.value).toBeGreaterThan(0);
  });

  it('offers pairs whose filters find as many documents as it says', async () => {
    const index = await openIndex(dist);
    const wrong: string[] = [];
    for (const [author, addressee, count] of parties!.pairs) {
      const ids = await index.ids(null, { filters: { [FILTER_KEYS.author.key]: author, [FILTER_KEYS.addressee.key]: addressee } });
      if (ids.length !== count) wrong.push(`${author} → ${addressee}: ${count} offered, ${ids.length} found`);
    }
    expect(wrong).toEqual([]);
  });
});
