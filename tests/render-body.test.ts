import { describe, expect, it } from 'vitest';
import { bodyTree, renderBody } from '../src/lib/render/body.ts';
import { noteAnchors } from '../src/lib/render/note-anchors.ts';
import type { Block, Note } from '../src/schemas/index.ts';

const para = (text: string, notes: Block['notes'] = []): Block => ({ kind: 'paragraph', text, notes });
const line = (text: string, notes: Block['notes'] = []): Block => ({ kind: 'line', text, notes });
const note = (n: string, on: Note['on'] = 'text'): Note => ({ n, text: `примечание ${n}`, on });
const heading = (text: string, level: number, anchor?: string): Block => ({ kind: 'heading', text, notes: [], level, ...(anchor ? { anchor } : {}) });
/** The link that ends block `n` (1-based), written out by hand. */
const pl = (n: number, anchor = `p-${n}`): string => `<a href="#${anchor}" class="passage" aria-label="Ссылка на абзац ${n}">¶</a>`;
/** The HTML alone, for the tests of the markup. */
const toHtml = (...args: Parameters<typeof renderBody>): string => renderBody(...args).html;

describe('renderBody', () => {
  it('renders a paragraph as <p>', () => {
    expect(toHtml([para('Тов. Литвинову')])).toBe(`<p id="p-1">Тов. Литвинову${pl(1)}</p>`);
  });

  it('renders each line block as its own <p class="line">', () => {
    const html = toHtml([line('Л.Троцкий'), line('1.02.23г.'), para('Текст.')]);
    expect(html).toBe(`<p id="p-1" class="line">Л.Троцкий${pl(1)}</p>\n<p id="p-2" class="line">1.02.23г.${pl(2)}</p>\n<p id="p-3">Текст.${pl(3)}</p>`);
  });

  it('escapes markup and ampersands in the text', () => {
    const html = toHtml([para('<script>alert("x")</script> & <b>жирный</b> AT&T')]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#x3C;script>');
    expect(html).toContain(' &#x26; ');
    expect(html).toContain('AT&#x26;T');
  });

  it('inserts a note marker after the given offset', () => {
    const text = 'Прошу передать этот ответ';
    const html = toHtml([para(text, [{ n: '12', at: 'Прошу'.length }])], [note('12')]);
    expect(html).toBe(
      `<p id="p-1">Прошу<sup><a href="#note-12" id="ref-12" class="note-ref" aria-label="Примечание 12">12</a></sup> передать этот ответ${pl(1)}</p>`,
    );
  });

  it('places markers at the start, the end, and several at the same offset in order', () => {
    const html = toHtml([
      para('абв', [
        { n: '3', at: 3 },
        { n: '1', at: 0 },
        { n: '2', at: 3 },
      ]),
    ]);
    const refs = [...html.matchAll(/id="ref-([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['1', '3', '2']);
    expect(html).toMatch(/^<p id="p-1"><sup>.*?<\/sup>абв<sup>/);
    expect(html.endsWith(`</sup>${pl(1)}</p>`)).toBe(true);
  });

  it('counts offsets in UTF-16 code units', () => {
    const html = toHtml([para('a😀b', [{ n: '1', at: 3 }])]);
    expect(html).toContain('a😀<sup>');
    expect(html).toContain(`</sup>b${pl(1)}</p>`);
  });

  it('gives repeated signs distinct anchors that match the notes', () => {
    const blocks = [para('один', [{ n: '*', at: 4 }]), para('два', [{ n: '*', at: 3 }])];
    const notes = [note('*'), note('*')];
    const html = toHtml(blocks, notes);
    expect(html).toContain('href="#note-*" id="ref-*"');
    expect(html).toContain('href="#note-*-2" id="ref-*-2"');
    // The printed mark is what the reader sees.
    expect(html.match(/>\*<\/a>/g)).toHaveLength(2);
    expect(noteAnchors(blocks, notes).notes).toEqual(['*', '*-2']);
  });

  it('does not pair a body marker with a note printed on the title', () => {
    const blocks = [para('текст', [{ n: '*', at: 5 }])];
    const notes = [note('*', 'title'), note('*', 'text')];
    const anchors = noteAnchors(blocks, notes);
    expect(anchors.notes).toEqual(['*', '*-2']);
    expect(anchors.marks).toEqual([['*-2']]);
    expect([...anchors.referenced]).toEqual(['*-2']);
    expect(toHtml(blocks, notes)).toContain('href="#note-*-2"');
  });

  it('keeps ids unique for a marker that has no note', () => {
    const anchors = noteAnchors([para('аб', [{ n: '5', at: 1 }, { n: '5', at: 2 }])], [note('5')]);
    expect(anchors.marks[0]).toEqual(['5', '5-2']);
  });

  it('rejects a marker beyond the end of its block', () => {
    expect(() => toHtml([para('аб', [{ n: '1', at: 3 }])])).toThrow(RangeError);
  });

  it('keeps the text exactly, spaces included', () => {
    const text = '  двойной  пробел и «кавычки» — тире ';
    const html = toHtml([para(text)]);
    expect(html).toBe(`<p id="p-1">${text}${pl(1)}</p>`);
  });

  it('builds an mdast tree without parsing markdown', () => {
    const tree = bodyTree([para('*не курсив* _и_ [не ссылка](x)')]);
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '*не курсив* _и_ [не ссылка](x)' }, { type: 'link', url: '#p-1' }] });
    expect(toHtml([para('*не курсив* [не ссылка](x)')])).toBe(`<p id="p-1">*не курсив* [не ссылка](x)${pl(1)}</p>`);
  });

  it('marks a text correction where the edition put its reading, with a link to the entry', () => {
    const correction = { id: 'x-1', field: 'text', kind: 'misprint', from: '1926 г.', to: '1923 г.', reason: 'Опечатка в годе.' } as const;
    const html = toHtml([para('от 15 ноября 1923 г. слушали')], [], [correction]);
    expect(html).toBe(
      '<p id="p-1">от 15 ноября <ins class="correction">1923 г.</ins><sup class="correction-mark">' +
        '<a href="#correction-x-1" id="correction-ref-x-1" class="correction-ref" aria-label="испр. (исправление издания)">испр.</a>' +
        `</sup> слушали${pl(1)}</p>`,
    );
  });

  it('keeps note markers inside and after a corrected stretch', () => {
    const correction = { id: 'c', field: 'text', kind: 'misprint', from: 'ббб', to: 'вгд', reason: 'Причина исправления.' } as const;
    const html = toHtml([para('аа вгд ее', [{ n: '1', at: 4 }, { n: '2', at: 6 }])], [note('1'), note('2')], [correction]);
    expect(html).toMatch(/^<p id="p-1">аа <ins class="correction">в<sup>.*?ref-1.*?<\/sup>гд<\/ins><sup class="correction-mark">.*?<\/sup><sup>.*?ref-2.*?<\/sup> ее<a href="#p-1" class="passage"[^>]*>¶<\/a><\/p>$/);
  });

  it('does not mark a reading that occurs more than once, nor other fields', () => {
    const text = { id: 'c', field: 'text', kind: 'misprint', from: '1926', to: '1923', reason: 'Причина исправления.' } as const;
    const title = { id: 't', field: 'title', kind: 'misprint', from: 'ее', to: 'аа', reason: 'Причина исправления.' } as const;
    const html = toHtml([para('1923 и 1923'), para('аа')], [], [text, title]);
    expect(html).not.toContain('<ins');
  });

  it('renders an empty body as an empty string', () => {
    expect(toHtml([])).toBe('');
  });
});

