import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../src/lib/ingest/blocks.ts';
import { decodeSource } from '../src/lib/ingest/decode.ts';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import { stripFurniture, type FlowLine } from '../src/lib/ingest/furniture.ts';
import { collectEvidence, decideHyphen } from '../src/lib/ingest/hyphenation.ts';
import { newLatinTally, repairLookalikes } from '../src/lib/ingest/latin.ts';
import { classifyAfterLegend, closingPublication, parseLegend, readApparatus } from '../src/lib/ingest/legend.ts';
import { tieNotes } from '../src/lib/ingest/markers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('drops a BOM, folds CRLF and keeps line numbers of the file', () => {
    const d = new Diagnostics('x.txt');
    const lines = decodeSource(enc('\uFEFFпервая \r\n\r\nвторая\r\n'), d);
    expect(lines).toEqual([
      { no: 1, text: 'первая ' },
      { no: 2, text: '' },
      { no: 3, text: 'вторая' },
    ]);
    expect(d.items).toEqual([]);
  });

  it('recognises a Windows-1251 file and says how to convert it', () => {
    const d = new Diagnostics('old.txt');
    // «Письмо Троцкого» in Windows-1251
    const cp1251 = new Uint8Array([0xcf, 0xe8, 0xf1, 0xfc, 0xec, 0xee, 0x20, 0xd2, 0xf0, 0xee, 0xf6, 0xea, 0xee, 0xe3, 0xee]);
    expect(decodeSource(cp1251, d)).toEqual([]);
    expect(d.items[0]).toMatchObject({ level: 'error', file: 'old.txt', line: 1, code: 'encoding' });
    expect(d.items[0]!.message).toContain('Windows-1251');
  });

  it('places invalid UTF-8 at its line (CRLF and CR end lines too) and column, and counts each broken sequence once', () => {
    const d = new Diagnostics('bad.txt');
    // «тре» + the first two bytes of «€» (E2 82 AC) + «тья»: one broken sequence, on line 3, after three letters.
    const bytes = new Uint8Array([...enc('первая\r\nвторая\rтре'), 0xe2, 0x82, ...enc('тья\n'), 0xc0, 0xaf]);
    expect(decodeSource(bytes, d)).toEqual([]);
    expect(d.items).toEqual([
      expect.objectContaining({ level: 'error', line: 3, code: 'utf8-invalid', data: { column: 4, byte: '0xE2', count: 3 } }),
    ]);
  });

  it('reports an empty file', () => {
    const d = new Diagnostics('empty.txt');
    expect(decodeSource(new Uint8Array(), d)).toEqual([]);
    expect(d.items[0]).toMatchObject({ code: 'empty-file' });
  });
});

describe('repairLookalikes', () => {
  it('replaces Latin letters inside Cyrillic words and counts them', () => {
    const tally = newLatinTally();
    expect(repairLookalikes('не paз это проявлял. Baш Бухарин', tally)).toBe('не раз это проявлял. Ваш Бухарин');
    expect(tally).toEqual({ total: 4, byLetter: { p: 1, a: 2, B: 1 } });
  });

  it('mends characters of a font-encoding slip', () => {
    const tally = newLatinTally();
    expect(repairLookalikes('убеждѐнный, в отделе ―Правды‖, „Троцкизм―', tally)).toBe('убеждённый, в отделе “Правды”, „Троцкизм“');
    expect(tally.byLetter).toEqual({ 'ѐ': 1, '―': 2, '‖': 1 });
  });

  it('writes a Roman numeral typed half in Cyrillic in Latin', () => {
    const tally = newLatinTally();
    expect(repairLookalikes('на ХV съезде и в УI томе', tally)).toBe('на XV съезде и в VI томе');
    expect(tally).toEqual({ total: 2, byLetter: { roman: 2 } });
  });

  it('leaves Latin words and Latin text alone, repairs a lone look-alike between Russian words', () => {
    const tally = newLatinTally();
    expect(repairLookalikes('«Contre le Conrant» и material lismus militans', tally)).toBe('«Contre le Conrant» и material lismus militans');
    expect(repairLookalikes('3 июля 1930 г. o распространении', tally)).toBe('3 июля 1930 г. о распространении');
    expect(tally.total).toBe(1);
  });
});

