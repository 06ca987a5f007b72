import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderBlocks, renderBody } from '../src/lib/render/body.ts';
import { cutIntoParts, cutIntoPartsAsync, cutText, cutTextAsync, gzipBound, gzipSize, gzipSizeAsync, MIN_TEXT_BUDGET, PAGE_BUDGET, PartMap, partsNav, partUrl, textBudget, type SizedBlock } from '../src/lib/site/parts.ts';
import type { Block, Note } from '../src/schemas/index.ts';

/** A paragraph of varied words (so that gzip does not fold it away), `n` words long. */
const words = (seed: number, n: number): string =>
  Array.from({ length: n }, (_, i) => ((seed * 7919 + i * 104729) % 1000003).toString(36)).join(' ');
const para = (i: number, notes: Block['notes'] = []): Block => ({ kind: 'paragraph', text: words(i, 60), notes });
const heading = (text: string, level: number, anchor: string): Block => ({ kind: 'heading', text, notes: [], level, anchor });
const sized = (blocks: readonly Block[]): SizedBlock[] =>
  renderBlocks(blocks).html.map((html, i) => ({ html, heading: blocks[i]!.kind === 'heading' ? (blocks[i]!.level ?? 1) : null }));

describe('textBudget', () => {
  it('is the page budget less the assets, the chrome and the margin, never below the floor', () => {
    expect(textBudget(20 * 1024)).toBeLessThan(PAGE_BUDGET - 20 * 1024);
    expect(textBudget(20 * 1024) - textBudget(25 * 1024)).toBe(5 * 1024);
    expect(textBudget(60 * 1024)).toBe(MIN_TEXT_BUDGET);
  });
});

describe('renderBlocks', () => {
  it('gives each block as renderBody prints it, and what each marks', () => {
    const blocks = [para(1, [{ n: '1', at: 3 }]), heading('II', 1, 'section-2'), para(3)];
    const notes: Note[] = [{ n: '1', text: 'примечание', on: 'text' }];
    const { html, marks } = renderBlocks(blocks, notes);
    expect(html.join('\n')).toBe(renderBody(blocks, notes).html);
    expect(marks.map((m) => m.anchor)).toEqual(['p-1', 'section-2', 'p-3']);
    expect(marks[0]!.notes).toEqual(['1']);
  });

  it('renders a range with its anchors and marks, links to other parts through target', () => {
    const blocks = [para(1), para(2, [{ n: '1', at: 3 }]), para(3)];
    const notes: Note[] = [{ n: '1', text: 'примечание', on: 'text' }];
    const { html } = renderBody(blocks, notes, [], { range: [1, 2], target: (a) => `/x/2/#${a}` });
    expect(html).toMatch(/^<p id="p-2">/);
    expect(html).not.toContain('id="p-1"');
    expect(html).toContain('href="/x/2/#note-1" id="ref-1"');
    // A block's ¶ is its own anchor, on its own page.
    expect(html).toContain('<a href="#p-2" class="passage"');
  });
});

describe('gzipBound', () => {
  it('is never below what gzip -9 makes, even of bytes it cannot compress', () => {
    for (const n of [0, 1, 100, 4095, 4096, 11_000, 16_384, 65_535, 65_536, 200_000]) {
      const random = randomBytes(n);
      expect(gzipSync(random, { level: 9 }).byteLength, `${n} random bytes`).toBeLessThanOrEqual(gzipBound(n));
    }
    // Random bytes come close to it: the bound is not loose by more than a stored block's headers.
    expect(gzipBound(65_536) - gzipSync(randomBytes(65_536), { level: 9 }).byteLength).toBeLessThan(32);
  });
});

