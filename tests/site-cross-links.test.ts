/**
 * Cross-links (`cross-links.ts`) on sentences quoted from the sources, against the edition's own records
 * in data/: an archive reference links only to a delo the edition holds, a program text only where its
 * title names the text (not the group), a person only where the printed initials fit one record; a link
 * never holds a note mark or a corrected reading, and its href is under the site's base path.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/lib/render/data-dir.ts';
import { crossLinkIndex, crossLinkSpans, findCrossLinks, textSegments, type CrossLinkIndex } from '../src/lib/site/cross-links.ts';
import { DocumentSchema, PersonSchema, type Block, type Document } from '../src/schemas/index.ts';

let index: CrossLinkIndex;
/** The book of left-communist texts, which prints the program texts lk-001…lk-006. */
const BOOK = 'levye-kommunisty-v-rossii';
const found = (text: string, source = BOOK) =>
  findCrossLinks(text, index, { source }).map((l) => ({ text: text.slice(l.start, l.end), kind: l.kind, path: l.path }));

beforeAll(async () => {
  const documents = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
  const persons = PersonSchema.array().parse(JSON.parse(await readDataFile('persons.json')));
  index = crossLinkIndex(documents, persons);
});

const block = (text: string, notes: Block['notes'] = []): Block => ({ kind: 'paragraph', text, notes }) as Block;

describe('archive references', () => {
  it('links a reference of the preface to the delo the edition holds (documents 1–2 are filed in РГАНИ 3/62/178)', () => {
    // The preface's note 11, as printed.
    expect(found('РГАНИ. Ф. 3. Оп. 62. Д. 178. Л. 24.')).toEqual([
      { text: 'РГАНИ. Ф. 3. Оп. 62. Д. 178', kind: 'archive', path: '/archive/rgani/3/62/178/' },
    ]);
  });

  it('links the lower-case form, with or without the archive, when one archive of the edition has the delo', () => {
    expect(found('РГАСПИ, ф. 17, оп. 171, д. 26, л. 11')).toEqual([
      { text: 'РГАСПИ, ф. 17, оп. 171, д. 26', kind: 'archive', path: '/archive/rgaspi/17/171/26/' },
    ]);
    expect(found('ф. 17, оп. 171, д. 26')).toEqual([{ text: 'ф. 17, оп. 171, д. 26', kind: 'archive', path: '/archive/rgaspi/17/171/26/' }]);
  });

  it('does not link a delo the edition lacks, nor a delo under the wrong archive', () => {
    // The preface's note 16: Stalin's fond, delo 729; the edition has documents only from delo 777 of that opis.
    expect(found('РГАСПИ. Ф. 558. Оп. 11. Д. 729. Л. 90–92(об).')).toEqual([]);
    expect(found('РГАНИ. Ф. 17. Оп. 171. Д. 26.')).toEqual([]);
  });
});

describe('program texts', () => {
  it('links «Рабочая оппозиция» named as the brochure to lk-002, not the group of that name', () => {
    const text =
      'Лидерами «Рабочей оппозиции» были, главным образом, представители профсоюзного аппарата; ' +
      'Александра Коллонтай, автор программной брошюры «Рабочая оппозиция», в которой развивались';
    expect(found(text).filter((l) => l.kind === 'document')).toEqual([
      { text: '«Рабочая оппозиция»', kind: 'document', path: '/documents/lk-002/' },
    ]);
    expect(found('особенно выделялись позиции Ленина и «Рабочей оппозиции», возглавляемой Коллонтай и Шляпниковым.')).toEqual([]);
  });

  it('links the manifesto and the theses by their titles in any case form', () => {
    expect(found('начали распространять, размножив на гектографе, «Манифест Рабочей группы РКП». Этот документ')).toEqual([
      { text: '«Манифест Рабочей группы РКП»', kind: 'document', path: '/documents/lk-004/' },
    ]);
    expect(found('критикой теории и практики бюрократии в «Манифесте Рабочей группы», выступили')[0]?.path).toBe('/documents/lk-004/');
    expect(found('(«Тезисы о текущем моменте», с. 8).')[0]?.path).toBe('/documents/lk-001/');
    // The Communist Manifesto is not the group's.
    expect(found('первое систематическое выражение в «Манифесте Коммунистической партии» и затем')).toEqual([]);
  });

  it('does not link a document to itself', () => {
    expect(findCrossLinks('Судьба брошюрки «Очередной обман» более счастливая', index, { source: BOOK, self: 'lk-006' })).toEqual([]);
    expect(findCrossLinks('Судьба брошюрки «Очередной обман» более счастливая', index, { source: BOOK })[0]?.target).toBe('lk-006');
  });

  it('reads a title only in the book: the theses seized in 1928 (document 136 of the collection) are the opposition’s', () => {
    const text = 'тезисы «Левый курс в деревне и перспективы» – Преображенского, «Тезисы о текущем моменте», статья «О хозяйственных затруднениях»';
    expect(found(text, 'politburo-i-trotsky-1923-1932').filter((l) => l.kind === 'document')).toEqual([]);
    expect(found(text).filter((l) => l.kind === 'document').map((l) => l.path)).toEqual(['/documents/lk-001/']);
  });
});

