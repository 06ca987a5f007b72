import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import { DIAGNOSTIC_CODES, DiagnosticSchema } from '../src/schemas/index.ts';

const schemaCodes = DiagnosticSchema.options.map((o) => o.shape.code.value).sort();

/** Every code the ingest's modules report, read from their source (`.report('code', …)`). */
async function reportedCodes(): Promise<string[]> {
  const dir = 'src/lib/ingest';
  const codes = new Set<string>();
  for (const name of await readdir(dir)) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const m of text.matchAll(/\.report\(\s*'([a-z0-9-]+)'/g)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe('diagnostic codes', () => {
  it('give every code of the schema a level and a Russian label, and list no other', () => {
    expect(Object.keys(DIAGNOSTIC_CODES).sort()).toEqual(schemaCodes);
    for (const [code, { level, label }] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(['error', 'warning', 'info'], code).toContain(level);
      expect(label, code).toMatch(/^[а-яё«]/u);
    }
  });

  it('are the codes the ingest reports, none unused', async () => {
    expect(await reportedCodes()).toEqual(schemaCodes);
  });

  it('report at the code\'s level, with the document and data given', () => {
    const d = new Diagnostics('sample.txt');
    d.report('note-empty', 12, 'footnote 3 has no text', { data: { note: '3' } });
    d.report('legend-missing', 40, '№ 2 has no archive legend', { document: 'fx-002' });
    expect(d.items).toEqual([
      { level: 'warning', file: 'sample.txt', line: 12, code: 'note-empty', message: 'footnote 3 has no text', document: null, data: { note: '3' } },
      { level: 'error', file: 'sample.txt', line: 40, code: 'legend-missing', message: '№ 2 has no archive legend', document: 'fx-002' },
    ]);
    expect(DiagnosticSchema.array().parse(d.items)).toEqual(d.items);
  });

  it('do not compile when unknown or without their data (checked by `tsc` in `npm test`)', () => {
    const d = new Diagnostics('sample.txt');
    // @ts-expect-error: not a code
    expect(() => d.report('note-gone', 1, 'x')).toThrow();
    // @ts-expect-error: `note-empty` carries the note's mark
    d.report('note-empty', 1, 'footnote 3 has no text');
    // @ts-expect-error: `date-missing` carries no data
    d.report('date-missing', 1, '№ 1: no date found', { document: 'fx-001', data: { note: '3' } });
    expect(d.items).toHaveLength(2);
  });
});
