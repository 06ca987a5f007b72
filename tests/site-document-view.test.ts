/**
 * What a document's page shows (`documentView`), on the real records of `data/` (written by
 * `npm run ingest`, the first step of `npm test`). The expected values were read on the built pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { documentView, documentViews, type DocumentContext, type DocumentView } from '../src/lib/site/document-view.ts';
import { entries } from './export-corpus.ts';
import type { CitationRecord } from '../src/lib/export/citation-record.ts';
import { DocumentSchema, PersonSchema, SourceTextSchema, type Document, type Source } from '../src/schemas/index.ts';

let documents: Document[];
let sources: Source[];
let known: Set<string>;
/** Citation records at `https://edition.test/trotsky/`, with the printed pages read from the sources. */
let records: Map<string, CitationRecord>;

beforeAll(async () => {
  documents = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
  sources = SourceTextSchema.array().parse(JSON.parse(await readDataFile('sources.json'))).map((t) => t.source);
  records = new Map((await entries()).map((e) => [e.doc.id, e.record]));
  known = new Set(PersonSchema.array().parse(JSON.parse(await readDataFile('persons.json'))).map((p) => p.id));
});

const COLLECTION = 'politburo-i-trotsky-1923-1932';
const byId = (id: string): Document => {
  const doc = documents.find((d) => d.id === id);
  if (!doc) throw new Error(`no record ${id} in data/documents.json`);
  return doc;
};
const around = (prev: string | null, next: string | null) => ({ prev: prev ? byId(prev) : null, next: next ? byId(next) : null });

/** The view of a record, with the neighbours its page shows (in the source, by date). */
function view(id: string, inSource: [string | null, string | null] = [null, null], inDate: [string | null, string | null] = [null, null]): DocumentView {
  const doc = byId(id);
  const context: DocumentContext = {
    source: sources.find((s) => s.id === doc.source),
    neighbours: { inSource: around(...inSource), inDate: around(...inDate) },
    known,
    record: records.get(id)!,
    sources: new Map(sources.map((s) => [s.id, s])),
  };
  return documentView(doc, context);
}

const COLLECTION_CITATION =
  'Политбюро и Лев Троцкий. 1923–1940 гг.: Сборник документов. В 2 кн. Кн. 1 / Сост. О. Б. Мозохин. [Б. м.]: Социосфера, 2013.';

