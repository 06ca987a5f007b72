import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameOnDate, namePeriods } from '../src/lib/ingest/body-names.ts';
import { BodyRenamesFileSchema } from '../src/schemas/index.ts';

const renames = BodyRenamesFileSchema.parse(JSON.parse(readFileSync('content/body-names.json', 'utf8')));
const documents: { id: string; date: { edtf: string | null }; authors: { name: string; printed: string }[]; addressees: { name: string; printed: string }[] }[] =
  JSON.parse(readFileSync('data/documents.json', 'utf8'));

describe('names of their time', () => {
  it('names a party organ as it was called on the date: РКП(б) up to the XIV congress, ВКП(б) from 31 December 1925', () => {
    expect(nameOnDate('Секретариат ЦК ВКП(б)', '1923-10-24', renames)).toBe('Секретариат ЦК РКП(б)');
    expect(nameOnDate('ЦК ВКП(б)', '1925-12-30', renames)).toBe('ЦК РКП(б)');
    expect(nameOnDate('ЦК ВКП(б)', '1925-12-31', renames)).toBe('ЦК ВКП(б)');
    expect(nameOnDate('Политбюро ЦК ВКП(б)', '1926-04-13', renames)).toBe('Политбюро ЦК ВКП(б)');
    // A date that may fall on either side, and no date, keep the name the page is filed under.
    expect(nameOnDate('ЦК ВКП(б)', '1925-12', renames)).toBe('ЦК ВКП(б)');
    expect(nameOnDate('ЦК ВКП(б)', null, renames)).toBe('ЦК ВКП(б)');
    expect(nameOnDate('Секретарь Камчатского губкома ВКП(б)', '1924-12~/1925-01~', renames)).toBe('Секретарь Камчатского губкома РКП(б)');
    expect(nameOnDate('ОГПУ', '1923-01-01', renames)).toBe('ОГПУ');
  });

  it('lists a renamed body’s names by period, the latest last', () => {
    expect(namePeriods('Политбюро ЦК ВКП(б)', renames)?.map(({ name, from, to }) => [name, from, to])).toEqual([
      ['Политбюро ЦК РКП(б)', null, '1925-12-30'],
      ['Политбюро ЦК ВКП(б)', '1925-12-31', null],
    ]);
    expect(namePeriods('НКИД СССР', renames)).toBeUndefined();
  });

  it('shows no pre-1926 document with a party body under its later name, and keeps the printed form', () => {
    const early = documents.filter((d) => d.date.edtf !== null && d.date.edtf < '1925-12-31' && !d.date.edtf.startsWith('..'));
    const parties = early.flatMap((d) => [...d.authors, ...d.addressees].map((p) => ({ id: d.id, ...p })));
    expect(parties.filter((p) => p.name.includes('ВКП(б)'))).toEqual([]);
    // № 12 «в секретариат ЦК РКП(б)» (1923); № 69 prints «Политбюро ЦК РКП(б)» in April 1926, after the rename.
    expect(documents.find((d) => d.id === 'pt-012')!.addressees).toEqual([expect.objectContaining({ name: 'Секретариат ЦК РКП(б)', printed: 'секретариат ЦК РКП(б)' })]);
    expect(documents.find((d) => d.id === 'pt-069')!.addressees).toEqual([expect.objectContaining({ name: 'Политбюро ЦК ВКП(б)', printed: 'Политбюро ЦК РКП(б)' })]);
  });
});
