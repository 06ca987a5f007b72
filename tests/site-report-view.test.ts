import { describe, expect, it } from 'vitest';
import { dateDiscrepancies, DIAGNOSTIC_LABELS, documentsWithNote, marksInBody, noteProblems, number, percent } from '../src/lib/site/report-view.ts';
import { ReportSchema, type Diagnostic } from '../src/schemas/index.ts';
import { doc } from './site-helpers.ts';

/** A diagnostic as the ingest writes it; `rest` holds its code and data. */
const diag = (rest: Pick<Diagnostic, 'code'> & { data?: unknown }, message: string, line: number, document: string | null = null) =>
  ({ level: 'warning', file: 'politburo-i-trotsky-1923-1932.txt', line, message, document, ...rest }) as Diagnostic;

const docs = [
  doc(60, { notes: [{ n: '33', text: '[Текст примечания в источнике отсутствует.]', on: 'text' }] }),
  doc(100, { notes: [{ n: '38', text: '[Текст примечания в источнике отсутствует.]', on: 'unplaced' }] }),
  doc(5, { blocks: [{ kind: 'paragraph', text: 'Текст', notes: [{ n: '14', at: 5 }] }] }),
];

const report = ReportSchema.parse({
  generated: '2026-01-01T00:00:00Z',
  documents: {},
  diagnostics: [
    diag({ code: 'note-empty', data: { note: '38' } }, 'footnote 38 has no text (the line after its number continues the running text)', 18240),
    diag({ code: 'note-empty', data: { note: '33' } }, 'footnote 33 has no text (the line after its number continues the running text)', 10003),
    diag({ code: 'note-unresolved', data: { note: '38' } }, 'no marker found for footnote 38', 18240),
    diag({ code: 'note-text-lost', data: { note: '14' } }, 'footnote 14: its marker is in the text, its text is not in the source', 847),
    diag(
      { code: 'date-differs', data: { title: '1923-10-11', closing: '8 октября 1923', closingEdtf: '1923-10-08' } },
      '№ 5: the title dates 1923-10-11, the text closes with «8 октября 1923» (1923-10-08); check for a misprint',
      2916,
      'pt-005',
    ),
    // The message is for the console; the page reads the data.
    diag({ code: 'date-differs', data: { title: '1923-09-01', closing: '2 сентября 1923', closingEdtf: '1923-09-02' } }, '(reworded)', 1474, 'pt-003'),
    diag({ code: 'date-differs', data: { title: '1924-01-01', closing: '2 января 1924', closingEdtf: '1924-01-02' } }, 'no such document', 2, 'pt-999'),
    diag({ code: 'page-number', data: { page: 3 } }, 'page number 3 removed', 3),
  ],
  byCode: {},
  gaps: [],
  coverage: [],
  latinRepairs: { total: 0, byLetter: {} },
  hyphenation: { joined: 0, kept: 0 },
  corrections: { applied: 0, unused: [] },
  typography: { quotes: 0, dashes: 0 },
  capitals: { total: 0, byRule: {}, bySource: {} },
});

describe('report view', () => {
  it('refuses a diagnostic without the data its code carries', () => {
    const bare = { level: 'warning', file: 'x.txt', line: 1, code: 'note-empty', message: 'footnote 3 has no text', document: null };
    expect(ReportSchema.shape.diagnostics.safeParse([bare]).success).toBe(false);
    expect(ReportSchema.shape.diagnostics.safeParse([{ ...bare, data: { note: '3' } }]).success).toBe(true);
    expect(ReportSchema.shape.diagnostics.safeParse([{ ...bare, code: 'note-gone', data: { note: '3' } }]).success).toBe(false);
  });

  it('labels every code, the ones that have one on the page about the edition unchanged', () => {
    expect(DIAGNOSTIC_LABELS['date-differs']).toBe('дата в заголовке расходится с датой в конце текста');
    expect(DIAGNOSTIC_LABELS['kind-not-ingested']).toBe('источник этого вида пока не разбирается на документы');
  });

  it('finds a note by its text or by its marker in the body', () => {
    expect(documentsWithNote(docs, '33', marksInBody).map((d) => d.number)).toEqual([60]);
    expect(documentsWithNote(docs, '14', marksInBody).map((d) => d.number)).toEqual([5]);
    expect(documentsWithNote(docs, '99', marksInBody)).toEqual([]);
  });

  it('lists the note problems in file order with their documents', () => {
    expect(noteProblems(report, docs, marksInBody).map((p) => [p.line, p.code, p.n, p.documents.map((d) => d.number), p.prefaces])).toEqual([
      [847, 'note-text-lost', '14', [5], []],
      [10003, 'note-empty', '33', [60], []],
      [18240, 'note-empty', '38', [100], []],
      [18240, 'note-unresolved', '38', [100], []],
    ]);
  });

  it('finds a marker in a preface when no document holds it', () => {
    const preface = { source: 'politburo-i-trotsky-1923-1932', blocks: [{ kind: 'paragraph' as const, text: 'Абв', notes: [{ n: '14', at: 3 }] }] };
    const [first] = noteProblems(report, docs.slice(0, 2), marksInBody, [preface]);
    expect([first?.n, first?.documents, first?.prefaces]).toEqual(['14', [], ['politburo-i-trotsky-1923-1932']]);
  });

  it('reads the dates of the title and the text from the data, leaving out unknown documents', () => {
    const three = doc(3, { edtf: '1923-09-01' });
    const five = doc(5, { edtf: '1923-10-11' });
    expect(dateDiscrepancies(report.diagnostics, [three, five, docs[0]!])).toEqual([
      { document: five, title: '1923-10-11', closing: '8 октября 1923' },
      { document: three, title: '1923-09-01', closing: '2 сентября 1923' },
    ]);
  });

  it('formats numbers the Russian way', () => {
    expect(percent(1)).toBe('100\u00a0%');
    expect(percent(0.99814)).toBe('99,81\u00a0%');
    expect(number(1466058)).toBe('1\u00a0466\u00a0058');
  });
});