describe('cutIntoParts', () => {
  const blocks = Array.from({ length: 60 }, (_, i) => (i % 15 === 13 ? heading(`Раздел ${i}`, 1, `section-${i}`) : para(i)));
  const budget = 4 * 1024;

  it('keeps a text that fits whole', () => {
    expect(cutIntoParts(sized(blocks.slice(0, 3)), budget)).toEqual([{ from: 0, to: 3 }]);
  });

  it('cuts a long text into parts within the budget, covering every block once, before headings', () => {
    const s = sized(blocks);
    const parts = cutIntoParts(s, budget);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.from).toBe(0);
    expect(parts.at(-1)!.to).toBe(blocks.length);
    parts.slice(1).forEach((p, k) => expect(p.from).toBe(parts[k]!.to));
    for (const p of parts) expect(gzipSize(s.slice(p.from, p.to).map((b) => b.html).join('\n'))).toBeLessThanOrEqual(budget);
    // At least one cut falls right before a section heading (one every 15 blocks, two before where an even cut falls).
    expect(parts.slice(1).some((p) => blocks[p.from]!.kind === 'heading')).toBe(true);
    // No more parts than the compressed size calls for, plus one.
    expect(parts.length).toBeLessThanOrEqual(Math.ceil(gzipSize(s.map((b) => b.html).join('\n')) / budget) + 1);
  });
});

describe('the cut with zlib in its thread pool (the first pass of the pages)', () => {
  const blocks = Array.from({ length: 60 }, (_, i) => (i % 15 === 13 ? heading(`Раздел ${i}`, 1, `section-${i}`) : para(i, i === 30 ? [{ n: '1', at: 2 }] : [])));
  const notes: Note[] = [{ n: '1', text: 'к тексту', on: 'text' }];

  it('measures a text as gzipSize does', async () => {
    const text = sized(blocks).map((b) => b.html).join('\n');
    expect(await gzipSizeAsync(text)).toBe(gzipSize(text));
  });

  it('cuts every text where cutIntoParts and cutText cut it: whole, in parts, with a lead, with one block over the budget', async () => {
    const s = sized(blocks);
    for (const [budget, lead] of [[64 * 1024, 0], [4 * 1024, 0], [3 * 1024, 2], [1024, 0], [200, 1]] as const) {
      const parts = cutIntoParts(s, budget, lead);
      expect(await cutIntoPartsAsync(s, budget, lead), `budget ${budget}, lead ${lead}`).toEqual(parts);
    }
    // The cases above include a text that fits, one in parts and one whose blocks are each over the budget.
    expect(cutIntoParts(s, 64 * 1024)).toHaveLength(1);
    expect(cutIntoParts(s, 200)).toHaveLength(s.length);
    for (const lead of ['', words(999, 400)]) {
      const sync = cutText(blocks, notes, [], {}, 3 * 1024, '/x/', ['legend'], lead);
      const async = await cutTextAsync(blocks, notes, [], {}, 3 * 1024, '/x/', ['legend'], lead);
      expect(async.ranges).toEqual(sync.ranges);
      expect(sync.ranges.length).toBeGreaterThan(2);
      for (const anchor of ['p-1', 'p-31', 'ref-1', 'note-1', 'legend']) expect(async.map.partOf(anchor), anchor).toBe(sync.map.partOf(anchor));
      expect(async.map.elsewhere(1)).toEqual(sync.map.elsewhere(1));
    }
    expect((await cutTextAsync(blocks, notes, [], {}, undefined, '/x/', [])).ranges).toEqual([{ from: 0, to: 60 }]);
  });
});