describe('a document of the collection (№ 3, with a corrected date)', () => {
  let v: DocumentView;
  beforeAll(() => {
    v = view('pt-003', ['pt-002', 'pt-004'], ['pt-002', 'pt-004']);
  });

  it('gives the page its title, description and breadcrumbs', () => {
    expect(v.head.title).toBe(
      '№ 3. Информационное сообщение председателя ГПУ Ф. Э. Дзержинского в центральный комитет Российской коммунистической партии (б) «О рабочем стачечном движении и деятельности оппозиционных политических групп по данным на 1 сентября 1923 года»',
    );
    expect(v.head.description).toBe(
      'Информационное сообщение председателя ГПУ Ф. Э. Дзержинского в центральный комитет Российской коммунистической партии (б) «О рабочем стачечном движении и деятельности оппозиционных политических групп по данным на 1 сентября 1923 года». 2 сентября 1923 г. РГАСПИ. Ф. 17. Оп. 171. Д. 31. Л. 5–26. Подли',
    );
    expect(v.head.description).toHaveLength(300);
    expect(v.head.breadcrumbs).toEqual([
      { label: 'Документы', href: '/documents/' },
      { label: 'Политбюро и Лев Троцкий. Кн. 1', href: `/sources/${COLLECTION}/` },
      { label: '№ 3' },
    ]);
  });

  it('heads the page with the number and the title as printed', () => {
    expect(v.title).toEqual({
      number: 'Документ № 3',
      supplied: false,
      segments: [{ text: byId('pt-003').title, corrected: false }],
      correction: null,
      marks: [],
    });
  });

  it('lists the metadata with their labels; the corrected date is marked and the printed one kept', () => {
    expect(v.meta.date).toEqual({
      label: 'Дата',
      text: '2 сентября 1923 г.',
      datetime: '1923-09-02',
      correction: { href: '#correction-pt-003-date', id: 'correction-ref-pt-003-date' },
      printed: { from: 'По заголовку', text: '1 сентября 1923' },
      edtf: '1923-09-02',
      basis: null,
    });
    expect(v.meta.genre).toEqual({ label: 'Вид документа', value: 'информационное сообщение', href: '/genres/informacionnoe-soobshchenie/' });
    expect(v.meta.authors).toEqual({
      label: 'Автор',
      persons: [{ name: 'Дзержинский Ф. Э.', href: '/persons/dzerzhinskiy-f-e/', printed: 'Ф. Э. Дзержинского' }],
    });
    expect(v.meta.addressees).toEqual({
      label: 'Адресат',
      persons: [{ name: 'ЦК РКП(б)', href: '/persons/ck-vkp-b/', printed: 'центральный комитет Российской коммунистической партии (б)' }],
    });
    expect([v.meta.place, v.meta.classification, v.meta.registration]).toEqual([null, null, null]);
    expect(v.meta.source).toEqual({
      label: 'Источник',
      title: 'Политбюро и Лев Троцкий. Кн. 1',
      href: `/sources/${COLLECTION}/`,
      number: 'документ № 3',
      pages: { pages: '17–28', note: 'расчётные' },
    });
  });

  it('lists the correction of the date, with a link back to its mark', () => {
    expect(v.corrections).toEqual([
      {
        anchor: 'correction-pt-003-date',
        field: 'Дата',
        kind: 'прочтение издания',
        sides: { from: 'Напечатано', to: 'издание читает' },
        from: '1 сентября 1923',
        date: { label: '2 сентября 1923 г.', edtf: '1923-09-02' },
        to: '1923-09-02',
        reason: expect.stringMatching(/^В заголовке стоит дата данных сообщения/),
        back: '#correction-ref-pt-003-date',
      },
    ]);
  });

  it('gives the legend with a link to the delo, and no notes', () => {
    expect(v.legend).toEqual({
      text: 'РГАСПИ. Ф. 17. Оп. 171. Д. 31. Л. 5–26. Подлинник. Машинопись',
      marks: [],
      deloUrl: '/archive/rgaspi/17/171/31/',
    });
    expect([v.notes, v.marginalia, v.published]).toEqual([[], [], []]);
  });

  it('names the source of the publication with its page and number', () => {
    expect(v.source).toEqual({
      citation: COLLECTION_CITATION,
      details: ['С. 17–28 (расчётные).', 'Документ № 3.'],
      href: `/sources/${COLLECTION}/`,
    });
  });

  it('links the neighbours in the collection and by date', () => {
    const title2 = `№ 2. ${byId('pt-002').title}`;
    const title4 = `№ 4. ${byId('pt-004').title}`;
    expect(v.nav).toEqual([
      {
        label: 'В сборнике',
        prev: { href: '/documents/pt-002/', direction: 'Предыдущий в сборнике', title: title2 },
        next: { href: '/documents/pt-004/', direction: 'Следующий в сборнике', title: title4 },
      },
      {
        label: 'По дате',
        prev: { href: '/documents/pt-002/', direction: 'Ранее по дате: 3 февраля 1923 г.', title: title2 },
        next: { href: '/documents/pt-004/', direction: 'Позднее по дате: 6 сентября 1923 г.', title: title4 },
      },
    ]);
  });
});

