import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateSpan } from '../src/lib/edtf/edtf.ts';
import { editionOptions, ingest, type IngestResult } from '../src/lib/ingest/ingest.ts';
import { snapshot } from '../src/lib/ingest/snapshot.ts';
import { verdict } from '../src/lib/ingest/verdict.ts';
import { LOST_NOTE } from '../src/lib/ingest/collection.ts';
import { DocumentSchema, PersonSchema, ReportSchema } from '../src/schemas/index.ts';

const COLLECTION = 'politburo-i-trotsky-1923-1932';
let result: IngestResult;

beforeAll(async () => {
  result = await ingest(editionOptions());
});

const collection = () => result.documents.filter((d) => d.source === COLLECTION);

describe('the whole collection', () => {
  it('has every number from 1 to 215 exactly once, in order', () => {
    expect(collection().map((d) => d.number)).toEqual(Array.from({ length: 215 }, (_, i) => i + 1));
    expect(new Set(result.documents.map((d) => d.id)).size).toBe(result.documents.length);
  });

  it('gives each document a legend, or reports why not', () => {
    const noLegend = result.documents.filter((d) => d.legend === null).map((d) => d.id);
    const reported = new Set(result.report.diagnostics.filter((x) => /^legend-/.test(x.code)).map((x) => x.document));
    expect(noLegend.filter((id) => !reported.has(id))).toEqual([]);
    expect(collection().every((d) => d.legend !== null)).toBe(true);
  });

  it('parses every legend into archive, fond, opis, delo and sheets', () => {
    for (const d of collection()) {
      expect.soft(d.legend, d.id).toMatchObject({
        archive: expect.stringMatching(/^(РГАСПИ|РГАНИ)$/),
        fond: expect.stringMatching(/^\d+$/),
        opis: expect.stringMatching(/^\d+$/),
        delo: expect.stringMatching(/^\d+$/),
        sheets: expect.stringMatching(/^\d/),
      });
    }
  });

  it('dates documents within the collection span, or reports them as undated', () => {
    const missing = new Set(result.report.diagnostics.filter((x) => x.code === 'date-missing').map((x) => x.document));
    for (const d of collection()) {
      if (d.date.edtf === null) {
        expect.soft(missing.has(d.id) || d.date.text === 'без даты', `${d.id} undated without a diagnostic`).toBe(true);
        continue;
      }
      const span = dateSpan(d.date.edtf);
      expect.soft(span !== null && span.from >= '1923-01-01' && span.to <= '1932-12-31', `${d.id} ${d.date.edtf}`).toBe(true);
    }
    expect(collection().filter((d) => d.date.edtf !== null).length).toBeGreaterThanOrEqual(210);
  });

  it('resolves every footnote marker or reports the note', () => {
    // The collection numbers its notes through the volume; the book's program texts number their own.
    const notesInRecords = collection().flatMap((d) => d.notes.map((n) => n.n));
    expect(new Set(notesInRecords).size).toBe(notesInRecords.length);
    for (const d of result.documents) {
      const marked = d.blocks.flatMap((b) => b.notes.map((n) => n.n));
      const own = d.notes.filter((n) => n.on === 'text').map((n) => n.n);
      expect.soft(marked.sort(), d.id).toEqual(own.sort());
    }
    const unplaced = collection().flatMap((d) => d.notes.filter((n) => n.on === 'unplaced').map((n) => n.n));
    const reported = result.report.diagnostics.filter((x) => x.file === `${COLLECTION}.txt`).filter((x) => x.code === 'note-unresolved').map((x) => x.data.note);
    expect(unplaced.sort()).toEqual(reported.sort());
  });

  it('keeps a marker whose note text is lost as a note that says so, not as digits in the text', () => {
    const lost = result.documents.flatMap((d) => d.notes.filter((n) => n.text === LOST_NOTE).map((n) => `${d.id}:${n.n}`));
    // Read in the book: markers 20, 21 (Ред.)20), 29 (ответа29), 40, 41, 48 (IV48), 52 have no printed note; 33, 38 print only the number.
    expect(lost).toEqual(expect.arrayContaining(['pt-031:20', 'pt-052:29', 'pt-101:40', 'pt-127:48', 'pt-060:33']));
    const pt052 = result.documents.find((d) => d.id === 'pt-052')!;
    expect(pt052.text).toContain('проект ответа.');
    expect(pt052.text).not.toMatch(/ответа29/);
  });

  it('keeps at least 99.5% of the letters of the documents section', () => {
    for (const c of result.report.coverage) expect(c.ratio, c.source).toBeGreaterThanOrEqual(0.995);
  });

  it('writes records, persons and the report that the schemas accept', () => {
    for (const d of result.documents) DocumentSchema.parse(d);
    for (const p of result.persons) PersonSchema.parse(p);
    ReportSchema.parse(result.report);
    const ids = new Set(result.persons.map((p) => p.id));
    for (const d of result.documents) for (const p of [...d.authors, ...d.addressees]) expect(ids.has(p.id)).toBe(true);
  });

  it('gives one person one id and a nominative name', () => {
    const trotsky = result.persons.find((p) => p.id === 'trockiy-l-d');
    expect(trotsky).toMatchObject({ name: 'Троцкий Л. Д.', kind: 'person' });
    expect(trotsky!.forms).toEqual(expect.arrayContaining(['Л. Д. Троцкого', 'Л. Д. Троцкому']));
    expect(result.persons.filter((p) => p.name.startsWith('Троцк'))).toHaveLength(1);
    expect(result.persons.find((p) => p.name === 'Крупская Н. К.')).toBeDefined();
  });

  it('passes --strict: no error, every warning accepted by one reviewed entry with its reason, every entry used', () => {
    const outcome = verdict(result.report, true);
    expect(outcome.failing).toEqual([]);
    expect(outcome.failed).toBe(false);
    const warnings = result.report.diagnostics.filter((d) => d.level === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    for (const d of warnings) expect(d.acknowledged?.reason, `${d.file}:${d.line} ${d.code}`).toMatch(/\p{L}{3}/u);
    expect(result.report.diagnostics.filter((d) => d.code.startsWith('acknowledgement-') || d.code === 'text-after-last-document')).toEqual([]);
  });

  it('matches the reviewed snapshot of key fields (run `npm run snapshot` and read the diff to accept a change)', async () => {
    const reviewed = await readFile('tests/snapshots/records.txt', 'utf8');
    expect(snapshot(result.documents, result.studies)).toBe(reviewed);
  });
});

describe('the same records from a file with CRLF, a BOM and lines added at the top', () => {
  it('changes nothing but line numbers in diagnostics', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edition-'));
    await cp('content/sources', dir, { recursive: true });
    const file = join(dir, `${COLLECTION}.txt`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, `\uFEFF${['Служебная строка', '', 'ещё одна', ''].join('\r\n')}\r\n${text.replace(/\n/g, '\r\n')}`);
    const other = await ingest(editionOptions(dir));
    expect(other.documents).toEqual(result.documents);
    expect(other.persons).toEqual(result.persons);
  });
});
