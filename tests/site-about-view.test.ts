/**
 * What the page «Об издании» shows from the data (`aboutView`), on the records and the report in
 * `data/` (written by `npm run ingest`, the first step of `npm test`) and the editorial files in
 * `content/`. The expected values were read on the built page; counts that follow the corpus are
 * checked against the data rather than written down.
 */
import { marksInBody } from '../src/lib/site/report-view.ts';
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { aboutView, type AboutView } from '../src/lib/site/about-view.ts';
import {
  CorrectionsFileSchema,
  DocumentSchema,
  PersonNamesFileSchema,
  PersonSchema,
  ReportSchema,
  SourceSchema,
  SourceTextSchema,
  StudySchema,
  type Document,
  type Report,
} from '../src/schemas/index.ts';

const COLLECTION = 'politburo-i-trotsky-1923-1932';
let v: AboutView;
let input: Parameters<typeof aboutView>[0];
let report: Report;
let documents: Document[];

beforeAll(async () => {
  const read = async (name: Parameters<typeof readDataFile>[0]) => JSON.parse(await readDataFile(name)) as unknown;
  const content = async (name: string) => JSON.parse(await readFile(new URL(`../content/${name}`, import.meta.url), 'utf8')) as unknown;
  report = ReportSchema.parse(await read('report.json'));
  documents = DocumentSchema.array().parse(await read('documents.json'));
  const sourceTexts = SourceTextSchema.array().parse(await read('sources.json'));
  input = {
    report,
    documents,
    // The data's order (the collection's numbers, then the 1931 platform) stands in for date order: the
    // view takes from it only the first document (№ 1 in both) and the order of the undated ones (№ 51, № 127 in both).
    byDate: documents,
    noteMarks: new Map(documents.map((d) => [d.id, marksInBody(d)])),
    persons: PersonSchema.array().parse(await read('persons.json')),
    studies: StudySchema.array().parse(await read('studies.json')),
    // All the sources, parsed or not, as the site's collection reads them from their sidecars.
    sources: await Promise.all(
      (await readdir(new URL('../content/sources/', import.meta.url)))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map(async (f) => SourceSchema.parse(await content(`sources/${f}`))),
    ),
    sourceTexts,
    corrections: CorrectionsFileSchema.parse(await content('corrections.json')),
    personNames: PersonNamesFileSchema.parse(await content('person-names.json')),
    dateMissing: new Set(report.diagnostics.flatMap((d) => (d.code === 'date-missing' && d.document ? [d.document] : []))),
  };
  v = aboutView(input);
});

describe('the date of the build', () => {
  it("is the commit's date in Russian words, read in UTC", () => {
    const at = (generated: string | null) => aboutView({ ...input, report: { ...report, generated } }).generated;
    expect(at('2026-11-30T23:21:26.000Z')).toBe('30 ноября 2026 г.');
    expect(at('2026-12-01T00:00:00.000Z')).toBe('1 декабря 2026 г.');
  });

  it('is said to be unknown when the build had none (a copy without its git history)', () => {
    expect(aboutView({ ...input, report: { ...report, generated: null } }).generated).toBe('дата неизвестна');
  });
});