describe('corrections where they stand', () => {
  it('splits a title around its corrected reading (№ 145)', () => {
    const v = view('pt-145');
    expect(v.title.segments).toEqual([
      { text: 'Расшифрованное', corrected: true },
      { text: ' письмо «Абрама» Л. Д. Троцкому от 3 октября 1928 г.', corrected: false },
    ]);
    expect(v.title.correction).toEqual({ href: '#correction-pt-145-title', id: 'correction-ref-pt-145-title' });
    expect(v.corrections).toMatchObject([{ field: 'Заголовок', from: 'Расшифованное', to: 'Расшифрованное', date: null, back: '#correction-ref-pt-145-title' }]);
  });

  it('links back to a correction the body marked (№ 15)', () => {
    const v = view('pt-015');
    expect(v.body).toContain(
      '<ins class="correction">15 ноября 1923 г.</ins><sup class="correction-mark"><a href="#correction-pt-015-text-date" id="correction-ref-pt-015-text-date"',
    );
    expect(v.corrections).toMatchObject([
      { anchor: 'correction-pt-015-text-date', field: 'Текст', from: '15 ноября 1926 г.', to: '15 ноября 1923 г.', back: '#correction-ref-pt-015-text-date' },
    ]);
  });

  it('marks a date read as an open interval, without <time> (№ 125)', () => {
    expect(view('pt-125').meta.date).toMatchObject({
      text: 'не ранее 12 февраля 1928 г.',
      datetime: null,
      correction: { id: 'correction-ref-pt-125-date' },
      printed: { from: 'По заголовку', text: '12 февраля' },
      edtf: '1928-02-12/..',
    });
  });
});

describe('notes outside the text', () => {
  it('puts the marker of a note on the title after the title (№ 35)', () => {
    const v = view('pt-035');
    expect(v.title.marks).toEqual([{ n: '23', anchor: '23' }]);
    expect(v.notes).toEqual([
      {
        n: '23',
        anchor: '23',
        where: 'К заголовку документа',
        text: 'Предположительно письмо направлено И.В.Сталину',
        back: { href: '#ref-23', label: 'Вернуться к заголовку (примечание 23)' },
      },
    ]);
  });

  it('puts the marker of a note on the marginalia after the last of them (№ 114)', () => {
    const v = view('pt-114');
    expect(v.marginalia).toHaveLength(1);
    expect(v.marginalia[0]).toMatchObject({ text: expect.stringMatching(/^На первом листе рукописные пометы: /), marks: [{ n: '44', anchor: '44' }] });
    expect(v.notes[0]).toMatchObject({ where: 'К рукописным пометам', back: { label: 'Вернуться к пометам (примечание 44)' } });
  });

  it('says that a note has no place and no text, without a link back (№ 100)', () => {
    expect(view('pt-100').notes).toEqual([
      { n: '38', anchor: '38', where: 'Место сноски в тексте не установлено', text: '[Текст примечания в источнике отсутствует.]', back: null },
    ]);
  });

  it('links a note on the text back to its marker in the body (№ 145)', () => {
    const v = view('pt-145');
    expect(v.notes).toEqual([
      { n: '53', anchor: '53', where: null, text: 'Без приложения', back: { href: '#ref-53', label: 'Вернуться к тексту (примечание 53)' } },
    ]);
    expect(v.body).toContain('id="ref-53"');
  });

  it('gives the publication notes (№ 87)', () => {
    expect(view('pt-087').published).toEqual([{ text: 'Опубликовано: Ю. Фельштинский. Коммунистическая оппозиция в СССР. Т.4. Л. 52–67.', marks: [] }]);
  });
});

