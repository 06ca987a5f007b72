import { describe, expect, it } from 'vitest';
import {
  assertUniquePaths,
  buildArchiveTree,
  bySheet,
  deloSpan,
  compareShelfmark,
  firstSheet,
  formatSheetNumbers,
  parseSheets,
  sharedSheets,
  sheetOverlaps,
  shelfLabel,
} from '../src/lib/site/archive-tree.ts';
import { doc } from './site-helpers.ts';

describe('sheets', () => {
  it('reads the leading sheet number as printed', () => {
    expect(firstSheet('50–53')).toBe(50);
    expect(firstSheet('83, 88–88 об.')).toBe(83);
    expect(firstSheet('101 об.')).toBe(101);
    expect(firstSheet(null)).toBeNull();
    expect(firstSheet('об. 5')).toBeNull();
  });

  it('parses runs separated by commas and semicolons, versos under their sheet', () => {
    expect(parseSheets('50–53')).toEqual([{ from: 50, to: 53 }]);
    expect(parseSheets('83, 88–88 об.')).toEqual([{ from: 83, to: 83 }, { from: 88, to: 88 }]);
    expect(parseSheets('213–220; 222–229')).toEqual([{ from: 213, to: 220 }, { from: 222, to: 229 }]);
    expect(parseSheets('98–100 об.')).toEqual([{ from: 98, to: 100 }]);
    expect(parseSheets('12 об.')).toEqual([{ from: 12, to: 12 }]);
  });

  it('refuses what it cannot read rather than guess', () => {
    expect(parseSheets('б/н')).toBeNull();
    expect(parseSheets('53–50')).toBeNull();
    expect(parseSheets('')).toBeNull();
  });

  it('finds shared sheets and writes them as runs', () => {
    expect(sharedSheets(parseSheets('200–203')!, parseSheets('203–204')!)).toEqual([203]);
    expect(sharedSheets(parseSheets('5')!, parseSheets('3–4')!)).toEqual([]);
    expect(sharedSheets(parseSheets('1–10')!, parseSheets('3–4, 8')!)).toEqual([3, 4, 8]);
    expect(formatSheetNumbers([36, 34, 35, 40])).toBe('34–36, 40');
    expect(formatSheetNumbers([5])).toBe('5');
  });
});

describe('shelfmarks', () => {
  it('orders numbers naturally', () => {
    expect(['171', '17', '2с', '2', '10а', '10'].sort(compareShelfmark)).toEqual(['2', '2с', '10', '10а', '17', '171']);
  });
});

describe('buildArchiveTree', () => {
  const at = (archive: string, fond: string, opis: string, delo: string, sheets: string) => ({ archive, fond, opis, delo, sheets });
  const docs = [
    doc(1, { legend: at('РГАНИ', '3', '62', '182', '50–53') }),
    doc(5, { legend: at('РГАСПИ', '17', '171', '25', '34–51') }),
    doc(6, { legend: at('РГАСПИ', '17', '171', '25', '69–71') }),
    doc(7, { legend: at('РГАСПИ', '17', '171', '25', '101–103') }),
    doc(8, { legend: at('РГАСПИ', '17', '171', '25', '95–96') }),
    doc(40, { legend: at('РГАСПИ', '558', '11', '777', '29–29 об.') }),
    doc(12, { legend: at('РГАСПИ', '17', '171', '26', '11') }),
    doc(300),
    doc(301, { legend: { archive: 'РГАСПИ', fond: '17', opis: null, delo: null } }),
    doc(302, { legend: { archive: null, fond: null, opis: null, delo: null } }),
  ];

  it('nests archive, fond, opis and delo in natural order with counts', () => {
    const { archives, unplaced } = buildArchiveTree(docs);
    expect(archives.map((a) => [a.archive, a.count])).toEqual([['РГАНИ', 1], ['РГАСПИ', 7]]);
    const rgaspi = archives[1]!;
    expect(rgaspi.fonds.map((f) => [f.fond, f.count])).toEqual([['17', 6], ['558', 1]]);
    expect(rgaspi.fonds[0]!.opisi[0]!.dela.map((d) => [d.delo, d.documents.length])).toEqual([['25', 4], ['26', 1]]);
    expect(unplaced.map((d) => d.number)).toEqual([300, 302]);
  });

  it('keeps a legend read only in part at the deepest level it names', () => {
    const { archives } = buildArchiveTree(docs);
    const fond17 = archives[1]!.fonds[0]!;
    expect(fond17.loose.map((d) => d.number)).toEqual([301]);
    expect(fond17.opisi[0]!.loose).toEqual([]);
    expect(archives[1]!.loose).toEqual([]);
  });

  it('orders a delo by first sheet, not by number', () => {
    const { archives } = buildArchiveTree(docs);
    const delo25 = archives[1]!.fonds[0]!.opisi[0]!.dela[0]!;
    expect(delo25.documents.map((d) => d.number)).toEqual([5, 6, 8, 7]);
  });

  it('puts documents with unreadable sheets last', () => {
    const ordered = bySheet([doc(2, { legend: { sheets: null } }), doc(3, { legend: { sheets: '9' } })]);
    expect(ordered.map((d) => d.number)).toEqual([3, 2]);
  });
});

describe('sheetOverlaps', () => {
  it('reports both documents that cite the same sheet', () => {
    const a = doc(97, { legend: { sheets: '5' } });
    const b = doc(98, { legend: { sheets: '3–4' } });
    const c = doc(99, { legend: { sheets: '5' } });
    const overlaps = sheetOverlaps([a, b, c]);
    expect(overlaps.get('pt-097')?.map((o) => [o.other.number, o.sheets])).toEqual([[99, [5]]]);
    expect(overlaps.get('pt-099')?.map((o) => [o.other.number, o.sheets])).toEqual([[97, [5]]]);
    expect(overlaps.has('pt-098')).toBe(false);
  });
});

describe('delo helpers', () => {
  it('spans the sheets of a delo and labels shelfmarks', () => {
    expect(deloSpan([doc(1, { legend: { sheets: '34–51' } }), doc(2, { legend: { sheets: '101–103' } }), doc(3, { legend: { sheets: null } })])).toBe('34–103');
    expect(deloSpan([doc(1, { legend: { sheets: '99' } })])).toBe('99');
    expect(deloSpan([doc(1)])).toBeNull();
    expect([shelfLabel.fond('17'), shelfLabel.opis('171'), shelfLabel.delo('25')]).toEqual(['Ф. 17', 'Оп. 171', 'Д. 25']);
  });

  it('refuses two values that would share a page', () => {
    expect(() => assertUniquePaths([{ path: '/a/', value: 'Р-1' }, { path: '/a/', value: 'р-1' }])).toThrow(/share the page/);
    expect(() => assertUniquePaths([{ path: '/a/', value: 'Р-1' }, { path: '/a/', value: 'Р-1' }])).not.toThrow();
  });
});
