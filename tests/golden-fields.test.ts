import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/schemas/index.ts';

interface Golden {
  id: string;
  title: string;
  genre: string | null;
  date: string | null;
  authors: string[];
  addressees: string[];
  checked: string;
}

const golden: Golden[] = JSON.parse(readFileSync('tests/golden-fields/hard-documents.json', 'utf8'));
const documents: Document[] = JSON.parse(readFileSync('data/documents.json', 'utf8'));

/** Each field of each hard document: what the record says against what the book says. */
function compare(): { field: string; id: string; expected: unknown; found: unknown }[] {
  return golden.flatMap((g) => {
    const d = documents.find((x) => x.id === g.id);
    const found = {
      title: d?.title,
      genre: d?.genre,
      date: d?.date.edtf,
      authors: d?.authors.map((p) => p.name),
      addressees: d?.addressees.map((p) => p.name),
    };
    return (['title', 'genre', 'date', 'authors', 'addressees'] as const).map((field) => ({ field, id: g.id, expected: g[field], found: found[field] }));
  });
}

describe('field accuracy on the hard documents (tests/golden-fields/)', () => {
  it('holds 30 documents, each checked against the book with a reason', () => {
    expect(golden).toHaveLength(30);
    expect(new Set(golden.map((g) => g.id)).size).toBe(30);
    for (const g of golden) expect(g.checked.length).toBeGreaterThan(20);
  });

  it('reads at least 99 % of their fields as the book prints them', () => {
    const fields = compare();
    const misses = fields.filter((f) => JSON.stringify(f.expected) !== JSON.stringify(f.found));
    const accuracy = 1 - misses.length / fields.length;
    // The message lists every miss, so a change that loses a field shows which.
    expect(accuracy, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.99);
  });
});
