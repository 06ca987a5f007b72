/**
 * The outline of a text with sections and theses (`src/lib/ingest/outline.ts`): on made-up lines for
 * what can go wrong (a thesis missing, repeated, out of order; an entry of the sidecar that finds no
 * line), and on the whole 1931 platform, whose sections I–V and theses 1–31 were counted in the source.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Diagnostics } from '../src/lib/ingest/diagnostics.ts';
import type { FlowLine } from '../src/lib/ingest/furniture.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import { readOutline, romanValue } from '../src/lib/ingest/outline.ts';
import type { Document, SourceExpect } from '../src/schemas/index.ts';

/** Lines as the OCR gives them: `text  ` with two trailing spaces ends a paragraph. */
function flow(...lines: string[]): FlowLine[] {
  return lines.map((raw, i) => {
    const text = raw.trimEnd();
    return { kind: 'text', no: i + 1, text, trailing: raw.length - text.length, pageStart: false, page: null, pageReckoned: true };
  });
}

function outline(lines: FlowLine[], expect: SourceExpect = {}) {
  const diagnostics = new Diagnostics('sample.txt');
  const marks = readOutline(lines, expect, diagnostics, 'fx-001');
  return { marks, diagnostics: diagnostics.items.map((d) => ({ line: d.line, code: d.code, data: 'data' in d ? d.data : undefined })) };
}

const FILLER = 'Текст абзаца, который занимает всю строку до самого её правого края, как в книге, и';

describe('readOutline', () => {
  it('reads roman numerals written the usual way only', () => {
    expect(['I', 'II', 'IV', 'V', 'IX', 'XI', 'XIV'].map(romanValue)).toEqual([1, 2, 4, 5, 9, 11, 14]);
    expect(['IIII', 'VX', 'IIV'].map(romanValue)).toEqual([null, null, null]);
  });

  it('finds a section, a subheading over two lines and the theses, each with its anchor', () => {
    const { marks, diagnostics } = outline(
      flow('I. Раздел. ', 'Подзаголовок в две строки: ', 'вторая строка. ', `${FILLER} `, 'конец.  ', '1. Тезис.  ', '2. Тезис второй.  '),
    );
    expect(marks.get(1)).toEqual({ kind: 'heading', end: 1, level: 1, anchor: 'section-1' });
    expect(marks.get(2)).toEqual({ kind: 'heading', end: 3, level: 2, anchor: 'section-1-1' });
    expect(marks.get(4)).toBeUndefined();
    expect(marks.get(6)).toEqual({ kind: 'thesis', anchor: 'thesis-1' });
    expect(marks.get(7)).toEqual({ kind: 'thesis', anchor: 'thesis-2' });
    expect(diagnostics).toEqual([]);
  });

  it('reports a thesis missing, one repeated (which gets no anchor) and one out of order', () => {
    const { marks, diagnostics } = outline(flow('I. Раздел. ', '1. Один.  ', '3. Три.  ', '3. Три снова.  ', '2. Два.  '));
    expect(diagnostics).toEqual([
      { line: 3, code: 'outline-numbering', data: { kind: 'thesis', number: 2, problem: 'missing' } },
      { line: 4, code: 'outline-numbering', data: { kind: 'thesis', number: 3, problem: 'repeated' } },
      { line: 5, code: 'outline-numbering', data: { kind: 'thesis', number: 2, problem: 'out-of-order' } },
    ]);
    expect(marks.get(4)).toEqual({ kind: 'thesis', anchor: undefined });
  });

  it('reports a section missing, and a section printed twice gives its subheadings no anchors', () => {
    const { marks, diagnostics } = outline(flow('I. Один. ', 'II. Два. ', 'Подраздел. ', 'II. Два снова. ', 'Подраздел снова. ', 'Абзац.  '));
    expect(diagnostics).toEqual([{ line: 4, code: 'outline-numbering', data: { kind: 'section', number: 2, problem: 'repeated' } }]);
    expect(marks.get(3)).toMatchObject({ kind: 'heading', anchor: 'section-2-1' });
    expect(marks.get(5)).toMatchObject({ kind: 'heading', anchor: undefined });
    expect(outline(flow('I. Один. ', 'III. Три. ')).diagnostics).toEqual([
      { line: 2, code: 'outline-numbering', data: { kind: 'section', number: 2, problem: 'missing' } },
    ]);
  });

  it('does not take a line inside a paragraph, or a full line that ends a sentence at the margin, for a heading', () => {
    const full = `${FILLER.slice(0, -2)}. `;
    const { marks } = outline(flow('I. Раздел. ', `${FILLER} `, full, 'Дальше.  ', full, 'Дальше.  ', 'Короткая строка. ', 'Абзац.  '));
    expect([...marks.keys()]).toEqual([1, 7]);
  });

  it('reads a line the sidecar names as the opening of a paragraph, and reports an entry that finds no line', () => {
    const lines = flow('I. Раздел. ', 'Похоже на подзаголовок. ', 'Абзац.  ');
    expect(outline(lines).marks.get(2)).toMatchObject({ kind: 'heading' });
    const opening = { text: 'Похоже на подзаголовок.', reason: 'в печатном тексте это начало абзаца' };
    expect(outline(lines, { paragraphOpenings: [opening] })).toEqual({ marks: new Map([[1, expect.anything()]]), diagnostics: [] });
    expect(outline(lines, { paragraphOpenings: [{ ...opening, text: 'Нет такой строки.' }] }).diagnostics).toEqual([
      { line: 1, code: 'outline-entry-unused', data: { text: 'Нет такой строки.' } },
    ]);
  });
});

describe('the 1931 platform, whole', () => {
  let platform: Document;
  let codes: string[];
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'platform-'));
    for (const ext of ['txt', 'json']) await cp(`content/sources/trotsky-problemy-razvitiya-sssr-1931.${ext}`, join(dir, `trotsky-problemy-razvitiya-sssr-1931.${ext}`));
    const { documents, report } = await ingest({ sourcesDir: dir });
    platform = documents[0]!;
    codes = report.diagnostics.filter((d) => d.level !== 'info').map((d) => d.code);
  });

  it('has sections I–V once each, in order, and theses 1–31 once each, in order, and nothing to report', () => {
    const anchors = platform.blocks.flatMap((b) => (b.anchor && !/^section-\d+-/.test(b.anchor) ? [b.anchor] : []));
    const sections = [1, 2, 3, 4, 5].map((n) => `section-${n}`);
    const theses = Array.from({ length: 31 }, (_, i) => `thesis-${i + 1}`);
    expect(anchors).toEqual([...sections, ...theses]);
    expect(platform.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text.split('.')[0])).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(codes).toEqual([]);
  });

  it('has the subheadings counted in the source (I 7, II 9, III 5, IV 6), each anchor once', () => {
    const subs = platform.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => b.anchor!);
    expect([1, 2, 3, 4].map((n) => subs.filter((a) => a.startsWith(`section-${n}-`)).length)).toEqual([7, 9, 5, 6]);
    expect(new Set(platform.blocks.flatMap((b) => (b.anchor ? [b.anchor] : []))).size).toBe(5 + 27 + 31);
  });

  it('keeps every thesis a paragraph that opens with its number, and the three separators as lines', () => {
    for (const b of platform.blocks.filter((x) => x.anchor?.startsWith('thesis-'))) {
      expect(b.kind).toBe('paragraph');
      expect(b.text.startsWith(`${b.anchor!.slice('thesis-'.length)}. `)).toBe(true);
    }
    expect(platform.blocks.filter((b) => b.text === '* * *').map((b) => b.kind)).toEqual(['line', 'line', 'line']);
  });
});