describe('cutText and PartMap', () => {
  const blocks = Array.from({ length: 40 }, (_, i) => para(i, i === 30 ? [{ n: '1', at: 2 }] : []));
  const notes: Note[] = [
    { n: '1', text: 'к тексту', on: 'text' },
    { n: '*', text: 'к заголовку', on: 'title' },
    { n: '2', text: 'к легенде', on: 'legend' },
    { n: '3', text: 'место не установлено', on: 'unplaced' },
  ];

  it('puts each block, its note and its mark on one part; other notes and the named sections on the last', () => {
    const { ranges, map } = cutText(blocks, notes, [], {}, 3 * 1024, '/documents/x-001/', ['legend']);
    expect(ranges.length).toBeGreaterThan(2);
    const of30 = ranges.findIndex((r) => r.from <= 30 && 30 < r.to) + 1;
    expect(map.partOf('p-31')).toBe(of30);
    expect(map.partOf('ref-1')).toBe(of30);
    expect(map.partOf('note-1')).toBe(of30);
    expect(map.partOf('note-2')).toBe(ranges.length);
    expect(map.partOf('legend')).toBe(ranges.length);
    expect(map.partOf('note-*')).toBeNull();
    expect(map.partOf('ref-2')).toBe(ranges.length);
    // An unplaced note has no mark anywhere to link back to.
    expect(map.partOf('note-3')).toBe(ranges.length);
    expect(map.partOf('ref-3')).toBeNull();
    expect(map.href('p-1', 1)).toBe('#p-1');
    expect(map.href('p-31', 1)).toBe(`${partUrl('/documents/x-001/', of30)}#p-31`);
    const elsewhere = map.elsewhere(1);
    expect(elsewhere.parts[0]).toBe('/documents/x-001/');
    expect(elsewhere.blocks[0]![0]).toBe(1);
    expect(elsewhere.blocks.at(-1)![1]).toBe(40);
    // p-N goes by the ranges; the other anchors are listed for the parts that hold them, none for the page's own.
    expect(elsewhere.anchors.flat()).not.toContain('p-31');
    expect(elsewhere.anchors[ranges.length - 1]).toContain('legend');
    expect(map.elsewhere(ranges.length).anchors[ranges.length - 1]).toEqual([]);
  });

  it('keeps what part 1 carries besides the text (lead) on part 1, sized with it', () => {
    const without = cutText(blocks, [], [], {}, 3 * 1024, '/x/', []);
    const lead = words(999, 400);
    const withLead = cutText(blocks, [], [], {}, 3 * 1024, '/x/', [], lead);
    expect(withLead.ranges[0]!.from).toBe(0);
    expect(withLead.ranges[0]!.to).toBeLessThan(without.ranges[0]!.to);
    expect(withLead.ranges.at(-1)!.to).toBe(blocks.length);
    // However heavy the lead, part 1 holds some of the text.
    const heavy = cutText(blocks, [], [], {}, 3 * 1024, '/x/', [], words(998, 3000));
    expect(heavy.ranges[0]!.to).toBeGreaterThan(0);
    expect(heavy.ranges.every((r) => r.to > r.from)).toBe(true);
  });

  it('is one part without a budget', () => {
    const { ranges, map } = cutText(blocks, notes, [], {}, undefined, '/x/', []);
    expect(ranges).toEqual([{ from: 0, to: 40 }]);
    expect(map.href('p-31', 1)).toBe('#p-31');
  });
});

describe('partsNav', () => {
  it('lists the parts with their paragraphs and top headings, and the neighbours', () => {
    const headings = [{ text: 'I', level: 1 }, null, { text: 'II', level: 1 }, { text: 'II.1', level: 2 }, null];
    const nav = partsNav('/d/', [{ from: 0, to: 2 }, { from: 2, to: 5 }], headings, 2);
    expect(nav.list.map((p) => [p.href, p.range, p.headings, p.current])).toEqual([
      ['/d/', '¶ 1–2', ['I'], false],
      ['/d/2/', '¶ 3–5', ['II'], true],
    ]);
    expect(nav.prev?.n).toBe(1);
    expect(nav.next).toBeNull();
  });
});

it('PartMap places an anchor once', () => {
  const map = new PartMap(['/a/', '/a/2/']);
  map.place('note-1', 2);
  map.place('note-1', 1);
  expect(map.partOf('note-1')).toBe(2);
});