describe('documents without a date, without a title, without a number', () => {
  it('says «без даты» (№ 51)', () => {
    const v = view('pt-051', [null, null], ['pt-215', 'pt-127']);
    expect(v.meta.date).toEqual({ label: 'Дата', text: 'без даты', datetime: null, correction: null, printed: null, edtf: null, basis: null });
    expect(v.head.description).toMatch(/^Письмо И\. В\. Сталина членам Политбюро о согласовании рукописи биографии В\. И\. Ленина\. Без даты\. РГАНИ\./);
    expect(v.nav[0]?.prev?.direction).toBe('Ранее по дате: 11 октября 1932 г.');
    expect(v.nav[0]?.next?.direction).toBe('Позднее по дате: без даты');
  });

  it('dates a draft before the publication its title names, and says why (№ 31)', () => {
    const v = view('pt-031');
    expect(v.meta.date).toMatchObject({ text: 'не позднее 2 ноября 1924 г.', edtf: '../1924-11-02', printed: { from: 'По заголовку', text: '2 ноября 1924' } });
    expect(v.meta.date.basis).toMatch(/^заголовок называет только дату публикации готового текста/);
  });

  it('keeps a supplied title that is already bracketed as it is (№ 127)', () => {
    const v = view('pt-127');
    expect(v.title.supplied).toBe(true);
    expect(v.title.segments).toEqual([{ text: byId('pt-127').title, corrected: false }]);
    expect(byId('pt-127').title).toMatch(/^\[Документ без заголовка\] /);
  });

  it('names a program text of the book by its title in the breadcrumbs, not «Текст»', () => {
    const v = view('lk-004');
    expect(v.head.breadcrumbs.at(-1)).toEqual({ label: 'Манифест Рабочей Группы Российской Коммунистической Партии (б)' });
  });

  it('cites a text that is a source of its own without a number (the 1931 platform)', () => {
    const v = view('bo-001', [null, null], ['pt-201', 'pt-202']);
    const title = 'Проблемы развития СССР. Проект платформы Интернациональной левой оппозиции по русскому вопросу';
    expect(v.head.title).toBe(title);
    expect(v.head.breadcrumbs.at(-1)).toEqual({ label: 'Текст' });
    // No «Документ № 1» over the title: that is the collection's first document.
    expect(v.title.number).toBeNull();
    expect(v.meta.genre?.value).toBe('проект платформы');
    // The text is not dated: its date is the issue's, as the publication line prints it.
    expect(v.meta.date.text).toBe('1931 г.');
    expect(v.meta.date.printed).toEqual({ from: 'По публикации', text: '1931. № 20' });
    expect(v.meta.source.number).toBeNull();
    expect(v.cite.archival).toBeNull();
    expect(v.cite.printed.text).toBe(`Троцкий Л. Д. ${title} // Бюллетень оппозиции (большевиков-ленинцев). 1931. №\u00a020.`);
    expect(v.source.details).toEqual([]);
    expect(v.nav).toEqual([
      {
        label: 'По дате',
        prev: { href: '/documents/pt-201/', direction: 'Ранее по дате: октябрь — ноябрь 1930 г.', title: `№ 201. ${byId('pt-201').title}` },
        next: { href: '/documents/pt-202/', direction: 'Позднее по дате: 15 февраля 1931 г.', title: `№ 202. ${byId('pt-202').title}` },
      },
    ]);
  });

  it('names the platform by its title, not «№ 1», as the neighbour of a document of the collection', () => {
    const v = view('pt-202', ['pt-201', 'pt-203'], ['bo-001', 'pt-203']);
    expect(v.nav.find((g) => g.label === 'По дате')?.prev?.title).toBe(byId('bo-001').title);
    expect(v.nav.find((g) => g.label === 'В сборнике')?.prev?.title).toBe(`№ 201. ${byId('pt-201').title}`);
  });

  it('gives the platform a table of contents of its five sections and their subheadings, and none to a letter', () => {
    const contents = view('bo-001').contents;
    expect(contents.filter((e) => e.level === 1).map((e) => e.anchor)).toEqual(['section-1', 'section-2', 'section-3', 'section-4', 'section-5']);
    // Read in the source: section II has nine subheadings, from «Диалектическое взаимоотношение …» to «Плебисцитарный режим в партии.»
    expect(contents.filter((e) => e.anchor.startsWith('section-2-')).map((e) => e.text).at(-1)).toBe('Плебисцитарный режим в партии.');
    expect(contents.find((e) => e.anchor === 'section-1-4')).toEqual({ text: 'Противоречия переходного периода: индустриализация.', anchor: 'section-1-4', level: 2 });
    expect(contents.some((e) => e.anchor.startsWith('thesis-'))).toBe(false);
    expect(view('bo-001').body).toContain('<h2 id="section-5">V. Выводы.<a href="#section-5" class="passage" aria-label="Ссылка на этот заголовок">¶</a></h2>');
    expect(view('bo-001').body).toMatch(/<p id="thesis-31">31\. Возродить партию/);
    expect(view('pt-003').contents).toEqual([]);
  });
});

