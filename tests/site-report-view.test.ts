import { describe, expect, it } from 'vitest';
import { dateDiscrepancies, documentsWithNote, footnoteOf, noteProblems, number, percent } from '../src/lib/site/report-view.ts';
import { ReportSchema, type Diagnostic } from '../src/schemas/index.ts';
import { doc } from './site-helpers.ts';

const diag = (code: string, message: string, line: number, document: string | null = null): Diagnostic => ({
  level: 'warning', file: 'politburo-i-trotsky-1923-1932.txt', line, code, message, document,
});

const docs = [
  doc(60, { notes: [{ n: '33', text: '[Текст примечания в источнике отсутствует.]', on: 'text' }] }),
  doc(100, { notes: [{ n: '38', text: '[Текст примечания в источнике отсутствует.]', on: 'unplaced' }] }),
  doc(5, { blocks: [{ kind: 'paragraph', text: 'Текст', notes: [{ n: '14', at: 5 }] }] }),
];

const report = ReportSchema.parse({
  generated: '2026-01-01T00:00:00Z',
  durationMs: 1,
  documents: {},
  diagnostics: [
    diag('note-empty', 'footnote 38 has no text (the line after its number continues the running text)', 18240),
    diag('note-empty', 'footnote 33 has no text (the line after its number continues the running text)', 10003),
    diag('note-unresolved', 'no marker found for footnote 38', 18240),
    diag('note-text-lost', 'footnote 14: its marker is in the text, its text is not in the source', 847),
    diag('date-differs', 'the title dates 1923-10-11, the text closes with «8 октября 1923» (1923-10-08); check for a misprint', 1, 'pt-005'),
    diag('date-differs', 'something else', 2, 'pt-060'),
    diag('page-number', 'page 3', 3),
  ],
  byCode: {},
  gaps: [],
  coverage: [],
  latinRepairs: { total: 0, byLetter: {} },
  hyphenation: { joined: 0, kept: 0 },
  corrections: { applied: 0, unused: [] },
  typography: { quotes: 0, dashes: 0 },
});

describe('report view', () => {
  it('reads the footnote number from a message', () => {
    expect(footnoteOf('footnote 33 has no text')).toBe('33');
    expect(footnoteOf('footnote 14: its marker is in the text')).toBe('14');
    expect(footnoteOf('no marker found for footnote 38')).toBe('38');
    expect(footnoteOf('page 146: counting page starts gives 147')).toBeNull();
  });

  it('finds a note by its text or by its marker in the body', () => {
    expect(documentsWithNote(docs, '33').map((d) => d.number)).toEqual([60]);
    expect(documentsWithNote(docs, '14').map((d) => d.number)).toEqual([5]);
    expect(documentsWithNote(docs, '99')).toEqual([]);
  });

  it('lists the note problems in file order with their documents', () => {
    expect(noteProblems(report, docs).map((p) => [p.line, p.code, p.n, p.documents.map((d) => d.number), p.prefaces])).toEqual([
      [847, 'note-text-lost', '14', [5], []],
      [10003, 'note-empty', '33', [60], []],
      [18240, 'note-empty', '38', [100], []],
      [18240, 'note-unresolved', '38', [100], []],
    ]);
  });

  it('finds a marker in a preface when no document holds it', () => {
    const preface = { source: 'politburo-i-trotsky-1923-1932', blocks: [{ kind: 'paragraph' as const, text: 'Абв', notes: [{ n: '14', at: 3 }] }] };
    const [first] = noteProblems(report, docs.slice(0, 2), [preface]);
    expect([first?.n, first?.documents, first?.prefaces]).toEqual(['14', [], ['politburo-i-trotsky-1923-1932']]);
  });

  it('reads back the dates of the title and the text, skipping other messages', () => {
    const five = doc(5, { edtf: '1923-10-11' });
    expect(dateDiscrepancies(report.diagnostics, [five, docs[0]!])).toEqual([
      { document: five, title: '1923-10-11', closing: '8 октября 1923' },
    ]);
  });

  it('formats numbers the Russian way', () => {
    expect(percent(1)).toBe('100\u00a0%');
    expect(percent(0.99814)).toBe('99,81\u00a0%');
    expect(number(1466058)).toBe('1\u00a0466\u00a0058');
  });
});