describe('persons', () => {
  it('links a surname with initials that fit one person, before or after the surname, in any case', () => {
    expect(found('выдвинул Г.И. Мясникова')).toEqual([{ text: 'Г.И. Мясникова', kind: 'person', path: '/persons/myasnikov-g-i/' }]);
    expect(found('Троцкий Л.Д. Сочинения')[0]).toEqual({ text: 'Троцкий Л.Д.', kind: 'person', path: '/persons/trockiy-l-d/' });
  });

  it('leaves a surname without initials, and initials the record does not have, unlinked', () => {
    // Two Smirnovs in the index (В. and М.); the study gives «В.М.», more than either record knows.
    expect(found('вокруг Н. Осинского, Т. Сапронова, В.М. Смирнова и других сформировалась').map((l) => l.text)).toEqual([
      'Т. Сапронова',
    ]);
    expect(found('Мясников временами был готов поддержать «Рабочую оппозицию»')).toEqual([]);
  });

  it('leaves initials that fit two persons unlinked', () => {
    const persons = [
      { id: 'smirnov-v', name: 'Смирнов В.', kind: 'person', forms: [], authored: [], addressed: [] },
      { id: 'smirnov-v-m', name: 'Смирнов В. М.', kind: 'person', forms: [], authored: [], addressed: [] },
    ];
    const two = crossLinkIndex([], PersonSchema.array().parse(persons));
    expect(findCrossLinks('К. Радека, В. Смирнова и других', two)).toEqual([]);
    expect(findCrossLinks('К. Радека, В.М. Смирнова и других', two).map((l) => l.target)).toEqual(['smirnov-v-m']);
  });
});

describe('spans for the body', () => {
  const base = process.env.EDITION_SITE;
  afterEach(() => {
    if (base === undefined) delete process.env.EDITION_SITE;
    else process.env.EDITION_SITE = base;
  });

  it('puts the href under the base path and gives each link its own id', () => {
    process.env.EDITION_SITE = 'https://host/trotsky/';
    const { spans } = crossLinkSpans([block('выдвинул Г.И. Мясникова и «Манифест Рабочей группы»')], index, { source: BOOK });
    expect(spans[0]!.map((s) => s.href)).toEqual(['/trotsky/persons/myasnikov-g-i/', '/trotsky/documents/lk-004/']);
    expect(new Set(spans[0]!.map((s) => s.id)).size).toBe(2);
  });

  it('makes no link across a note mark or a corrected reading', () => {
    const text = 'выдвинул Г.И. Мясникова';
    expect(crossLinkSpans([block(text, [{ n: '1', at: text.indexOf('Мясникова') }])], index).spans[0]).toEqual([]);
    const correction: Document['corrections'][number] = { id: 'c1', field: 'text', kind: 'ocr', from: 'Мяснiкова', to: 'Мясникова', reason: 'OCR' };
    expect(crossLinkSpans([block(text)], index, { corrections: [correction] }).spans[0]).toEqual([]);
    // A mark at the end of the name stands after the link.
    expect(crossLinkSpans([block(text, [{ n: '1', at: text.length }])], index).spans[0]).toHaveLength(1);
  });

  it('cuts a note at its links', () => {
    const note = 'РГАНИ. Ф. 3. Оп. 62. Д. 178. Л. 24.';
    expect(textSegments(note, findCrossLinks(note, index)).map((s) => [s.text, s.path])).toEqual([
      ['РГАНИ. Ф. 3. Оп. 62. Д. 178', '/archive/rgani/3/62/178/'],
      ['. Л. 24.', null],
    ]);
  });
});