describe('every document', () => {
  it('links each note and correction back only to a mark the page has', () => {
    for (const doc of documents) {
      const v = view(doc.id);
      const ids = new Set([
        ...[...v.body.matchAll(/id="([^"]+)"/g)].map((m) => m[1]),
        ...[v.title.correction, v.meta.date.correction].flatMap((c) => (c ? [c.id] : [])),
        ...[...v.title.marks, ...(v.legend?.marks ?? []), ...[...v.marginalia, ...v.published].flatMap((p) => p.marks)].map(
          (m) => `ref-${m.anchor}`,
        ),
      ]);
      const backs = [...v.notes.map((n) => n.back?.href), ...v.corrections.map((c) => c.back)].filter((h) => h != null);
      for (const href of backs) expect.soft(ids.has(href.slice(1)), `${doc.id}: ${href}`).toBe(true);
      // A note with a marker on the page links back to it.
      expect.soft(v.notes.filter((n) => n.back === null && ids.has(`ref-${n.anchor}`)), doc.id).toEqual([]);
    }
  });
});

describe('a long document in parts (documentViews with a text budget)', () => {
  /** pt-215 (286 paragraphs, 7 corrections marked in the text) at an 8 KB text budget. */
  const parts = (id: string, textBudget = 8 * 1024): DocumentView[] => {
    const doc = byId(id);
    return documentViews(doc, {
      source: sources.find((s) => s.id === doc.source),
      neighbours: { inSource: around(null, null), inDate: around(null, null) },
      known,
      record: records.get(id)!,
      sources: new Map(sources.map((s) => [s.id, s])),
      textBudget,
    });
  };

  it('cuts the text into parts at N/ under the permanent URL, each block once, titled by its part', () => {
    const views = parts('pt-215');
    expect(views.length).toBeGreaterThan(2);
    expect(views.map((v) => v.url)).toEqual(views.map((_, k) => (k === 0 ? '/documents/pt-215/' : `/documents/pt-215/${k + 1}/`)));
    const ids = views.flatMap((v) => [...v.body.matchAll(/<p id="(p-\d+)"/g)].map((m) => m[1]));
    expect(ids).toEqual(Array.from({ length: byId('pt-215').blocks.length }, (_, i) => `p-${i + 1}`));
    expect(views[1]!.head.title).toMatch(/ \(часть 2 из \d+\)$/);
    expect(views[1]!.parts?.prev?.href).toBe('/documents/pt-215/');
    // The citation is the document's on every part: its permanent URL.
    expect(views[1]!.cite).toEqual(views[0]!.cite);
  });

  it('links each correction mark to the list on the last part, and the list back to the part of each mark', () => {
    const views = parts('pt-215');
    const last = views.at(-1)!;
    expect(last.corrections.length).toBe(byId('pt-215').corrections.length);
    expect(views.slice(0, -1).every((v) => v.corrections.length === 0)).toBe(true);
    let marks = 0;
    let elsewhere = 0;
    for (const [k, v] of views.entries()) {
      for (const m of v.body.matchAll(/href="([^"]*)#(correction-[^"]+)"/g)) {
        marks++;
        if (k < views.length - 1) elsewhere++;
        if (k === views.length - 1) expect(m[1]).toBe('');
        else expect(m[1]).toBe(last.url);
        const entry = last.corrections.find((c) => c.anchor === m[2]);
        expect(entry, m[2]).toBeTruthy();
        // The entry's link back leads to the part that holds the mark.
        const back = entry!.back!;
        expect(back.startsWith('#') ? last.url : back.split('#')[0]).toBe(v.url);
      }
    }
    // pt-215's corrections are marked where they stand, most on parts before the last.
    expect(marks).toBe(byId('pt-215').corrections.length);
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('keeps a text that fits, and every text without a budget, on one page', () => {
    expect(parts('pt-012', 50 * 1024)).toHaveLength(1);
    expect(parts('pt-012', 50 * 1024)[0]!.parts).toBeNull();
    expect(view('pt-215').parts).toBeNull();
  });
});