describe('how the text was obtained', () => {
  it('gives the counts of the ingest (the parse report of the corpus)', () => {
    expect(v.latinRepairs.total).toBe('65');
    expect(v.notesTotal).toBe('68 примечаний');
    // The two articles add 203 joins and 4 kept hyphens (Научно-технический, Научно-технического, штаб-квартиру; после-довавших wrongly); the book most of the rest.
    expect(v.hyphenation).toEqual({ joined: '5\u00a0064', kept: '212' });
  });

  it('names the look-alike repairs, most frequent first', () => {
    expect(v.latinRepairs.letters[0]).toEqual({ label: 'римские цифры, набранные наполовину кириллицей', count: 12 });
    expect(v.latinRepairs.letters).toContainEqual({ label: 'латинская «a»', count: 4 });
    const counts = v.latinRepairs.letters.map((l) => l.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives the coverage of each parsed source, with Russian digit grouping', () => {
    expect(v.coverage).toEqual([
      { href: `/sources/${COLLECTION}/`, title: 'Политбюро и Лев Троцкий. Кн. 1', percent: '100\u00a0%', covered: '1\u00a0466\u00a0005', letters: '1\u00a0466\u00a0058' },
      { href: '/sources/trotsky-problemy-razvitiya-sssr-1931/', title: 'Проблемы развития СССР (1931)', percent: '100\u00a0%', covered: '55\u00a0692', letters: '55\u00a0692' },
      { href: '/sources/levye-kommunisty-v-rossii/', title: 'Левые коммунисты в России', percent: '99,98\u00a0%', covered: '663\u00a0440', letters: '663\u00a0546' },
      { href: '/sources/isaevich-2013-nto-vsnkh/', title: 'Исаевич. Троцкий и НТО ВСНХ', percent: '100\u00a0%', covered: '17\u00a0860', letters: '17\u00a0860' },
      { href: '/sources/kislitsyn-pirrova-pobeda/', title: 'Кислицын. Пиррова победа Сталина', percent: '99,89\u00a0%', covered: '15\u00a0749', letters: '15\u00a0766' },
    ]);
  });

  it('counts the studies and the capitals restored in them, by source and by rule', () => {
    expect(v.data.studies).toBe('13 исследований');
    // Кислицын: 15 words by reading the file (lines 99, 106, 127, 164–165, 181, 191, 204–205, 216, 224, 256, 261–262).
    expect(v.capitals.total).toBe('15');
    expect(v.capitals.sources).toEqual([{ href: '/sources/kislitsyn-pirrova-pobeda/', title: 'Кислицын. Пиррова победа Сталина', count: 15 }]);
  });
});

describe('corrections and name forms', () => {
  it('lists every correction with the document, the field, what was printed and what is read', () => {
    expect(v.corrections).toMatchObject({ applied: 52, total: 52, unused: null });
    expect(v.corrections.rows[0]).toEqual({
      document: { text: '№ 3', href: '/documents/pt-003/' },
      field: 'дата',
      kind: 'прочтение издания',
      from: '1 сентября 1923',
      date: { label: '2 сентября 1923 г.', edtf: '1923-09-02' },
      to: '1923-09-02',
      reason: expect.stringMatching(/^В заголовке стоит дата данных сообщения/),
    });
    expect(v.corrections.rows[1]).toMatchObject({
      document: { text: '№ 15', href: '/documents/pt-015/' },
      field: 'текст',
      from: '15 ноября 1926 г.',
      date: null,
      to: '15 ноября 1923 г.',
    });
    expect(v.corrections.rows.slice(0, 7).map((r) => r.field)).toEqual(['дата', 'текст', 'текст', 'дата', 'заголовок', 'заголовок', 'заголовок']);
    expect(v.corrections.rows.find((r) => r.from === 'изведение ЦК')).toMatchObject({ kind: 'ошибка распознавания исправлена', to: 'извещение ЦК' });
    expect(v.corrections.rows.find((r) => r.from === 'деспотичекого')).toMatchObject({ kind: 'опечатка издания сохранена [sic]', to: 'деспотичекого [sic]' });
  });

  it('gives the counts of the OCR review, every candidate decided', () => {
    const ocr = v.corrections.ocr!;
    const n = (s: string) => Number(s.replace(/\s/g, ''));
    expect(ocr.undecided).toBe('0');
    expect(n(ocr.corrected) + n(ocr.sic) + n(ocr.asPrinted)).toBe(n(ocr.candidates));
    expect(n(ocr.corrected)).toBeGreaterThanOrEqual(30);
  });

  it('links the edition’s form of a name to the person', () => {
    expect(v.personNames).toHaveLength(3);
    expect(v.personNames[0]).toMatchObject({ name: 'Каспаров В. Д.', canonical: { text: 'Каспарова В. Д.', href: '/persons/kasparova-v-d/' } });
  });
});

describe('what is missing', () => {
  it('lists the documents whose header was lost, with the line of the file', () => {
    expect(v.gaps).toEqual([
      { document: { text: '№ 127', href: '/documents/pt-127/' }, source: 'Политбюро и Лев Троцкий. Кн. 1', line: '24\u00a0781', resolution: 'текст найден, заголовок дан изданием.' },
      { document: { text: '№ 138', href: '/documents/pt-138/' }, source: 'Политбюро и Лев Троцкий. Кн. 1', line: '28\u00a0430', resolution: 'текст найден, заголовок дан изданием.' },
    ]);
    // Both documents with a supplied title lost their header: no further list.
    expect(v.suppliedToo).toBeNull();
  });

  it('lists the notes without text or marker, in file order, with their documents or the preface', () => {
    expect(v.notes).toHaveLength(13);
    // The book's endnote xiii, whose marker is not in the text, comes first (its file sorts first).
    expect(v.notes[0]).toMatchObject({ n: 'xiii', documents: [], prefaces: [], line: '1\u00a0227' });
    expect(v.notes[1]).toEqual({
      n: '14',
      documents: [],
      prefaces: [{ text: 'предисловие к «Политбюро и Лев Троцкий. Кн. 1»', href: `/sources/${COLLECTION}/#front-heading` }],
      line: '847',
      meaning: 'знак сноски есть в тексте, а текста примечания в файле нет',
    });
    expect(v.notes[3]).toEqual({
      n: '20',
      documents: [{ text: '№ 31', href: '/documents/pt-031/' }],
      prefaces: [],
      line: '7\u00a0605',
      meaning: 'знак сноски есть в тексте, а текста примечания в файле нет',
    });
    expect(v.notes.filter((n) => n.n === '38').map((n) => n.meaning)).toEqual([
      'текст примечания утрачен: строка после его номера продолжает основной текст',
      'знак сноски в тексте не найден; примечание оставлено при документе, на странице которого напечатано',
    ]);
  });

  it('says why each undated document has no date', () => {
    expect(v.undated).toEqual([
      { href: '/documents/pt-051/', label: '№ 51', reason: 'дата не найдена ни в заголовке, ни в примечаниях составителя, ни в тексте.' },
      { href: '/documents/pt-127/', label: '№ 127', reason: 'заголовок документа утрачен, а в тексте дата не найдена.' },
    ]);
  });

  it('lists the dates to check, and which of them the edition corrected', () => {
    expect(v.discrepancies.count).toBe('18 документах');
    expect(v.discrepancies.rows[0]).toEqual({ href: '/documents/pt-003/', label: '№ 3', title: '1 сентября 1923 г.', closing: '2 сентября 1923', corrected: true });
    expect(v.discrepancies.rows[1]).toEqual({ href: '/documents/pt-005/', label: '№ 5', title: '11 октября 1923 г.', closing: '8 октября 1923', corrected: false });
    expect(v.discrepancies.rows.filter((r) => r.corrected).map((r) => r.label)).toEqual(['№ 3', '№ 15']);
  });

  it('names the sources not parsed yet, and every diagnostic code with its meaning', () => {
    expect(v.notParsed).toEqual([]);
    expect(v.codes.map((c) => c.code)).toEqual([
      'abstract-gap', 'author-attributed', 'body-unknown', 'capital-restored', 'date-attributed', 'date-differs', 'date-missing', 'legend-none', 'note-empty',
      'note-text-lost', 'note-unresolved', 'numbering-gap-recovered', 'page-count-drift', 'page-number', 'references-unresolved',
      'running-head', 'separator-defective', 'study-unsigned', 'thesis-number-lost',
    ]);
    expect(v.codes.find((c) => c.code === 'numbering-gap-recovered')).toEqual({
      code: 'numbering-gap-recovered',
      count: 2,
      meaning: 'шапка документа («№ …» и заголовок) утрачена; текст найден, заголовок дан изданием',
    });
  });
});

describe('URLs and data', () => {
  it('gives an example of every kind of page, taken from the data', () => {
    const examples = Object.fromEntries(v.urls.map((r) => [r.page, r.examples]));
    expect(examples['документ (адрес записан в поле url записи)']).toEqual(['/documents/pt-001/']);
    expect(examples['по датам: все годы, год, месяц, без даты']).toEqual(['/dates/', '/dates/1918/', '/dates/1918-04/', '/dates/undated/']);
    expect(examples['архив: архивы, архив, фонд, опись, дело']).toEqual([
      '/archive/',
      '/archive/rgani/',
      '/archive/rgani/3/',
      '/archive/rgani/3/62/',
      '/archive/rgani/3/62/178/',
    ]);
    expect(examples['указатель имён, лицо или учреждение']).toEqual(['/persons/', '/persons/trockiy-l-d/']);
    expect(examples['данные']).toEqual(['/data/documents.json', '/data/persons.json', '/data/report.json', '/data/sources.json']);
    expect(v.urls).toHaveLength(11);
  });

  it('counts the records of the data files', () => {
    expect(v.data).toEqual({ documents: '222 документа', persons: 99, studies: '13 исследований' });
  });
});