describe('decideHyphen', () => {
  const evidence = collectEvidence([
    'книги из-под пера и научно-исследовательских институтов',
    'какие-нибудь силы и российско-американского историка',
    'революционного движения',
  ]);
  it('keeps a compound seen whole elsewhere', () => {
    expect(decideHyphen('из', 'под', evidence)).toBe('keep');
    expect(decideHyphen('научно', 'исследовательских', evidence)).toBe('keep');
    expect(decideHyphen('какие', 'нибудь', evidence)).toBe('keep');
  });
  it('joins a word broken at the line end', () => {
    expect(decideHyphen('револю', 'ционного', evidence)).toBe('join');
    expect(decideHyphen('дви', 'жения', evidence)).toBe('join');
  });
  it('keeps the hyphen before a capital letter', () => {
    expect(decideHyphen('Алма', 'Ата', evidence)).toBe('keep');
  });
});

describe('parseLegend', () => {
  it.each([
    ['РГАНИ. Ф. 3. Оп. 62. Д. 182. Л. 50–53 Подлинник. Машинопись', ['РГАНИ', '3', '62', '182', '50–53', 'Подлинник', 'Машинопись']],
    ['РГАСПИ. Ф. 17. Оп. 171. Д. 25. Л.106-109. Копия. Машинопись.', ['РГАСПИ', '17', '171', '25', '106–109', 'Копия', 'Машинопись']],
    ['РГАСПИ. Ф. 17. Оп. 171. Д.5. Л. 12–13(об) Подлинник. Рукопись.', ['РГАСПИ', '17', '171', '5', '12–13 об.', 'Подлинник', 'Рукопись']],
    ['РГАСПИ. Ф. 558. Оп. 11. Д. 710. Л. 7, 9–10. Копия. Машинопись', ['РГАСПИ', '558', '11', '710', '7, 9–10', 'Копия', 'Машинопись']],
    [' РГАНИ. Ф. 3. Оп. 62. Д. 181. Л. 63.', ['РГАНИ', '3', '62', '181', '63', null, null]],
  ])('%s', (text, [archive, fond, opis, delo, sheets, authenticity, method]) => {
    expect(parseLegend(text)).toMatchObject({ archive, fond, opis, delo, sheets, authenticity, method });
  });

  it('tells publication notes and marginalia from other lines', () => {
    expect(classifyAfterLegend('Опубликовано: Ю. Фельштинский. Коммунистическая оппозиция в СССР. Т.4.')).toBe('published');
    expect(classifyAfterLegend('На первом листе рукописная помета: «Читал. И. Сталин»')).toBe('marginalia');
    expect(classifyAfterLegend('№ 14')).toBe('other');
  });
});

/** Lines as the OCR prints them: page furniture, double spacing, a footnote after a separator. */
const PAGE = [
  'Прошу передать этот ответ Ренсому только в том случае, если не будет возражений и ',
  '',
  'поправок со стороны тт. Сталина и Зиновьева24. ',
  'Л.Троцкий ',
  '1.02.23г. ',
  ' ',
  'Мне не ясно, почему и откуда может возникнуть противоречие между интересами Советской ',
  '37 ',
  '',
  ' ',
  'Республики и 3-го Интернационала. ',
  ' ' + ' '.repeat(48),
  '24',
  ' Подпись не разборчива ',
  ' Следующая страница начинается здесь и продолжает мысль предыдущей страницы так же. ',
];

function flowOf(lines: string[]): { flow: FlowLine[]; d: Diagnostics; notes: ReturnType<typeof stripFurniture>['notes'] } {
  const d = new Diagnostics('page.txt');
  const { flow, notes } = stripFurniture(lines.map((text, i) => ({ no: i + 1, text })), d);
  return { flow, d, notes };
}

