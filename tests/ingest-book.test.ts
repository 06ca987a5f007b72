/**
 * The book «Левые коммунисты в России» (`book` kind): excerpts checked against the printed text, the
 * whole source (every part, study and program text once, in order; notes tied or reported), and the
 * same records from a CRLF copy with a BOM and lines added above.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorName, bookDate } from '../src/lib/ingest/book-units.ts';
import { editionOptions, ingest, type IngestResult } from '../src/lib/ingest/ingest.ts';
import { verdict } from '../src/lib/ingest/verdict.ts';
import type { Document, Study } from '../src/schemas/index.ts';

const BOOK = 'levye-kommunisty-v-rossii';
let result: IngestResult;
beforeAll(async () => {
  result = await ingest(editionOptions());
});
const studies = (): Study[] => result.studies.filter((s) => s.source === BOOK);
const documents = (): Document[] => result.documents.filter((d) => d.source === BOOK);
const study = (id: string): Study => studies().find((s) => s.id === id)!;
const doc = (id: string): Document => documents().find((d) => d.id === id)!;

describe('the book, excerpts read against the print', () => {
  it('reads a study’s title, signature and publication line (lines 1228–1232, 2880)', () => {
    const s = study('lk-study-2');
    expect(s.title).toBe('Левые коммунисты в России 1918-1930 гг.');
    expect(s.authors).toEqual(['Уорд К. Д.']);
    expect(s.publication).toBe('«Ревю энтернасьональ», № 8-9, 1977 г.');
    expect(s.part).toBe('Часть I. Исследования');
  });

  it('makes section headings with levels and anchors (I.2: «Часть первая:» over «Первые месяцы»)', () => {
    const heads = study('lk-study-2').blocks.filter((b) => b.kind === 'heading');
    expect(heads.find((h) => h.text === 'Первые месяцы')).toMatchObject({ level: 2, anchor: 'section-3-1' });
    expect(heads.find((h) => h.text.startsWith('Часть первая:'))).toMatchObject({ level: 1, anchor: 'section-3' });
  });

  it('links a footnote and an endnote both ways: the block’s mark is the note’s id', () => {
    const s = study('lk-study-2');
    const fn = s.notes.find((n) => n.id === 'fn-1')!;
    expect(fn).toMatchObject({ mark: '1', kind: 'footnote' });
    expect(fn.text).toMatch(/^Рукопись о русской революции/);
    expect(s.blocks.some((b) => b.notes.some((m) => m.n === 'fn-1'))).toBe(true);
    const g = study('lk-study-1');
    const en = g.notes.find((n) => n.id === 'en-i')!;
    expect(en).toMatchObject({ mark: 'i', kind: 'endnote' });
    expect(en.text).toMatch(/^Это название было дано документу редакцией/);
    const block = g.blocks.find((b) => b.notes.some((m) => m.n === 'en-i'))!;
    expect(block.text).toContain('оппозиции»');
  });

  it('keeps the ∗ of a title as the title note, not in the title (I.6)', () => {
    const s = study('lk-study-6');
    expect(s.title).toBe('1924-1928 гг.: торжество сталинистского государственного капитализма');
    expect(s.notes.find((n) => n.kind === 'title')?.text).toMatch(/^Впервые статья была опубликована под заголовком/);
    expect(s.publication).toBe('International Review, № 102, 2001');
  });

  it('dates a program text by its source line and names its editors (the 1918 theses)', () => {
    const d = doc('lk-001');
    expect(d.title).toBe('Тезисы «левых коммунистов» о текущем моменте');
    expect(d.date).toEqual({ edtf: '1918-04-20', text: '20 апреля 1918', source: 'publication' });
    expect(d.published).toEqual(['«Коммунист», № 1, 20 апреля 1918 г.']);
    expect(d.authors.map((a) => a.name)).toEqual(['Редакция журнала «Коммунист»']);
  });

  it('dates «Рабочая оппозиция», printed undated, by the study that says it was written for the X congress (line 4006)', () => {
    const d = doc('lk-002');
    expect(d.date).toEqual({
      edtf: '../1921-03',
      text: 'в брошюре «Рабочая оппозиция» (написанной к Х съезду РКП(б) в марте 1921 года)',
      source: 'study',
      basis: 'study',
    });
    const reported = result.report.diagnostics.filter((x) => x.code === 'date-attributed' && x.document === 'lk-002');
    expect(reported).toHaveLength(1);
  });

  it('reads the Manifesto’s date and place, its group and its theses, the lost number 8 supplied', () => {
    const d = doc('lk-004');
    expect(d.date).toMatchObject({ edtf: '1923-02', source: 'text' });
    expect(d.place).toBe('Москва');
    expect(d.authors.map((a) => a.name)).toEqual(['Рабочая группа РКП(б)', 'Мясников Г. И.']);
    expect(result.persons.find((p) => p.name === 'Рабочая группа РКП(б)')?.kind).toBe('body');
    const theses = d.blocks.filter((b) => b.anchor?.startsWith('thesis-')).map((b) => b.anchor);
    expect(theses).toEqual(Array.from({ length: 14 }, (_, i) => `thesis-${i + 1}`));
    expect(d.blocks.find((b) => b.anchor === 'thesis-8')!.text).toMatch(/^Национальный вопрос\./);
    expect(d.blocks.find((b) => b.anchor === 'thesis-9')!.text).toMatch(/^9\. Нэп/);
  });

  it('keeps the editorial marks of the book as printed ([sic], <…>)', () => {
    expect(doc('lk-004').text).toContain('когда оно [sic]');
    expect(documents().some((d) => /<[^<>]+>/.test(d.text))).toBe(true);
  });

  it('names the fifteen signatories of the «Платформа 15-ти» appeal, the surname broken over a line joined', () => {
    const names = doc('lk-005').authors.map((a) => a.name);
    expect(names).toHaveLength(15);
    expect(names).toContain('Миньков М.');
    expect(names.at(-1)).toBe('Шрайберг С.');
    expect(doc('lk-005').date).toMatchObject({ edtf: '1927-12', source: 'title' });
  });

  it('reads bylines and dates as printed', () => {
    expect(authorName('К.Д. Уорд')).toBe('Уорд К. Д.');
    expect(authorName('Ян Геббс')).toBe('Геббс Я.');
    expect(bookDate('январь 2005 г.')?.edtf).toBe('2005-01');
    expect(bookDate('(International Review, № 99, 2000)')?.edtf).toBe('2000');
    expect(bookDate('Манифест 1923')?.edtf).toBe('1923');
  });
});

describe('the whole book', () => {
  it('finds every text once, in order: front matter, six studies, six program texts, two obituaries, back matter', () => {
    expect(studies().map((s) => s.id)).toEqual([
      'lk-annotation', 'lk-preface', 'lk-study-1', 'lk-study-2', 'lk-study-3', 'lk-study-4', 'lk-study-5', 'lk-study-6',
      'lk-obituary-1', 'lk-obituary-2', 'lk-back-matter',
    ]);
    expect(studies().filter((s) => s.kind === 'study').every((s) => s.part === 'Часть I. Исследования')).toBe(true);
    expect(studies().filter((s) => s.kind === 'obituary').every((s) => s.part === 'Часть III. Памяти Яна Геббса')).toBe(true);
    expect(documents().map((d) => d.title)).toEqual([
      'Тезисы «левых коммунистов» о текущем моменте',
      'Рабочая оппозиция',
      'Из воззвания группы «Рабочая Правда»',
      'Манифест Рабочей Группы Российской Коммунистической Партии (б)',
      'Обращение сторонников «Платформы 15-ти» к XV съезду ВКП(б)',
      'Очередной обман',
    ]);
    expect(documents().map((d) => d.id)).toEqual(['lk-001', 'lk-002', 'lk-003', 'lk-004', 'lk-005', 'lk-006']);
  });

  it('ties every note or reports it', () => {
    const reported = new Set(result.report.diagnostics.filter((x) => x.file === `${BOOK}.txt` && x.code === 'note-unresolved').map((x) => ('data' in x ? (x.data as { note: string }).note : '')));
    for (const s of studies()) {
      const marks = new Set(s.blocks.flatMap((b) => b.notes.map((m) => m.n)));
      for (const n of s.notes) if (n.kind !== 'title' && !marks.has(n.id)) expect.soft(reported.has(n.mark), `${s.id} ${n.id}`).toBe(true);
      for (const m of marks) expect.soft(s.notes.some((n) => n.id === m), `${s.id} marker ${m}`).toBe(true);
    }
    for (const d of documents()) for (const n of d.notes) expect.soft(n.on, `${d.id} ${n.n}`).toBe('text');
    expect([...reported]).toEqual(['xiii']);
  });

  it('keeps ≥ 99.5 % of the book’s letters in its records', () => {
    expect(result.report.coverage.find((c) => c.source === BOOK)!.ratio).toBeGreaterThanOrEqual(0.995);
  });
});

describe('the same book from a file with CRLF, a BOM and lines added at the top', () => {
  it('gives the same studies and documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-'));
    await cp('content/sources', dir, { recursive: true });
    const file = join(dir, `${BOOK}.txt`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `\uFEFF\r\n\r\n\r\n${text.replace(/\n/g, '\r\n')}`);
    const other = await ingest(editionOptions(dir));
    expect(other.studies.filter((s) => s.source === BOOK)).toEqual(studies());
    expect(other.documents.filter((d) => d.source === BOOK)).toEqual(documents());
  });
});

describe('the book cut off before its program texts', () => {
  it('is an error at the file, since the sidecar expects program texts № 1–6, and the ingest fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-'));
    await cp('content/sources', dir, { recursive: true });
    const file = join(dir, `${BOOK}.txt`);
    const lines = (await readFile(file, 'utf8')).split('\n');
    // Line 3687 is inside Part I, before the first program text (the 1918 theses).
    await writeFile(file, `${lines.slice(0, 3687).join('\n')}\n`);
    const cut = await ingest(editionOptions(dir));
    expect(cut.documents.filter((d) => d.source === BOOK)).toEqual([]);
    const missing = cut.report.diagnostics.find((d) => d.code === 'documents-missing' && d.file === `${BOOK}.txt`);
    expect(missing).toMatchObject({ level: 'error', data: { from: 1, to: 6 } });
    expect(verdict(cut.report, false).failed).toBe(true);
  });
});