describe('what renderBody marked', () => {
  it('gives the note markers of the body in reading order, and the anchor of every note', () => {
    const blocks = [para('абв', [{ n: '3', at: 3 }, { n: '1', at: 0 }]), para('где', [{ n: '*', at: 1 }])];
    const notes = [note('1'), note('*', 'title'), note('3'), note('*')];
    const { html, anchors, marked } = renderBody(blocks, notes);
    expect(anchors).toEqual(['1', '*', '3', '*-2']);
    // The title's note `*` has no marker in the body: only the second `*` is marked.
    expect(marked.notes).toEqual(['1', '3', '*-2']);
    expect(marked.notes).toEqual([...html.matchAll(/id="ref-([^"]+)"/g)].map((m) => m[1]));
  });

  it('gives the corrections it marked, and only those', () => {
    const marked = { id: 'a', field: 'text', kind: 'misprint', from: 'ббб', to: 'вгд', reason: 'Причина.' } as const;
    const recurring = { id: 'b', field: 'text', kind: 'misprint', from: 'x', to: 'ее', reason: 'Причина.' } as const;
    const title = { id: 't', field: 'title', kind: 'misprint', from: 'x', to: 'аа', reason: 'Причина.' } as const;
    const result = renderBody([para('аа вгд ее'), para('ее')], [], [marked, recurring, title]);
    expect(result.marked.corrections).toEqual(['a']);
    expect(result.html.match(/id="correction-ref-[^"]+"/g)).toEqual(['id="correction-ref-a"']);
  });

  it('marks nothing in an empty body', () => {
    expect(renderBody([])).toEqual({ html: '', anchors: [], marked: { notes: [], corrections: [], passages: [] } });
  });
});

describe('passage anchors', () => {
  it('gives every block an anchor: its own where the text numbers it, else p-N by its place among the blocks', () => {
    const blocks = [heading('I. Общие положения', 1, 'section-1'), para('Первый абзац.'), line('Подпись'), para('Тезис.', []), heading('Без номера', 2)];
    blocks[3] = { ...blocks[3]!, anchor: 'thesis-1' };
    const { html, marked } = renderBody(blocks);
    expect(marked.passages).toEqual(['section-1', 'p-2', 'p-3', 'thesis-1', 'p-5']);
    expect(html).toBe(
      '<h2 id="section-1">I. Общие положения<a href="#section-1" class="passage" aria-label="Ссылка на этот заголовок">¶</a></h2>\n' +
        `<p id="p-2">Первый абзац.${pl(2)}</p>\n` +
        `<p id="p-3" class="line">Подпись${pl(3)}</p>\n` +
        `<p id="thesis-1">Тезис.${pl(4, 'thesis-1')}</p>\n` +
        '<h3 id="p-5">Без номера<a href="#p-5" class="passage" aria-label="Ссылка на этот заголовок">¶</a></h3>',
    );
  });

  it('keeps the numbers of the other blocks when one has an anchor of its own', () => {
    expect(renderBody([para('а'), { ...para('б'), anchor: 'thesis-2' }, para('в')]).marked.passages).toEqual(['p-1', 'thesis-2', 'p-3']);
  });

  it('refuses two blocks with one anchor, and an anchor of its own that looks like one the page makes', () => {
    expect(() => renderBody([{ ...para('а'), anchor: 'thesis-1' }, { ...para('б'), anchor: 'thesis-1' }])).toThrow(/Block 2 repeats the anchor thesis-1/);
    for (const anchor of ['p-2', 'note-1', 'ref-1', 'correction-x']) {
      expect(() => renderBody([para('а'), { ...para('б'), anchor }]), anchor).toThrow(/begins as the page's own anchors do/);
    }
  });
});