describe('stripFurniture, tieNotes and buildBlocks', () => {
  it('takes out page numbers and footnotes, keeps blank lines that are blank in print', () => {
    const { flow, notes, d } = flowOf(PAGE);
    expect(notes).toEqual([{ n: '24', text: 'Подпись не разборчива', no: 13 }]);
    expect(flow.filter((l) => l.kind === 'text').map((l) => (l.kind === 'text' ? l.no : 0))).toEqual([1, 3, 4, 5, 7, 11, 15]);
    expect(flow.filter((l) => l.kind === 'blank').map((l) => l.no)).toEqual([6]);
    expect(d.items).toContainEqual(expect.objectContaining({ code: 'page-number', line: 8 }));
  });

  it('ties a note to its glued marker and builds paragraphs and stand-alone lines', () => {
    const { flow, notes, d } = flowOf(PAGE);
    const tied = tieNotes(flow, notes, d);
    expect(tied[0]!.markerLine).toBe(3);
    const blocks = buildBlocks(flow, {
      evidence: collectEvidence([]),
      tally: { joined: 0, kept: 0 },
      paragraphEnds: 'short-line',
    });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Прошу передать этот ответ Ренсому только в том случае, если не будет возражений и поправок со стороны тт. Сталина и Зиновьева.'],
      ['line', 'Л.Троцкий'],
      ['line', '1.02.23г.'],
      ['paragraph', 'Мне не ясно, почему и откуда может возникнуть противоречие между интересами Советской Республики и 3-го Интернационала.'],
      ['paragraph', 'Следующая страница начинается здесь и продолжает мысль предыдущей страницы так же.'],
    ]);
    const marked = blocks[0]!;
    expect(marked.notes).toEqual([{ n: '24', at: marked.text.indexOf('Зиновьева') + 'Зиновьева'.length }]);
  });

  it('does not take a number glued to a date or an abbreviation for a marker', () => {
    const d = new Diagnostics('x.txt');
    const { flow, notes } = stripFurniture(
      ['Письмо от 1.02.23г. и п.23 и 23-го числа и Т.23. ', ' '.repeat(49), '23', ' Текст примечания '].map((text, i) => ({ no: i + 1, text })),
      d,
    );
    expect(tieNotes(flow, notes, d)[0]!.markerLine).toBeNull();
    expect(d.items).toContainEqual(expect.objectContaining({ code: 'note-unresolved', line: 3 }));
  });
});

describe('readApparatus and closingPublication', () => {
  it('splits a document at its legend and joins the marginalia lines (№ 46)', () => {
    const { flow } = flowOf([
      'СЕКРЕТАРЬ ЦК ', '', 'РГАНИ. Ф. 3. Оп. 62. Д. 180. Л. 1. Копия. Машинопись ', '',
      'Рукописная приписка: Читали тт. Каменев и Бухарин. Не возражают против ', '', 'опубликования.  ', '', '23.05 Мехлис ',
    ]);
    const a = readApparatus(flow, 0);
    expect(a.body.map((l) => (l.kind === 'text' ? l.text : ''))).toEqual(['СЕКРЕТАРЬ ЦК']);
    expect(a.legend).toBe('РГАНИ. Ф. 3. Оп. 62. Д. 180. Л. 1. Копия. Машинопись');
    expect(a.marginalia).toEqual(['Рукописная приписка: Читали тт. Каменев и Бухарин. Не возражают против опубликования. 23.05 Мехлис']);
    expect([a.published, a.tail]).toEqual([[], []]);
    expect([...a.parts]).toEqual([[3, 'legend'], [5, 'marginalia'], [7, 'marginalia'], [9, 'marginalia']]);
  });

  it('continues a legend in a line that starts in lower case; a blank line ends it', () => {
    const { flow } = flowOf([
      'РГАСПИ. Ф. 17. Оп. 171. Д. 39. Л. 1–29. Подлинник. Рукопись. В несколько другой ', '',
      'редакции опубликована в газете «Правда» 2 ноября 1924 г. № 251 ', ' ', 'Продолжение текста после легенды. ',
    ]);
    const a = readApparatus(flow, 0);
    expect(a.legend).toBe('РГАСПИ. Ф. 17. Оп. 171. Д. 39. Л. 1–29. Подлинник. Рукопись. В несколько другой редакции опубликована в газете «Правда» 2 ноября 1924 г. № 251');
    expect(a.tail.map((l) => l.no)).toEqual([5]);
  });

  it('finds no legend in a text without one', () => {
    const { flow } = flowOf(['Л.Троцкий ', '1.02.23г. ']);
    expect(readApparatus(flow, 1)).toMatchObject({ legend: null, body: [flow[1]], tail: [] });
  });

  it('takes the closing publication line off a text printed in a periodical (the 1931 platform)', () => {
    const { flow } = flowOf(['арене победоносной революции мирового пролетариата, и только на ней.  ', '', 'Опубликовано в: Бюллетень оппозиции (большевиков-ленинцев). 1931. № 20. ', '', ' ']);
    expect(closingPublication(flow)).toEqual({ end: 1, published: ['Опубликовано в: Бюллетень оппозиции (большевиков-ленинцев). 1931. № 20.'] });
  });
});
